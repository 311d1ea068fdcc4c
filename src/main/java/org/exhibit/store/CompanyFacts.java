package org.exhibit.store;

import static org.exhibit.store.schema.Tables.COMPANY;
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

    /**
     * Derives one company's latest facts and fiscal year end again; the caller owns the transaction, which holds the
     * company's row from here on, so that importers deriving the same company take turns (see {@link #lock}).
     */
    static void refresh(DSLContext t, long companyId) {
        lock(t, companyId);
        ReleaseDates.estimateMissing(t, DOCUMENT.COMPANY_ID.eq(companyId));
        LatestFacts.refresh(t, companyId);
        FiscalYearEnds.refresh(t, companyId);
    }

    /**
     * Locks a company's row until the transaction ends: whoever derives what is kept per company (here, or the checks
     * across its documents) holds it, so that two importers never rank the same company's facts at once, and the later
     * one ranks after the earlier one's documents are committed, since an importer writing a document of the company
     * updates that row too.
     */
    static void lock(DSLContext t, long companyId) {
        t.select(COMPANY.ID).from(COMPANY).where(COMPANY.ID.eq(companyId)).forUpdate().fetch();
    }

    /** Derives every company's latest facts and fiscal year end again; the caller owns the transaction. */
    public static void refreshAll(DSLContext t) {
        ReleaseDates.estimateMissing(t, DSL.noCondition());
        LatestFacts.refreshAll(t);
        FiscalYearEnds.refreshAll(t);
    }
}
