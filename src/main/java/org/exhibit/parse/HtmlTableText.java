package org.exhibit.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Lays one HTML table of numbers out as the text block {@link TableReader} reads: header lines, a {@code <S>} line,
 * then one line per row with the label on the left and each value column's numbers sharing one right edge.
 */
final class HtmlTableText {

    private static final int LABEL_GAP = 4;
    private static final int COLUMN_GAP = 3;
    private static final Pattern CONTINUED = Pattern.compile(
            "(?i)([,&(-]|\\b(and|or|of|for|to|from|in|by|with|the|less))$");

    private final List<HtmlRow> header;
    private final List<HtmlRow> body;
    private final List<List<HtmlItem>> bodyItems = new ArrayList<>();
    private final List<Integer> anchors;
    private final int valueStart;
    private final int[] width;
    private final boolean[] paren;
    private final int[] edge;

    private HtmlTableText(List<HtmlRow> header, List<HtmlRow> body, List<List<HtmlItem>> items, List<Integer> anchors) {
        this.header = header;
        this.body = body;
        this.anchors = anchors;
        this.valueStart = anchors.get(0);
        this.width = new int[anchors.size()];
        this.paren = new boolean[anchors.size()];
        this.edge = new int[anchors.size()];
        items.forEach(row -> bodyItems.add(row.stream().filter(this::isPrinted).toList()));
    }

    /**
     * Renders a table to {@code out} when it holds numbers under labels; returns false, writing nothing, otherwise.
     *
     * @param rows the table's rows on its grid
     * @param line the source line of the {@code <table>} tag
     * @param title the words just above the table
     */
    static boolean render(List<HtmlRow> rows, int line, String title, TextLines out) {
        List<List<HtmlItem>> items = rows.stream().map(HtmlItem::of).toList();
        int first = firstDataRow(items);
        if (first < 0) {
            return false;
        }
        while (first > 0 && isHeading(items.get(first - 1))) {
            first--;
        }
        List<List<HtmlItem>> bodyItems = items.subList(first, rows.size());
        TreeSet<Integer> anchors = new TreeSet<>();
        for (List<HtmlItem> row : bodyItems) {
            row.stream().filter(HtmlItem::numeric).forEach(i -> anchors.add(i.anchor()));
        }
        new HtmlTableText(rows.subList(0, first), rows.subList(first, rows.size()), bodyItems, List.copyOf(anchors))
                .write(line, title, out);
        return true;
    }

    /** The first row (given as its entries) with a label and a number that is not a bare year, or -1. */
    private static int firstDataRow(List<List<HtmlItem>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            List<HtmlItem> items = rows.get(r);
            boolean labelled = !items.isEmpty() && !items.get(0).numeric();
            if (labelled && items.stream().anyMatch(i -> i.numeric() && !i.isYear())) {
                return r;
            }
        }
        return -1;
    }

    /** A row of words in its first cell only ("ASSETS", "Current assets:"), which belongs to the body. */
    private static boolean isHeading(List<HtmlItem> items) {
        return items.size() == 1 && !items.get(0).text().startsWith("(");
    }

    private void write(int tableLine, String title, TextLines out) {
        HtmlHeader heads = new HtmlHeader(header, anchors, title);
        layOut(heads);
        out.add("<TABLE>", tableLine);
        writeHeader(heads, out);
        StringBuilder tags = new StringBuilder("<S>");
        for (int k = 0; k < edge.length; k++) {
            pad(tags, edge[k] - width[k]);
            tags.append("<C>");
        }
        out.add(tags.toString(), tableLine);
        for (int r = 0; r < body.size(); r++) {
            writeRow(body.get(r), bodyItems.get(r), out);
            if (isHeadingOnly(r) && !continuesInto(r)) {
                out.add("", body.get(r).line());
            }
        }
        out.add("</TABLE>", body.stream().mapToInt(HtmlRow::line).max().orElse(tableLine));
    }

    /**
     * Sets each value column's width (its widest number without a closing parenthesis, or its date) and the right
     * edge its digits end on, after the widest label.
     */
    private void layOut(HtmlHeader heads) {
        int labelWidth = 0;
        for (int r = 0; r < body.size(); r++) {
            int rowLabel = indent(body.get(r)) - 1;
            for (HtmlItem item : bodyItems.get(r)) {
                if (isLabel(item)) {
                    rowLabel += item.text().length() + 1;
                    continue;
                }
                int k = column(item.anchor());
                String digits = item.numeric() ? stripSuffix(item.text()) : item.text();
                width[k] = Math.max(width[k], digits.length());
                paren[k] |= item.numeric() && digits.length() < item.text().length();
            }
            labelWidth = Math.max(labelWidth, rowLabel);
        }
        int x = labelWidth + LABEL_GAP;
        for (int k = 0; k < edge.length; k++) {
            int suffix = paren[k] ? 1 : 0;
            width[k] = Math.max(width[k], heads.dates().get(k).length() - suffix);
            edge[k] = x + width[k];
            x = edge[k] + suffix + COLUMN_GAP;
        }
    }

    private void writeHeader(HtmlHeader heads, TextLines out) {
        int line = header.isEmpty() ? body.get(0).line() : header.get(0).line();
        for (List<HtmlHeader.Piece> pieces : heads.others()) {
            StringBuilder text = new StringBuilder();
            for (HtmlHeader.Piece piece : pieces) {
                if (piece.from() < 0) {
                    put(text, 0, piece.text());
                } else {
                    centre(text, edge[piece.from()] - width[piece.from()], edge[piece.to()], piece.text());
                }
            }
            out.add(text.toString(), line);
        }
        StringBuilder durations = new StringBuilder();
        for (HtmlHeader.Duration d : heads.durations()) {
            centre(durations, edge[d.from()] - width[d.from()], edge[d.to()], d.text());
        }
        StringBuilder dates = new StringBuilder();
        for (int k = 0; k < edge.length; k++) {
            String date = heads.dates().get(k);
            if (!date.isEmpty()) {
                put(dates, edge[k] + (paren[k] ? 1 : 0) - date.length(), date);
            }
        }
        for (StringBuilder text : List.of(durations, dates)) {
            if (text.length() > 0) {
                out.add(text.toString(), line);
            }
        }
    }

    private void writeRow(HtmlRow row, List<HtmlItem> items, TextLines out) {
        if (row.rule()) {
            out.add(rule(), row.line());
            return;
        }
        if (!items.isEmpty() && items.stream().allMatch(HtmlItem::isYear)) {
            return;
        }
        StringBuilder text = new StringBuilder();
        int line = row.line();
        boolean numbered = false;
        boolean underlined = false;
        List<Integer> cells = new java.util.ArrayList<>();
        for (HtmlItem item : items) {
            if (isLabel(item)) {
                put(text, text.length() == 0 ? indent(row) : text.length() + 1, item.text());
                line = numbered ? line : item.line();
                continue;
            }
            int k = column(item.anchor());
            String digits = item.numeric() ? stripSuffix(item.text()) : item.text();
            put(text, edge[k] - digits.length(), item.text());
            if (item.numeric()) {
                cells.add(edge[k]);
                cells.add(item.line());
            }
            if (item.numeric() && !numbered) {
                line = item.line();
                numbered = true;
            }
            underlined |= item.ruleBelow();
        }
        out.add(text.toString(), line, cells.stream().mapToInt(Integer::intValue).toArray());
        if (underlined) {
            out.add(rule(), line);
        }
    }

    /**
     * Whether an entry is printed: labels, numbers, and words standing in a column of numbers ("N/A"). Words in a
     * column of their own (percent changes such as "32%" or "+25", footnote marks) are left out: after the numbers
     * they would end the line with words, and the text parser reads only the numbers that end a line.
     */
    private boolean isPrinted(HtmlItem item) {
        return item.numeric() || isLabel(item) || anchors.stream().anyMatch(a -> Math.abs(a - item.anchor()) <= 1);
    }

    /** Whether a row prints words but no numbers: a heading, or a heading over the value columns. */
    private boolean isHeadingOnly(int r) {
        List<HtmlItem> items = bodyItems.get(r);
        return !items.isEmpty() && items.stream().noneMatch(HtmlItem::numeric);
    }

    /**
     * Whether a row of words only is the first part of a label its next row ends (it ends with a comma, a hyphen or
     * "and", or the next row starts in lower case); otherwise it is a heading, and a blank line after it keeps the
     * text parser from joining it to the label below.
     */
    private boolean continuesInto(int r) {
        String text = bodyItems.get(r).get(0).text();
        List<HtmlItem> next = r + 1 < body.size() ? bodyItems.get(r + 1) : List.of();
        boolean lowerNext = !next.isEmpty() && isLabel(next.get(0))
                && Character.isLowerCase(next.get(0).text().charAt(0));
        return lowerNext || CONTINUED.matcher(text).find();
    }

    private boolean isLabel(HtmlItem item) {
        return !item.numeric() && item.anchor() < valueStart;
    }

    /** The value column of an entry: the one its grid column is nearest to. */
    private int column(int anchor) {
        int best = 0;
        for (int k = 1; k < anchors.size(); k++) {
            if (Math.abs(anchors.get(k) - anchor) < Math.abs(anchors.get(best) - anchor)) {
                best = k;
            }
        }
        return best;
    }

    private static int indent(HtmlRow row) {
        return row.cells().stream().filter(c -> !c.isEmpty()).findFirst().map(HtmlCell::indent).orElse(0);
    }

    /** A number without its closing parentheses and percent signs. */
    private static String stripSuffix(String number) {
        int end = number.length();
        while (end > 0 && (number.charAt(end - 1) == ')' || number.charAt(end - 1) == '%')) {
            end--;
        }
        return number.substring(0, end);
    }

    private String rule() {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < edge.length; k++) {
            put(text, edge[k] - width[k], "-".repeat(width[k]));
        }
        return text.toString();
    }

    private static void centre(StringBuilder text, int from, int to, String words) {
        put(text, Math.max(0, (from + to - words.length()) / 2), words);
    }

    /** Writes {@code words} from position {@code at}, or one space after what is already there if that is further. */
    private static void put(StringBuilder text, int at, String words) {
        int start = text.length() == 0 ? Math.max(0, at) : Math.max(at, text.length() + 1);
        pad(text, start);
        text.append(words);
    }

    private static void pad(StringBuilder text, int length) {
        char[] spaces = new char[Math.max(0, length - text.length())];
        Arrays.fill(spaces, ' ');
        text.append(spaces);
    }
}
