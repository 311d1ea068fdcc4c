package org.exhibit.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Accounting identities between concepts (total assets equal total liabilities and equity, gross profit is revenue
 * less cost of revenue ...), checked column by column within each table; the identities are data, in
 * {@code identities.csv}.
 */
final class Identities {

    static final String RULE = "identity";

    private static final List<Identity> BUNDLED = load();

    private Identities() {
    }

    /**
     * A concept and whether it is added or subtracted; an optional term counts only where the table prints it between
     * the first term and the result.
     */
    record Term(String concept, int sign, boolean optional) {
    }

    /**
     * An identity: {@code result} equals the sum of {@code terms}.
     *
     * @param definition whether it holds by definition (a failure is always an error)
     */
    record Identity(String result, List<Term> terms, boolean definition) {

        /** The identity as written: "GrossProfit = Revenues - CostOfRevenue". */
        String formula() {
            StringBuilder text = new StringBuilder(result).append(" =");
            for (int i = 0; i < terms.size(); i++) {
                Term t = terms.get(i);
                text.append(i == 0 ? (t.sign() < 0 ? " -" : "") : (t.sign() < 0 ? " -" : " +")).append(' ').append(t.concept());
            }
            return text.toString();
        }
    }

    /** The findings of every bundled identity in one table of {@code document}; errors add to {@code corrections}. */
    static List<Finding> check(String document, TableFacts table, Map<Figure, BigDecimal> corrections) {
        List<Finding> findings = new ArrayList<>();
        for (Identity identity : BUNDLED) {
            List<Evidence.Result> results = new ArrayList<>();
            for (Figure result : Concepts.figures(table, identity.result())) {
                evaluate(identity, table, result, corrections).ifPresent(results::add);
            }
            findings.addAll(Evidence.judge(document, RULE, identity.result(),
                    identity.definition() ? Evidence.DEFINITION : Evidence.STATEMENT, results, corrections));
        }
        return findings;
    }

    /**
     * The identity in the column of {@code result}; empty where a term is missing, or where the identity fails only
     * because of a figure another rule has found wrong already.
     */
    private static Optional<Evidence.Result> evaluate(Identity identity, TableFacts table, Figure result,
                                                      Map<Figure, BigDecimal> corrections) {
        BigDecimal expected = BigDecimal.ZERO;
        BigDecimal explained = BigDecimal.ZERO;
        BigDecimal tolerance = result.halfUnit();
        StringBuilder parts = new StringBuilder();
        Figure first = null;
        for (Term term : identity.terms()) {
            Optional<Figure> figure = Concepts.figure(table, term.concept(), result);
            if (figure.isEmpty() || (term.optional() && !between(figure.get(), first, result))) {
                if (term.optional()) {
                    continue;
                }
                return Optional.empty();
            }
            Figure f = figure.get();
            first = first == null ? f : first;
            expected = term.sign() < 0 ? expected.subtract(f.value()) : expected.add(f.value());
            BigDecimal corrected = Evidence.corrected(f, corrections);
            explained = term.sign() < 0 ? explained.subtract(corrected) : explained.add(corrected);
            tolerance = tolerance.add(f.halfUnit());
            parts.append(parts.length() == 0 ? (term.sign() < 0 ? "minus " : "") : (term.sign() < 0 ? " less " : " plus "))
                    .append(term.concept()).append(' ').append(Rounding.format(f.value())).append(" (line ").append(f.line())
                    .append(')');
        }
        boolean holds = Rounding.within(expected, result.value(), tolerance);
        if (!holds && Rounding.within(explained, result.value(), tolerance)) {
            return Optional.empty();
        }
        String message = identity.result() + " " + result.period() + ": " + parts + " make " + Rounding.format(expected)
                + " but " + Rounding.format(result.value()) + " is printed (line " + result.line() + "), "
                + Rounding.format(expected.subtract(result.value()).abs()) + " apart where rounding allows "
                + Rounding.format(tolerance) + "; " + identity.formula() + ".";
        return Optional.of(new Evidence.Result(result, expected, result.value(), holds, message));
    }

    /**
     * Whether an optional term's figure is printed between the identity's first term and its result, as the items
     * that lead from one to the other are ("Net income of unconsolidated group companies" between income before tax
     * and net income; equity income printed above income before taxes is part of it already).
     */
    private static boolean between(Figure figure, Figure first, Figure result) {
        return first != null && first.line() < figure.line() && figure.line() < result.line();
    }

    private static List<Identity> load() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreEmptyLines(true).get();
        try (InputStream in = Identities.class.getResourceAsStream("identities.csv");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<Identity> identities = new ArrayList<>();
            for (CSVRecord r : format.parse(reader)) {
                identities.add(new Identity(r.get("result").trim(), terms(r.get("terms")), r.get("kind").trim().equals("definition")));
            }
            return List.copyOf(identities);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Revenues - CostOfRevenue + Other?" as terms. */
    static List<Term> terms(String text) {
        List<Term> terms = new ArrayList<>();
        int sign = 1;
        for (String token : text.trim().split("\\s+")) {
            if (token.equals("+") || token.equals("-")) {
                sign = token.equals("-") ? -1 : 1;
                continue;
            }
            boolean optional = token.endsWith("?");
            terms.add(new Term(optional ? token.substring(0, token.length() - 1) : token, sign, optional));
            sign = 1;
        }
        return List.copyOf(terms);
    }
}
