package org.exhibit.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/** Lays the rows of one HTML {@code <table>} out on a grid of columns, resolving colspan and rowspan. */
final class HtmlGrid {

    private static final Pattern LENGTH = Pattern.compile(
            "(?i)(margin-left|padding-left|text-indent)\\s*:\\s*(-?[\\d.]+)\\s*(px|pt|em|%|in)?");
    private static final Pattern BORDER_BOTTOM = Pattern.compile("(?i)border-bottom\\s*:\\s*(?!none|0)[^;]*");
    private static final Pattern BORDER = Pattern.compile("(?i)border-(top|bottom)\\s*:\\s*(?!none|0)[^;]*");
    private static final int MAX_INDENT = 24;
    /** The selectors, parsed once rather than on every call. */
    private static final Evaluator RULE = QueryParser.parse("hr");
    /** The text of a superscript that marks a footnote: a number of one or two digits, or one letter. */
    private static final Pattern SUPERSCRIPT_NOTE = Pattern.compile("\\d{1,2}|[a-zA-Z]");
    private static final Evaluator STYLED = QueryParser.parse("[style]");

    /**
     * The table's own rows (not those of tables nested in its cells), each as its cells left to right; an empty row
     * stands for a row with no cells.
     */
    static List<HtmlRow> rows(Element table, SourceLines source) {
        List<HtmlRow> rows = new ArrayList<>();
        Map<Integer, Integer> spanning = new HashMap<>();
        for (Element tr : ownRows(table)) {
            List<HtmlCell> cells = new ArrayList<>();
            int column = 0;
            for (Element td = tr.firstElementChild(); td != null; td = td.nextElementSibling()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                    continue;
                }
                column = nextFree(spanning, column, rows.size());
                int colspan = span(td.attr("colspan"));
                int rowspan = span(td.attr("rowspan"));
                if (rowspan > 1) {
                    for (int c = column; c < column + colspan; c++) {
                        spanning.put(c, rows.size() + rowspan - 1);
                    }
                }
                cells.add(cell(td, column, column + colspan - 1, source));
                column += colspan;
            }
            boolean rule = cells.stream().allMatch(HtmlCell::isEmpty) && (!tr.select(RULE).isEmpty()
                    || tr.select(STYLED).stream().anyMatch(e -> BORDER.matcher(e.attr("style")).find()));
            rows.add(new HtmlRow(source.line(tr.sourceRange().start()), List.copyOf(cells), rule));
        }
        return rows;
    }

    private HtmlGrid() {
    }

    /**
     * The {@code tr} children of a table and of its {@code tbody}, {@code thead} and {@code tfoot} children, in
     * document order: what the selector "> tr, > tbody > tr, > thead > tr, > tfoot > tr" selects, without searching
     * the cells.
     */
    private static List<Element> ownRows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child = table.firstElementChild(); child != null; child = child.nextElementSibling()) {
            String name = child.normalName();
            if (name.equals("tr")) {
                rows.add(child);
            } else if (name.equals("tbody") || name.equals("thead") || name.equals("tfoot")) {
                for (Element row = child.firstElementChild(); row != null; row = row.nextElementSibling()) {
                    if (row.normalName().equals("tr")) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    /** The first grid column from {@code column} on that no cell of a row above still covers. */
    private static int nextFree(Map<Integer, Integer> spanning, int column, int row) {
        if (spanning.isEmpty()) {
            return column;
        }
        int c = column;
        while (spanning.getOrDefault(c, -1) >= row) {
            c++;
        }
        return c;
    }

    private static int span(String attribute) {
        if (attribute.isEmpty()) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(100, Integer.parseInt(attribute.trim())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static HtmlCell cell(Element td, int first, int last, SourceLines source) {
        String style = td.attr("style");
        CellText cell = new CellText(td, style, source);
        td.traverse(cell);
        int line = cell.firstWordLine < 0 ? source.line(td.sourceRange().start()) : cell.firstWordLine;
        int indent = Math.min(MAX_INDENT, styleIndent(style, cell.firstStyled) + cell.leadingNbsp / 2);
        return new HtmlCell(first, last, Spaces.collapse(cell.text.toString()).strip(), line, indent, cell.underlined);
    }

    /**
     * What one walk over a cell's nodes reads: its words (a space for each block or line break), the source line of
     * its first word, the {@code &nbsp;} before that word (which old filings use to indent a label), the first element
     * inside it with a style, and whether it or one of its children draws a bottom border.
     */
    private static final class CellText implements NodeVisitor {
        private final Element td;
        private final SourceLines source;
        final StringBuilder text = new StringBuilder();
        int firstWordLine = -1;
        int leadingNbsp;
        boolean beforeFirstWord = true;
        Element firstStyled;
        boolean underlined;

        CellText(Element td, String style, SourceLines source) {
            this.td = td;
            this.source = source;
            this.underlined = !style.isEmpty() && BORDER_BOTTOM.matcher(style).find();
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String whole = footnoteMark(t);
                countLeadingNbsp(whole);
                String words = whole.replace('\u00a0', ' ');
                if (firstWordLine < 0 && !words.isBlank()) {
                    firstWordLine = source.line(t.sourceRange().start()) + newlinesBeforeFirstWord(words);
                }
                text.append(words);
            } else if (node instanceof Element e) {
                if (e.isBlock() || e.normalName().equals("br")) {
                    text.append(' ');
                }
                if (e != td && firstStyled == null && e.hasAttr("style")) {
                    firstStyled = e;
                }
                if (depth == 1 && !underlined) {
                    underlined = hasBottomBorder(e);
                }
            }
        }

        /** Counts the no-break spaces of a text while no visible character has been seen in the cell. */
        private void countLeadingNbsp(String whole) {
            for (int i = 0; beforeFirstWord && i < whole.length(); i++) {
                char c = whole.charAt(i);
                if (c == '\u00a0') {
                    leadingNbsp++;
                } else if (!Character.isWhitespace(c)) {
                    beforeFirstWord = false;
                }
            }
        }
    }

    /**
     * The text of a text node, a superscript of a digit or two or a letter written as the footnote mark the reader
     * knows ("1<sup>2</sup>" is the value 1 with note [2], not 12).
     */
    private static String footnoteMark(TextNode text) {
        String whole = text.getWholeText();
        Element parent = text.parent();
        if (parent != null && parent.normalName().equals("sup")
                && SUPERSCRIPT_NOTE.matcher(whole.replace('\u00a0', ' ').trim()).matches()) {
            return " [" + whole.replace('\u00a0', ' ').trim() + "]";
        }
        return whole;
    }

    /** Line breaks before the first visible character of a text, so that a cell's line is its first word's line. */
    private static int newlinesBeforeFirstWord(String text) {
        int newlines = 0;
        for (int i = 0; i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
            if (text.charAt(i) == '\n') {
                newlines++;
            }
        }
        return newlines;
    }

    /**
     * The indent the cell's styles give its first line, in characters: margin or padding plus text-indent, of the cell
     * and of the first element inside it with a style.
     */
    private static int styleIndent(String cellStyle, Element inner) {
        double total = addLengths(0, cellStyle);
        if (inner != null) {
            total = addLengths(total, inner.attr("style"));
        }
        return (int) Math.max(0, Math.round(total));
    }

    /** The lengths a style indents by, in characters, added to {@code total}. */
    private static double addLengths(double total, String style) {
        double sum = total;
        if (!style.isEmpty()) {
            Matcher m = LENGTH.matcher(style);
            while (m.find()) {
                sum += characters(Double.parseDouble(m.group(2)), m.group(3));
            }
        }
        return sum;
    }

    private static double characters(double length, String unit) {
        return switch (unit == null ? "px" : unit.toLowerCase(Locale.ROOT)) {
            case "pt" -> length / 5;
            case "em" -> length * 2;
            case "%" -> length;
            case "in" -> length * 14;
            default -> length / 7;
        };
    }

    private static boolean hasBottomBorder(Element element) {
        String style = element.attr("style");
        return !style.isEmpty() && BORDER_BOTTOM.matcher(style).find();
    }
}
