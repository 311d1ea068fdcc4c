package org.exhibit.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A document that contradicts itself: two of its consolidated statements (tables of the consolidated company whose
 * title calls them a statement or balance sheet) print different values for the same concept, period and months.
 * Tables that say why they differ (parent company only, a segment, pro forma, selected data, a note, or a restatement:
 * "restated", "as previously reported" in their title or heading) are left out, and a cash flow statement is compared only with cash flow statements: the income items it
 * prints are adjustments, with their own sign and meaning (taxes paid, not the tax expense). A warning, not an error: the rule
 * cannot tell which of the two is right, nor whether the two rows' labels really mean one thing (a cash flow
 * statement's "Income taxes paid" against the income statement's tax expense is a mapping to correct, not a slip of
 * the filing), so it points a reader at the pair without failing {@code check --strict}.
 */
final class Conflicts {

    static final String RULE = "conflict";

    private static final Pattern NAMES_A_STATEMENT = Pattern.compile("(?i)\\bstatements?\\b|\\bbalance\\s+sheets?\\b");
    private static final Pattern RESTATED = Pattern.compile("(?i)\\brestated\\b|\\bpreviously\\s+reported\\b");

    private Conflicts() {
    }

    /** The findings of one document: one per concept, period and pair of disagreeing tables. */
    static List<Finding> check(DocumentFacts document) {
        Map<String, List<Placed>> byFact = new LinkedHashMap<>();
        for (TableFacts table : document.tables()) {
            if (!table.scope().equals("consolidated") || !Checker.COMPANY_STATEMENTS.contains(table.kind())
                    || !NAMES_A_STATEMENT.matcher(table.title()).find() || RESTATED.matcher(table.title()).find()) {
                continue;
            }
            String family = table.kind().equals("cashflow") ? "cashflow" : "other";
            for (LineItem item : table.items()) {
                if (item.concept() == null || item.section() != null && RESTATED.matcher(item.section()).find()) {
                    continue;
                }
                for (Figure figure : item.figures()) {
                    if (figure.unit().equals(item.unit())) {
                        byFact.computeIfAbsent(family + "|" + item.concept() + "|" + figure.periodEnd() + "|" + figure.months(),
                                k -> new ArrayList<>()).add(new Placed(table.line(), document.name(), table.kind(), item, figure));
                    }
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (List<Placed> figures : byFact.values()) {
            Placed first = figures.get(0);
            for (Placed other : figures) {
                if (other.order() != first.order() && !agree(first.figure(), other.figure())
                        && figures.stream().noneMatch(p -> p.order() == other.order() && agree(first.figure(), p.figure()))) {
                    findings.add(finding(document.name(), first, other));
                    break;
                }
            }
        }
        return findings;
    }

    private static boolean agree(Figure a, Figure b) {
        return Rounding.within(a.value(), b.value(), a.halfUnit().add(b.halfUnit()));
    }

    private static Finding finding(String document, Placed first, Placed other) {
        Figure a = first.figure();
        Figure b = other.figure();
        String message = "The table at line " + first.order() + " prints " + first.concept() + " " + a.period()
                + " as " + Rounding.format(a.value()) + " (\"" + first.item().label() + "\", line " + a.line()
                + ") but the table at line " + other.order() + " as " + Rounding.format(b.value()) + " (\"" + other.item().label()
                + "\", line " + b.line() + "); neither table says it covers a part of the company, a pro forma case or"
                + " a restatement.";
        return new Finding(document, RULE, Severity.WARNING, first.concept(), b.periodEnd(), b.months(), a.value(),
                b.value(), message, Objects.requireNonNull(b.line()));
    }
}
