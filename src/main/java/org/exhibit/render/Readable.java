package org.exhibit.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a table shows a decimal number so that it can be read: at most {@link #DECIMALS} places after the point (a
 * number below 0.001 keeps {@link #DECIMALS} significant digits, so that no value other than zero is shown as 0),
 * trailing zeros dropped, and the digits grouped by thousands when asked. Only the table and vertical layouts use it:
 * CSV, TSV, JSON and the other formats give every number exactly as stored.
 */
final class Readable {

    /** Places after the point a table shows at most. */
    static final int DECIMALS = 6;

    private Readable() {
    }

    /** The plain text of a number as a table shows it; text that is not a number is left as it is. */
    static String number(String plain, boolean thousands) {
        BigDecimal value;
        try {
            value = new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return plain;
        }
        BigDecimal shown = value;
        if (value.scale() > DECIMALS) {
            shown = value.abs().compareTo(new BigDecimal("0.001")) < 0 && value.signum() != 0
                    ? value.round(new MathContext(DECIMALS, RoundingMode.HALF_UP))
                    : value.setScale(DECIMALS, RoundingMode.HALF_UP);
        }
        shown = shown.stripTrailingZeros();
        if (shown.scale() < 0) {
            shown = shown.setScale(0);
        }
        if (!thousands) {
            return shown.toPlainString();
        }
        DecimalFormat grouped = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        grouped.setMinimumFractionDigits(shown.scale());
        grouped.setMaximumFractionDigits(shown.scale());
        grouped.setRoundingMode(RoundingMode.UNNECESSARY);
        return grouped.format(shown);
    }
}
