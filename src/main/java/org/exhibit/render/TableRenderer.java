package org.exhibit.render;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A boxed text table: numbers right-aligned, NULL shown unlike an empty string, line breaks shown as "\\n"; on a
 * screen too narrow, long texts are cut with "…" and the columns that still do not fit are left out, the values and
 * what identifies them last (or the result is shown one block per row, as {@link RenderOptions.Expanded} says).
 */
final class TableRenderer implements Renderer {

    /** How SQL NULL is shown unless the user chose otherwise, distinct from an empty string. */
    static final String NULL = "NULL";

    /**
     * The columns that say what a fact is and how much, kept longest on a narrow screen, the most needed first: the
     * names the contract's views give them.
     */
    static final List<String> IDENTIFYING = List.of("value", "concept", "period_end", "unit", "company");

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
        boolean[] shown = new boolean[n];
        java.util.Arrays.fill(shown, true);
        if (options.width() > 0 && width(widths, shown) > options.width()) {
            if (options.expanded() == RenderOptions.Expanded.AUTO) {
                return VerticalRenderer.print(grid, out, options);
            }
            shown = fit(grid.labels(), widths, grid.numeric(), options.width());
        }
        String rule = rule(widths, shown);
        out.println(rule);
        StringBuilder header = new StringBuilder("|");
        List<String> hidden = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (shown[i]) {
                header.append(' ').append(pad(grid.labels().get(i), widths[i], false)).append(" |");
            } else {
                hidden.add(grid.labels().get(i));
            }
        }
        out.println(header);
        out.println(rule);
        for (String[] row : grid.rows()) {
            StringBuilder line = new StringBuilder("|");
            for (int i = 0; i < n; i++) {
                if (shown[i]) {
                    line.append(' ').append(pad(shown(row[i], nullText), widths[i], grid.numeric()[i])).append(" |");
                }
            }
            out.println(line);
        }
        out.println(rule);
        out.flush();
        return new Rendered(grid.rows().size(), List.copyOf(hidden));
    }

    /**
     * Fits a table to a screen: text columns may narrow to {@link #NARROWEST_TEXT}; when that is not enough, columns
     * are left out, last first among the plain texts, then among the other numbers, then among the
     * {@link #IDENTIFYING} columns, so that a fact's value and what it is a value of go last; the room left goes back
     * to the narrowed columns from the left. A single column is cut to the screen.
     *
     * @return which columns are shown; {@code widths} is changed to theirs
     */
    static boolean[] fit(List<String> labels, int[] widths, boolean[] numeric, int screen) {
        int n = widths.length;
        int[] narrowest = new int[n];
        for (int i = 0; i < n; i++) {
            narrowest[i] = numeric[i] ? widths[i] : Math.min(widths[i], NARROWEST_TEXT);
        }
        boolean[] shown = new boolean[n];
        java.util.Arrays.fill(shown, true);
        List<Integer> order = leavingOrder(labels, numeric);
        for (int k = 0; k < order.size() - 1 && width(narrowest, shown) > screen; k++) {
            shown[order.get(k)] = false;
        }
        int room = screen - width(narrowest, shown);
        for (int i = 0; i < n; i++) {
            if (shown[i]) {
                int wider = Math.max(0, Math.min(widths[i] - narrowest[i], room));
                room -= wider;
                widths[i] = narrowest[i] + wider;
            }
        }
        for (int i = 0; i < n; i++) {
            if (shown[i] && width(widths, shown) > screen && !numeric[i] && only(shown, i)) {
                widths[i] = Math.max(1, screen - 4);
            }
        }
        return shown;
    }

    /**
     * The columns in the order a narrow screen leaves them out: plain texts, then other numbers, each last first, then
     * the {@link #IDENTIFYING} ones, the least needed first.
     */
    private static List<Integer> leavingOrder(List<String> labels, boolean[] numeric) {
        List<Integer> texts = new java.util.ArrayList<>();
        List<Integer> numbers = new java.util.ArrayList<>();
        java.util.TreeMap<Integer, Integer> identifying = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        for (int i = labels.size() - 1; i >= 0; i--) {
            int rank = IDENTIFYING.indexOf(labels.get(i).toLowerCase(java.util.Locale.ROOT));
            if (rank >= 0 && !identifying.containsKey(rank)) {
                identifying.put(rank, i);
            } else if (numeric[i]) {
                numbers.add(i);
            } else {
                texts.add(i);
            }
        }
        List<Integer> order = new java.util.ArrayList<>(texts);
        order.addAll(numbers);
        order.addAll(identifying.values());
        return order;
    }

    private static boolean only(boolean[] shown, int column) {
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] && i != column) {
                return false;
            }
        }
        return true;
    }

    /** Characters a table of the shown columns takes: "| a | b |". */
    private static int width(int[] widths, boolean[] shown) {
        int total = 1;
        for (int i = 0; i < widths.length; i++) {
            if (shown[i]) {
                total += widths[i] + 3;
            }
        }
        return total;
    }

    /** The text as shown in a cell: the null text for SQL NULL, line breaks and tabs as visible escapes. */
    static String shown(String text, String nullText) {
        return text == null ? nullText : text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }

    private static String rule(int[] widths, boolean[] shown) {
        StringBuilder rule = new StringBuilder("+");
        for (int i = 0; i < widths.length; i++) {
            if (shown[i]) {
                rule.append("-".repeat(widths[i] + 2)).append('+');
            }
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
