package org.exhibit.render;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A boxed text table: numbers right-aligned, NULL shown unlike an empty string, line breaks shown as "\\n"; on a
 * screen too narrow, long texts are cut with "…" and the columns that still do not fit are left out (or the result
 * is shown one block per row, as {@link RenderOptions.Expanded} says).
 */
final class TableRenderer implements Renderer {

    /** How SQL NULL is shown unless the user chose otherwise, distinct from an empty string. */
    static final String NULL = "NULL";

    /** Text columns are cut no narrower than this on a narrow screen. */
    private static final int NARROWEST_TEXT = 16;

    @Override
    public Rendered render(ResultSet rs, PrintStream out, RenderOptions options) throws SQLException {
        Grid grid = Grid.read(rs).readable(options.thousands());
        if (options.expanded() == RenderOptions.Expanded.ON) {
            return VerticalRenderer.print(grid, out, options);
        }
        String nullText = options.nullOr(NULL);
        int n = grid.labels().size();
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            widths[i] = grid.labels().get(i).length();
            for (String[] row : grid.rows()) {
                widths[i] = Math.max(widths[i], shown(row[i], nullText).length());
            }
        }
        int shownColumns = n;
        if (options.width() > 0 && width(widths, n) > options.width()) {
            if (options.expanded() == RenderOptions.Expanded.AUTO) {
                return VerticalRenderer.print(grid, out, options);
            }
            shownColumns = fit(widths, grid.numeric(), options.width());
        }
        String rule = rule(widths, shownColumns);
        out.println(rule);
        StringBuilder header = new StringBuilder("|");
        for (int i = 0; i < shownColumns; i++) {
            header.append(' ').append(pad(grid.labels().get(i), widths[i], false)).append(" |");
        }
        out.println(header);
        out.println(rule);
        for (String[] row : grid.rows()) {
            StringBuilder line = new StringBuilder("|");
            for (int i = 0; i < shownColumns; i++) {
                line.append(' ').append(pad(shown(row[i], nullText), widths[i], grid.numeric()[i])).append(" |");
            }
            out.println(line);
        }
        out.println(rule);
        out.flush();
        return new Rendered(grid.rows().size(), List.copyOf(grid.labels().subList(shownColumns, n)));
    }

    /**
     * Fits a table to a screen: text columns may narrow to {@link #NARROWEST_TEXT}, as many columns as then fit are
     * kept, and the room left goes back to the narrowed ones from the left; a single column is cut to the screen.
     *
     * @return how many columns are shown; {@code widths} is changed to theirs
     */
    private static int fit(int[] widths, boolean[] numeric, int screen) {
        int[] narrowest = new int[widths.length];
        for (int i = 0; i < widths.length; i++) {
            narrowest[i] = numeric[i] ? widths[i] : Math.min(widths[i], NARROWEST_TEXT);
        }
        int shown = widths.length;
        while (shown > 1 && width(narrowest, shown) > screen) {
            shown--;
        }
        int room = screen - width(narrowest, shown);
        for (int i = 0; i < shown; i++) {
            int wider = Math.max(0, Math.min(widths[i] - narrowest[i], room));
            room -= wider;
            widths[i] = narrowest[i] + wider;
        }
        if (width(widths, 1) > screen && !numeric[0]) {
            widths[0] = Math.max(1, screen - 4);
        }
        return shown;
    }

    /** Characters a table of the first {@code columns} columns takes: "| a | b |". */
    private static int width(int[] widths, int columns) {
        int total = 1;
        for (int i = 0; i < columns; i++) {
            total += widths[i] + 3;
        }
        return total;
    }

    /** The text as shown in a cell: the null text for SQL NULL, line breaks and tabs as visible escapes. */
    static String shown(String text, String nullText) {
        return text == null ? nullText : text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }

    private static String rule(int[] widths, int columns) {
        StringBuilder rule = new StringBuilder("+");
        for (int i = 0; i < columns; i++) {
            rule.append("-".repeat(widths[i] + 2)).append('+');
        }
        return rule.toString();
    }

    /** {@code text} padded to {@code width}, or cut to it with "…" when longer. */
    private static String pad(String text, int width, boolean right) {
        if (text.length() > width) {
            return text.substring(0, width - 1) + "…";
        }
        String fill = " ".repeat(width - text.length());
        return right ? fill + text : text + fill;
    }
}
