package org.exhibit.parse;

/**
 * A value column of a table: where its numbers sit on the line and what they measure.
 *
 * @param index 0-based position from the left
 * @param start first character position of numbers in this column
 * @param end position just after the right edge of numbers in this column
 * @param period the period the column covers, or null when it is not a period column or the header does not say
 * @param heading the header words the column was read from
 * @param role what the column holds: a period's figures, or a change or percentage that is not a period fact
 * @param measure the header words over the column that name what it measures rather than when ("Average Balance",
 *                "Interest Income"); empty when there are none
 */
public record Column(int index, int start, int end, Period period, String heading, Role role, String measure) {

    /** A column whose header words say nothing but its period or role. */
    public Column(int index, int start, int end, Period period, String heading, Role role) {
        this(index, start, end, period, heading, role, "");
    }

    /** What a column holds. */
    public enum Role {
        /** Figures for a period (its period may still be unknown). */
        PERIOD,
        /** A change between periods ("Change", "Increase (Decrease)", "Variance"): not stored as facts. */
        CHANGE,
        /** A percentage ("%", "% Change", "Percent of sales"): not stored as facts. */
        PERCENT,
        /** The open range of years after the last one a table names ("Thereafter", "Beyond"): not stored as facts. */
        BEYOND,
        /** The page numbers of a table of contents, under "Page": not stored as facts. */
        PAGE
    }
}
