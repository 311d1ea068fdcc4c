package org.exhibit.concept;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exhibit.parse.Cell;
import org.exhibit.parse.Diagnostic;
import org.exhibit.parse.Period;

/**
 * Keeps an amount per share only when it has the size of one: an earnings per share far above the document's net
 * income over its average shares for the same period, a per-share number that repeats a money total of its period,
 * or one no share is worth, is a money total read under a per-share heading. Each value turned away becomes a
 * diagnostic with its line, never a silent drop.
 */
final class PerShareGuard {

    /** Below this, an amount per share is never questioned: a per-share figure this large is rare. */
    private static final BigDecimal SUSPECT = BigDecimal.valueOf(100);
    /** No amount per share reaches this. */
    private static final BigDecimal BOUND = BigDecimal.valueOf(100_000);
    /** How many times net income over average shares an earnings per share may be (a loss and its parts differ). */
    private static final BigDecimal TIMES = BigDecimal.TEN;

    /** The facts kept, and a diagnostic for each one turned away. */
    record Screened(List<Fact> kept, List<Diagnostic> diagnostics) {
    }

    private PerShareGuard() {
    }

    /** Screens the per-share facts of one document against its money totals and share counts of the same periods. */
    static Screened screen(List<Fact> facts) {
        Map<Period, BigDecimal> netIncome = new HashMap<>();
        Map<Period, BigDecimal> shares = new HashMap<>();
        Map<Period, Map<BigDecimal, Fact>> money = new HashMap<>();
        for (Fact fact : facts) {
            if ("NetIncomeLoss".equals(fact.concept())) {
                netIncome.merge(fact.period(), fact.value().abs(), BigDecimal::max);
            } else if (fact.concept() != null && fact.concept().startsWith("WeightedAverageNumber")
                    && fact.value().signum() > 0) {
                shares.merge(fact.period(), fact.value(), BigDecimal::min);
            }
            if (isMoney(fact) && fact.value().abs().compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
                money.computeIfAbsent(fact.period(), p -> new HashMap<>()).putIfAbsent(printed(fact), fact);
            }
        }
        List<Fact> kept = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Fact fact : facts) {
            String why = fact.unit().endsWith("/share") && fact.value().abs().compareTo(SUSPECT) >= 0
                    ? why(fact, netIncome.get(fact.period()), shares.get(fact.period()),
                            money.getOrDefault(fact.period(), Map.of()).get(printed(fact)))
                    : null;
            if (why == null) {
                kept.add(fact);
            } else {
                diagnostics.add(new Diagnostic(fact.line(), why, fact.row().label()));
            }
        }
        return new Screened(kept, diagnostics);
    }

    /** Why a per-share fact is no amount per share, or null when nothing says so. */
    private static String why(Fact fact, BigDecimal netIncome, BigDecimal shares, Fact sameDigits) {
        String value = fact.value().stripTrailingZeros().toPlainString();
        if (fact.value().abs().compareTo(BOUND) >= 0) {
            return "An amount per share of " + value + " is larger than any share is worth: a count or a money total"
                    + " under a per-share heading; not stored.";
        }
        if (fact.concept() != null && fact.concept().startsWith("EarningsPerShare") && netIncome != null
                && shares != null) {
            BigDecimal ratio = netIncome.divide(shares, MathContext.DECIMAL64);
            if (fact.value().abs().compareTo(ratio.multiply(TIMES)) > 0) {
                return "Earnings per share of " + value + " for " + fact.period() + " are more than ten times net income"
                        + " over average shares (" + ratio.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                        + "): a money total under a per-share heading; not stored.";
            }
            return null;
        }
        if (sameDigits != null) {
            return "An amount per share of " + value + " prints the digits of the money total on line "
                    + sameDigits.line() + " (" + sameDigits.row().label() + ") for " + fact.period()
                    + ": a money total under a per-share heading; not stored.";
        }
        return null;
    }

    private static boolean isMoney(Fact fact) {
        return !fact.unit().contains("/") && !fact.unit().equals("shares") && !fact.unit().equals("pure");
    }

    /** The number as printed in its cell, without sign or trailing zeros. */
    private static BigDecimal printed(Fact fact) {
        for (Cell cell : fact.row().cells()) {
            if (cell.column() == fact.column() && cell.line() == fact.line()) {
                return cell.printed().abs().stripTrailingZeros();
            }
        }
        return fact.printedValue().abs().stripTrailingZeros();
    }
}
