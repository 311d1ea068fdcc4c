package org.exhibit.generate;

/**
 * A period a column of a statement covers, counted in a company's quarters: the quarters up to and including
 * {@code end}, {@code quarters} of them (0 for a balance-sheet instant at the end of quarter {@code end}).
 *
 * @param end the index of the last quarter in the company's history
 * @param quarters how many quarters the period spans; 0 for an instant
 */
record Span(int end, int quarters) {

    /** The duration in months, as the facts view counts it. */
    int months() {
        return quarters * 3;
    }
}
