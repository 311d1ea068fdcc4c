package org.exhibit.concept;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.exhibit.parse.Column;
import org.exhibit.parse.Diagnostic;
import org.exhibit.parse.Document;
import org.exhibit.parse.Row;
import org.exhibit.parse.Table;

/** Prints, line by line, how a document was read: its tables, their columns, each row's concept and values. */
public final class Explanation {

    private Explanation() {
    }

    /** Writes the explanation of {@code document} (whose facts are {@code facts}) to {@code out}. */
    public static void print(Document document, List<Fact> facts, PrintStream out) {
        out.println(document.name() + ": " + describe(document));
        Map<Row, List<Fact>> byRow = new LinkedHashMap<>();
        for (Fact fact : facts) {
            byRow.computeIfAbsent(fact.row(), r -> new ArrayList<>()).add(fact);
        }
        List<Diagnostic> diagnostics = new ArrayList<>(document.diagnostics());
        for (Table table : document.tables()) {
            printDiagnosticsBefore(table.line(), diagnostics, out);
            out.printf("%6d  %s table (%s) \"%s\", scale %s%n", table.line(), table.kind().code(), table.scope().code(),
                    table.title(), table.scale());
            Set<Integer> shared = FactBuilder.sharedPeriodColumns(table);
            for (Column column : table.columns()) {
                out.printf("        column %d: %s%s%s%n", column.index() + 1, describe(column),
                        column.measure().isEmpty() ? "" : ", headed \"" + column.measure() + "\"",
                        shared.contains(column.index()) ? ", shares its period with another column: no concept from the"
                                + " row's label alone" : "");
            }
            for (Row row : table.rows()) {
                printDiagnosticsBefore(row.line(), diagnostics, out);
                List<Fact> rowFacts = byRow.getOrDefault(row, List.of());
                String concept = rowFacts.isEmpty() ? "(no concept)" : conceptOf(rowFacts.get(0));
                boolean oneConcept = rowFacts.stream().allMatch(f -> conceptOf(f).equals(conceptOf(rowFacts.get(0))));
                String unit = rowFacts.isEmpty() ? "" : " " + rowFacts.get(0).unit();
                String values = rowFacts.stream()
                        .map(f -> plain(f.value()) + (oneConcept ? "" : " " + conceptOf(f)))
                        .collect(Collectors.joining(", "));
                out.printf("%6d    %s%s -> %s%s: %s%n", row.line(), row.label(),
                        row.section() == null ? "" : " [under " + row.section() + "]", concept, unit, values);
            }
        }
        printDiagnosticsBefore(Integer.MAX_VALUE, diagnostics, out);
    }

    /** What a column holds: its period and the header words it was read from, its role, or that it has no period. */
    private static String describe(Column column) {
        if (column.role() != Column.Role.PERIOD) {
            return column.role().name().toLowerCase(java.util.Locale.ROOT) + " column, not stored";
        }
        return column.period() == null ? "no period in the header" : column.period() + " (\"" + column.heading() + "\")";
    }

    private static String conceptOf(Fact fact) {
        return fact.concept() == null ? "(no concept)" : fact.concept();
    }

    private static String describe(Document document) {
        var f = document.filing();
        return (f.company() == null ? "company not named" : f.company())
                + (f.ticker() == null ? "" : " (" + f.ticker() + ")")
                + (f.released() == null ? ", no release date" : ", released " + f.released())
                + ", " + document.tables().size() + " tables, " + document.diagnostics().size() + " lines not read";
    }

    private static void printDiagnosticsBefore(int line, List<Diagnostic> diagnostics, PrintStream out) {
        while (!diagnostics.isEmpty() && diagnostics.get(0).line() <= line) {
            Diagnostic d = diagnostics.remove(0);
            out.printf("%6d  NOT READ: %s%n          %s%n", d.line(), d.message(), d.text());
        }
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
