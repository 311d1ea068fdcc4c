package org.exhibit.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.exhibit.concept.Concept;
import org.exhibit.concept.Fact;
import org.exhibit.concept.FactBuilder;
import org.exhibit.concept.Resources;
import org.exhibit.parse.Document;
import org.exhibit.parse.Period;
import org.exhibit.parse.Scope;
import org.exhibit.parse.StatementKind;

/**
 * How well the statement tables of a document are read, scored against the document's own EX-27 financial data
 * schedules: each tagged value with a concept is looked for among the facts read from the statement tables (never
 * from the schedule itself), for the same period, within the rounding of the two.
 */
public final class Accuracy {

    /** What became of one tagged value. */
    public enum Verdict {
        /** The right concept, period and value: what a user's query finds. */
        STRICT("strict"),
        /** The value for that period, read under another concept or none. */
        LOOSE("loose"),
        /** The right concept and period with another value: a misread. */
        WRONG("wrong"),
        /** The value is printed in the tables, but not found for the concept and period. */
        MISSED("missed"),
        /** The value is not printed in any table, so no reading could find it. */
        EXCLUDED("excluded");

        private final String code;

        Verdict(String code) {
            this.code = code;
        }

        /** The word the bench prints. */
        public String code() {
            return code;
        }
    }

    /**
     * One tagged value and what became of it.
     *
     * @param document the document's name
     * @param tag the schedule's tag ("TOTAL-ASSETS")
     * @param concept its concept
     * @param expected the value in full units
     * @param period the period, as the explanation prints it
     * @param line the tag's line
     * @param verdict what became of it
     * @param shadowed whether, found strictly, another value of the same concept and period stands beside it in the
     *     tables of the same scope
     * @param found the statement value compared with (the right one, or the misread), or null
     * @param foundLine its line, 0 when none
     * @param reason for a value excluded, why
     */
    public record Score(String document, String tag, String concept, BigDecimal expected, String period, int line,
                        Verdict verdict, boolean shadowed, BigDecimal found, int foundLine, String reason) {
    }

    /** Scopes whose facts stand for the company, in the order a reader prefers them. */
    private static final List<Scope> COMPANY_SCOPES = List.of(Scope.CONSOLIDATED, Scope.SELECTED, Scope.OTHER);

    private final FactBuilder builder;
    private final Set<String> deductions;

    /** A scorer that reads documents with the bundled concepts and aliases. */
    public Accuracy() {
        this.builder = FactBuilder.bundled();
        this.deductions = Resources.concepts().stream().filter(Concept::deduction).map(Concept::name)
                .collect(Collectors.toSet());
    }

    /** The scores of every tagged value with a concept in a document's EX-27 schedules; empty when it has none. */
    public List<Score> score(Document document) {
        List<Fact> facts = builder.facts(document);
        List<Fact> tagged = facts.stream()
                .filter(f -> f.table().kind() == StatementKind.FDS && f.concept() != null).toList();
        List<Fact> printed = facts.stream().filter(f -> f.table().kind() != StatementKind.FDS).toList();
        List<Score> scores = new ArrayList<>();
        for (Fact tag : tagged) {
            scores.add(score(document.name(), tag, printed));
        }
        return scores;
    }

    private Score score(String document, Fact tag, List<Fact> printed) {
        Predicate<Fact> agrees = f -> agrees(tag, f);
        if (tag.value().signum() == 0) {
            return verdict(document, tag, Verdict.EXCLUDED, false, null, "a zero, which the statements leave out");
        }
        if (printed.stream().noneMatch(agrees)) {
            return verdict(document, tag, Verdict.EXCLUDED, false, null, "printed in no table of the document");
        }
        List<Fact> samePeriod = printed.stream().filter(f -> samePeriod(f.period(), tag.period())).toList();
        for (Scope scope : COMPANY_SCOPES) {
            List<Fact> same = samePeriod.stream()
                    .filter(f -> f.table().scope() == scope && tag.concept().equals(f.concept())).toList();
            if (same.isEmpty()) {
                continue;
            }
            Fact right = same.stream().filter(agrees).findFirst().orElse(null);
            if (right != null) {
                boolean shadowed = same.stream().anyMatch(agrees.negate());
                return verdict(document, tag, Verdict.STRICT, shadowed, right, "");
            }
            Fact nearest = same.stream().min(Comparator.comparing(f -> f.value().subtract(tag.value()).abs()))
                    .orElseThrow();
            return verdict(document, tag, Verdict.WRONG, false, nearest, "");
        }
        Fact loose = samePeriod.stream().filter(f -> COMPANY_SCOPES.contains(f.table().scope())).filter(agrees)
                .findFirst().orElse(null);
        if (loose != null) {
            return verdict(document, tag, Verdict.LOOSE, false, loose, "");
        }
        Fact elsewhere = printed.stream().filter(agrees).findFirst().orElseThrow();
        return verdict(document, tag, Verdict.MISSED, false, elsewhere, "");
    }

    /**
     * Whether two periods are the same as a user's query tells them: the same end and length. Their starts are
     * derived by conventions (a 52/53-week calendar or calendar months) that a schedule and a statement header may
     * each suggest differently for the same fiscal year.
     */
    static boolean samePeriod(Period a, Period b) {
        return a.end().equals(b.end()) && a.months() == b.months();
    }

    private static Score verdict(String document, Fact tag, Verdict verdict, boolean shadowed, Fact found,
                                 String reason) {
        return new Score(document, tag.row().label(), tag.concept(), tag.value(), describe(tag), tag.line(), verdict,
                shadowed, found == null ? null : found.value(), found == null ? 0 : found.line(), reason);
    }

    private static String describe(Fact fact) {
        return fact.period().months() == 0 ? "at " + fact.period().end()
                : fact.period().months() + " months to " + fact.period().end();
    }

    /**
     * Whether a statement's fact holds a tagged value: equal within half a unit of the last digit of the rounder of
     * the two (a schedule in dollars against a statement in thousands; the schedule copies the statement, so two
     * numbers printed in millions are equal), in the concept's sign, as printed, or, for a deduction, with the
     * other sign (a schedule may tag an expense either way); a per-share amount only with a per-share amount.
     */
    private boolean agrees(Fact tag, Fact printed) {
        if (perShare(tag) != perShare(printed)) {
            return false;
        }
        BigDecimal tolerance = half(tag.precision()).max(half(printed.precision()));
        BigDecimal expected = tag.value();
        return within(printed.value(), expected, tolerance) || within(printed.printedValue(), expected, tolerance)
                || deductions.contains(tag.concept()) && within(printed.value(), expected.negate(), tolerance);
    }

    private static boolean perShare(Fact fact) {
        return fact.unit() != null && fact.unit().endsWith("/share");
    }

    private static BigDecimal half(BigDecimal precision) {
        return precision == null ? BigDecimal.ZERO : precision.abs().divide(BigDecimal.valueOf(2));
    }

    private static boolean within(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        return a.subtract(b).abs().compareTo(tolerance) <= 0;
    }

    /** The counts of each verdict, and of values found strictly but shadowed, over some scores. */
    public record Totals(Map<Verdict, Long> counts, long shadowed) {

        /** The totals of some scores. */
        public static Totals of(List<Score> scores) {
            Map<Verdict, Long> counts = new java.util.EnumMap<>(Verdict.class);
            for (Verdict v : Verdict.values()) {
                counts.put(v, scores.stream().filter(s -> s.verdict() == v).count());
            }
            return new Totals(counts, scores.stream().filter(Score::shadowed).count());
        }

        /** How many values of a verdict. */
        public long count(Verdict verdict) {
            return counts.get(verdict);
        }

        /** How many values the tables print: every value scored but the excluded ones. */
        public long printed() {
            return counts.values().stream().mapToLong(Long::longValue).sum() - count(Verdict.EXCLUDED);
        }
    }
}
