package org.exhibit.generate;

import java.util.List;

/**
 * A statement about to be printed: its kind, title lines, header lines over its columns, its columns and its rows.
 *
 * @param kind "income", "balance" or "cashflow", as the facts view names statements
 * @param title the lines above the table (company, statement name, scale caption)
 * @param header the lines of the column header, top to bottom
 * @param columns the value columns, left to right
 * @param rows the rows, top to bottom
 * @param notes the lines printed under the table (footnotes)
 */
record Statement(String kind, List<String> title, List<List<HeaderCell>> header, List<Column> columns, List<Row> rows,
                 List<String> notes) {

    /** A text of the column header, centred over the columns {@code first} to {@code last}. */
    record HeaderCell(String text, int first, int last) {
    }

    /** A value column: a period, or the percent change from the period column {@code base} to the column {@code current}. */
    record Column(Span span, int base, int current) {

        static Column period(Span span) {
            return new Column(span, -1, -1);
        }

        static Column change(int base, int current) {
            return new Column(null, base, current);
        }

        boolean isPeriod() {
            return span != null;
        }
    }

    /**
     * A row: a heading, a rule under the values (double for grand totals), a blank line, or a line of values.
     *
     * @param kind what the row is
     * @param label the printed label (empty for an unlabeled total); for headings the heading text
     * @param item the line of the statement, for value rows
     * @param values per column, in the concept's sign convention, in the unit of the scale (cents for per-share amounts);
     *     change columns are computed when printed
     * @param negate whether the values are printed with the opposite sign (deductions in parentheses)
     * @param dollar whether the values carry a dollar sign
     * @param indent how many spaces the label is indented
     */
    record Row(Kind kind, String label, Item item, long[] values, boolean negate, boolean dollar, int indent) {

        /** What a row is. */
        enum Kind { HEADING, VALUES, RULE, DOUBLE_RULE, BLANK }

        static Row heading(String text, int indent) {
            return new Row(Kind.HEADING, text, null, null, false, false, indent);
        }

        static Row rule() {
            return new Row(Kind.RULE, "", null, null, false, false, 0);
        }

        static Row doubleRule() {
            return new Row(Kind.DOUBLE_RULE, "", null, null, false, false, 0);
        }

        static Row blank() {
            return new Row(Kind.BLANK, "", null, null, false, false, 0);
        }

        /** The value printed in a period column, with the sign it is printed with. */
        long printed(int column) {
            return negate ? -values[column] : values[column];
        }
    }
}
