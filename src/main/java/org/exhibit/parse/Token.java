package org.exhibit.parse;

import java.math.BigDecimal;

/**
 * A run of characters on a line, classified as a number, a zero dash, a dot leader or text.
 *
 * @param kind what the characters are
 * @param start position of the first character
 * @param end position just after the last character
 * @param edge position just after the last digit or dash: the edge columns align on
 * @param text the characters
 * @param value the number with its printed sign, for NUMBER and DASH; null otherwise
 */
public record Token(Kind kind, int start, int end, int edge, String text, BigDecimal value) {

    /**
     * What a token is: a number, a dash meaning zero, a mark for a figure not available ("n/a", "nm", "nil"), a range
     * of two numbers ("4.25-4.50"), a dot leader, a footnote marker ("(a)", "*"), or other text.
     */
    public enum Kind { NUMBER, DASH, NOT_AVAILABLE, RANGE, LEADER, FOOTNOTE, TEXT }

    /** Whether the token stands in a value column: a number, a dash meaning zero, a figure not available or a range. */
    public boolean isNumeric() {
        return kind == Kind.NUMBER || kind == Kind.DASH || kind == Kind.NOT_AVAILABLE || kind == Kind.RANGE;
    }

    /** Whether the token carries a value (NOT_AVAILABLE and RANGE stand in a column but have none). */
    public boolean hasValue() {
        return value != null;
    }
}
