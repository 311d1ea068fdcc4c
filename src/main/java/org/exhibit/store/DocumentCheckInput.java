package org.exhibit.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exhibit.check.DocumentFacts;
import org.exhibit.check.Figure;
import org.exhibit.check.LineItem;
import org.exhibit.check.TableFacts;
import org.exhibit.concept.Fact;
import org.exhibit.parse.Document;
import org.exhibit.parse.Row;
import org.exhibit.parse.Table;

/**
 * A parsed document's facts as the checks see them, built in memory exactly as {@link Checks} reads them back from
 * the database (only rows with facts, amounts at the stored scale), so that a document is checked before it is written.
 */
final class DocumentCheckInput {

    /** The scale of the amount columns: a figure is checked as it will be stored. */
    private static final int STORED_SCALE = 8;

    private DocumentCheckInput() {
    }

    /** The document's tables, rows and figures, with its prose; {@code deductions} names the deduction concepts. */
    static DocumentFacts of(Document document, List<Fact> facts, Set<String> deductions) {
        Map<Row, List<Fact>> factsOfRow = DocumentWriter.factsByRow(facts);
        List<TableFacts> tables = new ArrayList<>();
        for (Table table : document.tables()) {
            List<LineItem> items = new ArrayList<>();
            for (Row row : table.rows()) {
                List<Fact> rowFacts = factsOfRow.get(row);
                if (rowFacts != null) {
                    items.add(item(row, rowFacts, deductions));
                }
            }
            if (!items.isEmpty()) {
                tables.add(new TableFacts(table.kind().code(), table.scope().code(), table.title(), table.line(), List.copyOf(items)));
            }
        }
        return new DocumentFacts(document.name(), document.filing().released(), List.copyOf(tables),
                List.copyOf(document.prose()));
    }

    private static LineItem item(Row row, List<Fact> rowFacts, Set<String> deductions) {
        String concept = DocumentWriter.rowConcept(rowFacts);
        List<Figure> figures = new ArrayList<>(rowFacts.size());
        for (Fact fact : rowFacts.stream().sorted(java.util.Comparator.comparingInt(Fact::column)).toList()) {
            figures.add(new Figure(fact.column(), fact.period().start(), fact.period().end(), fact.period().months(),
                    stored(fact.value()), stored(fact.printedValue()),
                    fact.precision() != null ? stored(fact.precision()) : Checks.guessedUnit(stored(fact.printedValue())),
                    fact.unit(), fact.line()));
        }
        return new LineItem(row.label(), row.section(), concept, concept != null && deductions.contains(concept),
                DocumentWriter.rowUnit(rowFacts), row.ruleAbove(), row.unlabeledTotal(), row.line(), List.copyOf(figures));
    }

    /** An amount as the database gives it back: rounded to the column's scale, trailing zeros stripped. */
    static BigDecimal stored(BigDecimal amount) {
        return amount.setScale(STORED_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
