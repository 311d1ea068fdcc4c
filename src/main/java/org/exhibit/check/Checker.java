package org.exhibit.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs every rule: those within one document, and those across the documents of one company. */
public final class Checker {

    /** The rules across a company's documents, whose findings change when another document of it is imported. */
    public static final Set<String> COMPANY_RULES = Set.of(Restatements.RULE, YearToDate.RULE, RetainedEarnings.RULE);

    /** The statements the rules across documents read (not notes, segments or EX-27 schedules). */
    public static final List<String> COMPANY_STATEMENTS = List.of("income", "balance", "cashflow");

    private Checker() {
    }

    /** The findings within one document: its totals, identities and per-share amounts, its schedule against its tables, its statements against each other. */
    public static List<Finding> document(DocumentFacts document) {
        List<Finding> findings = new ArrayList<>();
        for (TableFacts table : document.tables()) {
            Map<Figure, BigDecimal> corrections = new HashMap<>();
            List<Finding> identities = new ArrayList<>(Identities.check(document.name(), table, corrections));
            identities.addAll(PerShare.check(document.name(), table, corrections));
            findings.addAll(StructuralSums.check(document.name(), table, corrections));
            findings.addAll(identities);
        }
        findings.addAll(Schedules.check(document));
        findings.addAll(Conflicts.check(document));
        findings.addAll(Narrative.check(document));
        return findings;
    }

    /**
     * The findings across the documents of one company: restatements, year-to-date sums and retained earnings; the
     * documents are taken in the order they were filed ({@link DocumentFacts#FILED}).
     */
    public static List<Finding> company(List<DocumentFacts> documents) {
        List<DocumentFacts> filed = documents.stream().sorted(DocumentFacts.FILED).toList();
        List<Finding> findings = new ArrayList<>(Restatements.check(filed));
        findings.addAll(YearToDate.check(filed));
        findings.addAll(RetainedEarnings.check(filed));
        return findings;
    }
}
