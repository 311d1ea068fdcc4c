package org.exhibit.generate;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A mistake planted on purpose in a generated document, with the finding {@code check} should make of it.
 *
 * @param document the file name
 * @param fault what was done ("sum": a digit of a subtotal changed; "eps": basic earnings per share misprinted;
 *     "balance": retained earnings and the totals above them raised, so the balance sheet does not balance)
 * @param concept the concept of the number the finding should name
 * @param periodEnd its period's last day
 * @param months its period's duration
 * @param line the line the finding should name
 * @param rule the rule that should find it
 * @param severity the severity it should have
 * @param printed the number as printed on that line, full units
 * @param expected the number the rule should expect there, full units (for "balance", total liabilities and equity;
 *     check names total assets, the left side of the identity)
 */
public record PlantedFault(String document, String fault, String concept, LocalDate periodEnd, int months, int line,
                           String rule, String severity, BigDecimal printed, BigDecimal expected) {

    /** The column names of a faults file. */
    public static final String[] HEADER = {"document", "fault", "concept", "period_end", "months", "line", "rule", "severity",
        "printed", "expected"};

    /** The fields in the order of {@link #HEADER}. */
    public Object[] fields() {
        return new Object[] {document, fault, concept, periodEnd, months, line, rule, severity, printed.toPlainString(),
            expected.toPlainString()};
    }
}
