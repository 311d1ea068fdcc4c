package org.exhibit.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The rounding model: every printed number is exact to half a unit of its last digit, so numbers computed from
 * printed ones may be off by the sum of those halves, and no more.
 */
public final class Rounding {

    private static final MathContext RATIO = new MathContext(6, RoundingMode.HALF_EVEN);

    private Rounding() {
    }

    /** The accumulated rounding of {@code figures}: the sum of their half units. */
    public static BigDecimal tolerance(Collection<Figure> figures) {
        return figures.stream().map(Figure::halfUnit).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether {@code expected} and {@code actual} differ by no more than {@code tolerance}. */
    public static boolean within(BigDecimal expected, BigDecimal actual, BigDecimal tolerance) {
        return expected.subtract(actual).abs().compareTo(tolerance) <= 0;
    }

    /**
     * How far apart two numbers are, relative to the larger of them (0.01 is 1%, at most 2 when their signs differ);
     * null when either is missing or both are zero.
     */
    public static BigDecimal relativeDifference(BigDecimal expected, BigDecimal actual) {
        if (expected == null || actual == null) {
            return null;
        }
        BigDecimal larger = expected.abs().max(actual.abs());
        if (larger.signum() == 0) {
            return null;
        }
        return expected.subtract(actual).abs().divide(larger, RATIO).stripTrailingZeros();
    }

    /**
     * Whether two numbers differ the way a slip of the pen makes them differ, digit by digit in units of the last
     * printed digit: numbers of three digits or more that differ in one digit (8,198 printed as 8,188, 1.84 as .84)
     * or by two neighbouring digits swapped (8,198 as 8,918), or that differ in sign alone.
     */
    public static boolean looksLikeSlip(BigDecimal expected, BigDecimal actual, BigDecimal precision) {
        if (precision.signum() <= 0) {
            return false;
        }
        BigDecimal e = expected.divide(precision, 0, RoundingMode.HALF_UP);
        BigDecimal a = actual.divide(precision, 0, RoundingMode.HALF_UP);
        if (e.compareTo(a) == 0) {
            return false;
        }
        if (e.signum() != 0 && e.negate().compareTo(a) == 0) {
            return true;
        }
        if (e.signum() == 0 || a.signum() == 0) {
            return false;
        }
        String ed = e.abs().toPlainString();
        String ad = a.abs().toPlainString();
        int digits = Math.max(ed.length(), ad.length());
        if (digits < 3) {
            return false;
        }
        ed = "0".repeat(digits - ed.length()) + ed;
        ad = "0".repeat(digits - ad.length()) + ad;
        List<Integer> differing = new ArrayList<>();
        for (int i = 0; i < ed.length(); i++) {
            if (ed.charAt(i) != ad.charAt(i)) {
                differing.add(i);
            }
        }
        if (differing.size() == 1) {
            return true;
        }
        int first = differing.get(0);
        return differing.size() == 2 && differing.get(1) == first + 1
                && ed.charAt(first) == ad.charAt(first + 1) && ed.charAt(first + 1) == ad.charAt(first);
    }

    /** A number as findings print it: digits grouped by thousands, the decimals it has ("8,198,000", "-0.03"). */
    public static String format(BigDecimal number) {
        if (number == null) {
            return "";
        }
        BigDecimal plain = number.stripTrailingZeros();
        String digits = (plain.scale() < 0 ? plain.setScale(0) : plain).abs().toPlainString();
        int point = digits.indexOf('.');
        int whole = point < 0 ? digits.length() : point;
        StringBuilder text = new StringBuilder(digits.length() + whole / 3 + 1);
        if (plain.signum() < 0) {
            text.append('-');
        }
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        return text.append(digits, whole, digits.length()).toString();
    }

    /** A relative difference as a percentage with up to two decimals ("0.12%"). */
    public static String percent(BigDecimal ratio) {
        if (ratio == null) {
            return "";
        }
        BigDecimal percent = ratio.movePointRight(2);
        BigDecimal shown = percent.compareTo(BigDecimal.valueOf(10)) >= 0
                ? percent.setScale(0, RoundingMode.HALF_UP)
                : percent.round(new MathContext(2, RoundingMode.HALF_UP));
        return shown.stripTrailingZeros().toPlainString() + "%";
    }
}
