package org.exhibit.store;

import static org.exhibit.store.schema.Tables.DOCUMENT;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * What is kept per company instead of derived from every fact on each query — the estimated release dates of its
 * documents that print none ({@link ReleaseDates}), which its latest facts depend on ({@link LatestFacts}), and its
 * fiscal year end with the fiscal period of each fact ({@link FiscalYearEnds}) — derived again together, so that no
 * writer updates one without the others.
 */
public final class CompanyFacts {

    private CompanyFacts() {
    }

    /** Derives one company's latest facts and fiscal year end again; the caller owns the transaction. */
    static void refresh(DSLContext t, long companyId) {
        ReleaseDates.estimateMissing(t, DOCUMENT.COMPANY_ID.eq(companyId));
        LatestFacts.refresh(t, companyId);
        FiscalYearEnds.refresh(t, companyId);
    }

    /** Derives every company's latest facts and fiscal year end again; the caller owns the transaction. */
    public static void refreshAll(DSLContext t) {
        ReleaseDates.estimateMissing(t, DSL.noCondition());
        LatestFacts.refreshAll(t);
        FiscalYearEnds.refreshAll(t);
    }
}
