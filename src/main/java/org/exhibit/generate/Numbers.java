package org.exhibit.generate;

/** Prints numbers as financial statements do: digits grouped by commas, negatives in parentheses, cents after a point. */
final class Numbers {

    private Numbers() {
    }

    /** {@code 1234567} as "1,234,567" (the absolute value). */
    static String grouped(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, head);
        for (int i = head; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }

    /** Cents as dollars, {@code 184} as "1.84" (the absolute value). */
    static String cents(long cents) {
        long abs = Math.abs(cents);
        long fraction = abs % 100;
        return (abs / 100) + (fraction < 10 ? ".0" : ".") + fraction;
    }

    /** A change in tenths of a percent, {@code -45} as "(4.5)%". */
    static String percent(long tenths) {
        long abs = Math.abs(tenths);
        String text = (abs / 10) + "." + (abs % 10);
        return tenths < 0 ? "(" + text + ")%" : text + "%";
    }
}
