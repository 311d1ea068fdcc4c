package org.exhibit.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A printed entry of a body row: a label, a number merged back from the cells EDGAR HTML splits it into ("$" |
 * "1,234" or "(1,234" | ")"), or other words.
 *
 * @param anchor the grid column of the cell holding the digits (of the first cell, for words)
 * @param text the entry as it will be printed
 * @param numeric whether the entry reads as a number or a zero dash
 * @param line the 1-based source line of the entry
 * @param ruleBelow whether the entry is underlined
 */
record HtmlItem(int anchor, String text, boolean numeric, int line, boolean ruleBelow) {

    private static final Pattern PREFIX = Pattern.compile("[$(]{1,2}");
    private static final Pattern SUFFIX = Pattern.compile("\\)?\\s*%?\\)?");
    /** Asterisks after a value, or a superscript's note number or letter, which point to a footnote. */
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\s*(?:\\*+|\\[(?:\\d{1,2}|[a-zA-Z])])$");

    /**
     * The entries of a row, left to right; the first cell of the grid is always a label. Asterisks and superscript
     * notes ("[2]") that mark a value for a footnote are left out.
     */
    static List<HtmlItem> of(HtmlRow row) {
        List<HtmlItem> items = new ArrayList<>();
        String prefix = "";
        for (HtmlCell cell : row.cells()) {
            String text = cell.first() > 0 && (cell.text().indexOf('*') >= 0 || cell.text().endsWith("]"))
                    ? FOOTNOTE_MARK.matcher(cell.text()).replaceAll("") : cell.text();
            if (text.isEmpty()) {
                continue;
            }
            if (PREFIX.matcher(text).matches()) {
                prefix += text;
                continue;
            }
            if (prefix.isEmpty() && SUFFIX.matcher(text).matches() && !items.isEmpty()) {
                HtmlItem last = items.remove(items.size() - 1);
                items.add(item(last.anchor(), last.text() + text.replace(" ", ""), last.line(),
                        last.ruleBelow() || cell.ruleBelow(), cell.first() > 0));
                continue;
            }
            items.add(item(cell.last(), prefix + text, cell.line(), cell.ruleBelow(), cell.first() > 0));
            prefix = "";
        }
        return items;
    }

    private static HtmlItem item(int anchor, String text, int line, boolean ruleBelow, boolean mayBeNumber) {
        String compact = text.replace(" ", "");
        boolean numeric = mayBeNumber && Tokenizer.parseNumber(compact) != null;
        return new HtmlItem(anchor, numeric ? compact : text, numeric, line, ruleBelow);
    }

    /** Whether the entry is a bare year ("2003"), as header rows print. */
    boolean isYear() {
        return numeric && text.length() == 4 && (text.startsWith("19") || text.startsWith("20"))
                && isDigit(text.charAt(2)) && isDigit(text.charAt(3));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
