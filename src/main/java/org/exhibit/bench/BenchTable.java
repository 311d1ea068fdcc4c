package org.exhibit.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table of benchmark figures, printed as a Markdown table so that it can be pasted into the README. */
public final class BenchTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with these column names. */
    public BenchTable(String... header) {
        this.header = List.of(header);
    }

    /** Adds one row; each cell is printed with {@link String#valueOf(Object)}. */
    public BenchTable row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    /** Prints the table with its columns padded to a common width. */
    public void print(PrintStream out) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(3, header.get(i).length());
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], i < row.size() ? row.get(i).length() : 0);
            }
        }
        out.println(line(header, widths));
        StringBuilder rule = new StringBuilder("|");
        for (int width : widths) {
            rule.append('-').append("-".repeat(width)).append("-|");
        }
        out.println(rule);
        for (List<String> row : rows) {
            out.println(line(row, widths));
        }
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder text = new StringBuilder("|");
        for (int i = 0; i < widths.length; i++) {
            String cell = i < cells.size() ? cells.get(i) : "";
            text.append(' ').append(cell).append(" ".repeat(widths[i] - cell.length())).append(" |");
        }
        return text.toString();
    }
}
