package org.exhibit.generate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.exhibit.generate.Statement.Column;
import org.exhibit.generate.Statement.HeaderCell;
import org.exhibit.generate.Statement.Row;

/**
 * Prints a statement as a fixed-width text table in a company's style, telling a listener the line and the printed
 * label of every row of values so that the expected facts point at the line a reader should find them on.
 */
final class TextTable {

    /** Told of each row of values as it is printed. */
    interface Listener {
        void printed(Row row, String label, int line);
    }

    private final Statement statement;
    private final Style style;
    private final int labelWidth;
    private final int columnWidth;
    private final String[][] cells;

    private TextTable(Statement statement, Style style) {
        this.statement = statement;
        this.style = style;
        this.labelWidth = style.labelWidth();
        this.cells = new String[statement.rows().size()][];
        int widest = 0;
        for (int r = 0; r < cells.length; r++) {
            Row row = statement.rows().get(r);
            if (row.kind() == Row.Kind.VALUES) {
                cells[r] = new String[statement.columns().size()];
                for (int c = 0; c < cells[r].length; c++) {
                    cells[r][c] = cell(row, c);
                    widest = Math.max(widest, cells[r][c].length() + (style.dollars() == Style.Dollars.PADDED ? 2 : 0));
                }
            }
        }
        for (List<HeaderCell> line : statement.header()) {
            for (HeaderCell cell : line) {
                if (cell.first() == cell.last()) {
                    widest = Math.max(widest, cell.text().length());
                }
            }
        }
        this.columnWidth = Math.max(style.columnWidth(), widest + 3);
    }

    /** Prints the statement on the page. */
    static void print(Statement statement, Style style, Page page, Listener listener) {
        new TextTable(statement, style).print(page, listener);
    }

    private void print(Page page, Listener listener) {
        int width = labelWidth + columnWidth * statement.columns().size();
        for (String title : statement.title()) {
            page.line(centred(title, width));
        }
        page.blank();
        if (style.tags()) {
            page.line("<TABLE>");
            if (style.captionVariant() % 2 == 1) {
                page.line("<CAPTION>");
            }
        }
        for (List<HeaderCell> line : statement.header()) {
            page.line(header(line));
        }
        page.line(rule('-', false));
        if (style.tags()) {
            char[] markers = blank(width);
            put(markers, 0, "<S>");
            for (int c = 0; c < statement.columns().size(); c++) {
                put(markers, labelWidth + columnWidth * c + 1, "<C>");
            }
            page.line(trim(markers));
        }
        for (int r = 0; r < cells.length; r++) {
            Row row = statement.rows().get(r);
            switch (row.kind()) {
                case HEADING -> page.line(" ".repeat(row.indent()) + cased(row.label()));
                case RULE -> page.line(rule('-', true));
                case DOUBLE_RULE -> page.line(rule('=', true));
                case BLANK -> page.blank();
                case VALUES -> values(page, row, cells[r], listener);
            }
        }
        if (style.tags()) {
            page.line("</TABLE>");
        }
        page.blank();
        for (String note : statement.notes()) {
            page.line(note);
            page.blank();
        }
    }

    private void values(Page page, Row row, String[] texts, Listener listener) {
        String label = row.indent() == 0 ? cased(row.label()) : row.label();
        int room = labelWidth - 3 - row.indent();
        String first = "";
        String last = label;
        if (label.length() > room) {
            int cut = label.lastIndexOf(' ', room);
            while (cut > 0 && label.substring(cut + 1).chars().noneMatch(Character::isLetter)) {
                cut = label.lastIndexOf(' ', cut - 1);
            }
            if (cut > 0) {
                first = label.substring(0, cut);
                last = label.substring(cut + 1);
            }
        }
        if (!first.isEmpty()) {
            page.line(" ".repeat(row.indent()) + first);
        }
        int lastIndent = first.isEmpty() ? row.indent() : row.indent() + 2;
        char[] line = blank(labelWidth + columnWidth * texts.length + 1);
        put(line, lastIndent, last);
        if (style.leaders() && !last.isEmpty()) {
            for (int i = lastIndent + last.length() + 1; i < labelWidth - 2; i++) {
                line[i] = '.';
            }
        }
        for (int c = 0; c < texts.length; c++) {
            String text = texts[c];
            int edge = edge(c);
            boolean hangs = style.hangingParenthesis() && text.endsWith(")");
            put(line, edge - text.length() + 1 + (hangs ? 1 : 0), text);
            if (row.dollar() && style.dollars() == Style.Dollars.PADDED && statement.columns().get(c).isPeriod()) {
                put(line, labelWidth + columnWidth * c + 1, "$");
            }
        }
        listener.printed(row, first.isEmpty() ? label : first + " " + last, page.nextLine());
        page.line(trim(line));
    }

    /** The column of the last digit of values in column {@code c}. */
    private int edge(int c) {
        return labelWidth + columnWidth * (c + 1) - 2;
    }

    private String cell(Row row, int c) {
        Column column = statement.columns().get(c);
        if (!column.isPeriod()) {
            long base = row.printed(column.base());
            long current = row.printed(column.current());
            return base <= 0 ? "nm" : Numbers.percent(Math.round((current - base) * 1000.0 / base));
        }
        return amount(row.item(), row.printed(c), row.dollar());
    }

    private String amount(Item item, long value, boolean dollar) {
        if (value == 0) {
            return style.zero();
        }
        String digits = item.unit == Item.Unit.PER_SHARE ? Numbers.cents(value) : Numbers.grouped(value);
        boolean adjacent = dollar && style.dollars() == Style.Dollars.ADJACENT;
        if (value > 0) {
            return adjacent ? "$" + digits : digits;
        }
        if (!adjacent) {
            return "(" + digits + ")";
        }
        return style.negatives() == Style.Negatives.DOLLAR_OUTSIDE ? "$(" + digits + ")" : "($" + digits + ")";
    }

    private String header(List<HeaderCell> cellsOfLine) {
        char[] line = blank(labelWidth + columnWidth * statement.columns().size() + 1);
        for (HeaderCell cell : cellsOfLine) {
            if (cell.first() == cell.last()) {
                put(line, edge(cell.first()) - cell.text().length() + 1, cell.text());
            } else {
                int from = labelWidth + columnWidth * cell.first();
                int to = edge(cell.last());
                put(line, Math.max(from, from + (to - from + 1 - cell.text().length()) / 2), cell.text());
            }
        }
        return trim(line);
    }

    private String rule(char c, boolean ofValues) {
        char[] line = blank(labelWidth + columnWidth * statement.columns().size() + 1);
        for (int col = 0; col < statement.columns().size(); col++) {
            int edge = edge(col) + (style.hangingParenthesis() && ofValues ? 1 : 0);
            for (int i = edge - columnWidth + 4; i <= edge; i++) {
                line[i] = c;
            }
        }
        return trim(line);
    }

    private String cased(String text) {
        return style.upperCase() ? text.toUpperCase(Locale.ROOT) : text;
    }

    private static String centred(String text, int width) {
        return " ".repeat(Math.max(0, (width - text.length()) / 2)) + text;
    }

    private static char[] blank(int width) {
        char[] line = new char[width + 2];
        Arrays.fill(line, ' ');
        return line;
    }

    private static void put(char[] line, int at, String text) {
        text.getChars(0, Math.min(text.length(), line.length - at), line, at);
    }

    private static String trim(char[] line) {
        int end = line.length;
        while (end > 0 && line[end - 1] == ' ') {
            end--;
        }
        return new String(line, 0, end);
    }
}
