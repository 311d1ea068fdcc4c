package org.exhibit.store;

import org.jooq.DSLContext;

/**
 * What is kept per company instead of derived from every fact on each query — its latest facts ({@link LatestFacts})
 * and its fiscal year end ({@link FiscalYearEnds}) — derived again together, so that no writer updates one without the
 * other.
 */
public final class CompanyFacts {

    private CompanyFacts() {
    }

    /** Derives one company's latest facts and fiscal year end again; the caller owns the transaction. */
    static void refresh(DSLContext t, long companyId) {
        LatestFacts.refresh(t, companyId);
        FiscalYearEnds.refresh(t, companyId);
    }

    /** Derives every company's latest facts and fiscal year end again; the caller owns the transaction. */
    public static void refreshAll(DSLContext t) {
        LatestFacts.refreshAll(t);
        FiscalYearEnds.refreshAll(t);
    }
}
