package org.exhibit.generate;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A fact a reader of a generated document must find, in the shape of the corpus's key-facts.csv.
 *
 * @param document the file name
 * @param statement "income", "balance" or "cashflow"
 * @param concept the canonical concept
 * @param periodEnd the last day of the period
 * @param months its duration (0 for an instant)
 * @param value full units in the concept's sign convention
 * @param unit "USD", "USD/share" or "shares"
 * @param line the 1-based line of the number
 * @param label the label as printed, wrapped lines joined
 */
public record ExpectedFact(String document, String statement, String concept, LocalDate periodEnd, int months,
                           BigDecimal value, String unit, int line, String label) {

    /** The column names of an expected-facts file, those of key-facts.csv. */
    public static final String[] HEADER = {"document", "statement", "concept", "period_end", "months", "value", "unit", "line",
        "label"};

    /** The fields in the order of {@link #HEADER}. */
    public Object[] fields() {
        return new Object[] {document, statement, concept, periodEnd, months, value.toPlainString(), unit, line, label};
    }
}
