package org.exhibit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.exhibit.bench.Accuracy.Score;
import org.exhibit.bench.Accuracy.Totals;
import org.exhibit.bench.Accuracy.Verdict;
import org.exhibit.parse.Document;
import org.exhibit.parse.DocumentParser;
import org.exhibit.store.Documents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code exhibit bench accuracy <dir>}: the facts read from the statement tables of every document with an EX-27
 * schedule, scored against that schedule (see {@link Accuracy}).
 */
@Command(name = "accuracy", mixinStandardHelpOptions = true,
        description = {"Read the documents (folders searched recursively, .gz too) as import does, and compare every "
                + "value of their EX-27 financial data schedules with the facts read from their statement tables: "
                + "strict (right concept, period and value), loose (the value for that period under another concept), "
                + "wrong (right concept and period, another value), missed (printed, not found for that period), "
                + "excluded (printed in no table); shadowed counts strict values beside another value of the same "
                + "fact and scope.",
                "Prints a table per document, the totals (percentages of the values the tables print), then every "
                        + "value not found strictly with its lines."})
public final class AccuracyBench implements Callable<Integer> {

    @Parameters(paramLabel = "<file-or-dir>", arity = "1..*", description = "Documents, or folders to search for them.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", description = "table (default), markdown, or csv (one row per value scored).")
    String format = "table";

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws IOException {
        if (!List.of("table", "markdown", "csv").contains(format)) {
            System.err.println("exhibit: bench accuracy --format takes table, markdown or csv, not " + format + ".");
            return 2;
        }
        Map<String, List<Score>> scores = score(Documents.expand(paths), System.err);
        if (scores.isEmpty()) {
            System.err.println("exhibit: bench accuracy found no document with an EX-27 schedule in " + paths + ".");
            return 1;
        }
        if (format.equals("csv")) {
            printCsv(scores);
        } else {
            print(scores, format.equals("markdown"));
        }
        return 0;
    }

    /** The scores of each document with a schedule, by name, in order; documents that cannot be read are named on err. */
    public static Map<String, List<Score>> score(List<Path> files, PrintStream err) {
        Accuracy accuracy = new Accuracy();
        Map<String, List<Score>> scores = new LinkedHashMap<>();
        for (Path file : files) {
            Documents.Content read = Documents.read(file);
            if (read.bytes() == null) {
                err.println("exhibit: " + read.problem());
                continue;
            }
            if (!holdsSchedule(read.bytes())) {
                continue;
            }
            Document document = DocumentParser.parse(Documents.name(file), read.bytes());
            List<Score> documentScores = accuracy.score(document);
            if (!documentScores.isEmpty()) {
                scores.put(document.name(), documentScores);
            }
        }
        return scores;
    }

    /** Whether bytes hold the type of an EX-27 document anywhere: the others are not read at all. */
    private static boolean holdsSchedule(byte[] bytes) {
        byte[] type = "EX-27".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + type.length <= bytes.length; i++) {
            for (int j = 0; j < type.length; j++) {
                if (bytes[i + j] != type[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private void print(Map<String, List<Score>> scores, boolean markdown) {
        String[] head = {"document", "values", "strict", "loose", "wrong", "missed", "excluded", "shadowed"};
        List<String[]> rows = new ArrayList<>();
        List<Score> all = new ArrayList<>();
        scores.forEach((name, list) -> {
            all.addAll(list);
            rows.add(row(name, Totals.of(list)));
        });
        Totals totals = Totals.of(all);
        rows.add(row("total (" + scores.size() + " documents)", totals));
        printTable(head, rows, markdown);
        long printed = totals.printed();
        out.printf(Locale.ROOT, "%nOf %d values the tables print: strict %s, loose %s, wrong %s, missed %s; shadowed %s"
                        + " of the strict; %d values excluded.%n", printed, percent(totals.count(Verdict.STRICT), printed),
                percent(totals.count(Verdict.LOOSE), printed), percent(totals.count(Verdict.WRONG), printed),
                percent(totals.count(Verdict.MISSED), printed),
                percent(totals.shadowed(), totals.count(Verdict.STRICT)), totals.count(Verdict.EXCLUDED));
        List<String[]> misses = new ArrayList<>();
        for (Score s : all) {
            if (s.verdict() != Verdict.STRICT || s.shadowed()) {
                misses.add(new String[] {s.document(), s.verdict().code() + (s.shadowed() ? " (shadowed)" : ""),
                        s.tag(), s.concept(), s.period(), plain(s.expected()), String.valueOf(s.line()),
                        s.found() == null ? "" : plain(s.found()), s.foundLine() == 0 ? "" : String.valueOf(s.foundLine()),
                        s.reason()});
            }
        }
        if (!misses.isEmpty()) {
            out.println();
            printTable(new String[] {"document", "verdict", "tag", "concept", "period", "schedule", "line", "tables",
                    "line", "why"}, misses, markdown);
        }
    }

    private static String[] row(String name, Totals t) {
        return new String[] {name, String.valueOf(t.printed() + t.count(Verdict.EXCLUDED)),
                String.valueOf(t.count(Verdict.STRICT)), String.valueOf(t.count(Verdict.LOOSE)),
                String.valueOf(t.count(Verdict.WRONG)), String.valueOf(t.count(Verdict.MISSED)),
                String.valueOf(t.count(Verdict.EXCLUDED)), String.valueOf(t.shadowed())};
    }

    private void printTable(String[] head, List<String[]> rows, boolean markdown) {
        if (markdown) {
            out.println("| " + String.join(" | ", head) + " |");
            StringBuilder rule = new StringBuilder("|");
            for (int i = 0; i < head.length; i++) {
                rule.append(i == 0 ? " --- |" : " ---: |");
            }
            out.println(rule);
            for (String[] row : rows) {
                out.println("| " + String.join(" | ", row).replace("\n", " ") + " |");
            }
            return;
        }
        int[] widths = new int[head.length];
        for (int i = 0; i < head.length; i++) {
            widths[i] = head[i].length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        out.println(line(head, widths));
        for (String[] row : rows) {
            out.println(line(row, widths));
        }
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String format = i == 0 ? "%-" + widths[i] + "s" : "  %" + widths[i] + "s";
            line.append(String.format(Locale.ROOT, format, cells[i]));
        }
        return line.toString().stripTrailing();
    }

    private void printCsv(Map<String, List<Score>> scores) {
        out.print("document,tag,concept,period,schedule_value,schedule_line,verdict,shadowed,table_value,table_line,why\n");
        scores.values().forEach(list -> list.forEach(s -> out.print(String.join(",", csv(s.document()), csv(s.tag()),
                csv(s.concept()), csv(s.period()), plain(s.expected()), String.valueOf(s.line()), s.verdict().code(),
                String.valueOf(s.shadowed()), s.found() == null ? "" : plain(s.found()),
                s.foundLine() == 0 ? "" : String.valueOf(s.foundLine()), csv(s.reason())) + "\n")));
    }

    private static String csv(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
