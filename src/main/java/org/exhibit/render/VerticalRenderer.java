package org.exhibit.render;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** One block per row with one "column | value" line per column, for results too wide for a table; streamed. */
final class VerticalRenderer implements Renderer {

    @Override
    public Rendered render(ResultSet rs, PrintStream out, RenderOptions options) throws SQLException {
        List<String> labels = Values.labels(rs.getMetaData());
        boolean[] fractional = Values.fractional(rs.getMetaData());
        String[] row = new String[labels.size()];
        long count = 0;
        while (rs.next()) {
            for (int i = 0; i < row.length; i++) {
                row[i] = Values.text(rs, i + 1);
                if (fractional[i] && row[i] != null) {
                    row[i] = Readable.number(row[i], options.thousands());
                }
            }
            block(++count, labels, row, out, options);
        }
        out.flush();
        return Rendered.all(count);
    }

    /** A result already read, in blocks. */
    static Rendered print(Grid grid, PrintStream out, RenderOptions options) {
        long count = 0;
        for (String[] row : grid.rows()) {
            block(++count, grid.labels(), row, out, options);
        }
        out.flush();
        return Rendered.all(count);
    }

    private static void block(long number, List<String> labels, String[] row, PrintStream out, RenderOptions options) {
        int width = labels.stream().mapToInt(String::length).max().orElse(0);
        out.println("-[ RECORD " + number + " ]" + "-".repeat(Math.max(3, width - 8)));
        for (int i = 0; i < labels.size(); i++) {
            out.println(labels.get(i) + " ".repeat(width - labels.get(i).length()) + " | "
                    + (row[i] == null ? options.nullOr(TableRenderer.NULL) : row[i]));
        }
    }
}
