package org.exhibit.query.saved;

import static org.exhibit.store.schema.Tables.COMPANY;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.exhibit.store.FiscalYearEnds;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;

/**
 * A company's fiscal calendar, from the fiscal year end derived from its own periods ({@link FiscalYearEnds}; December
 * when nothing tells): periods are named "fiscal year 2003, quarter 3" even when the dates differ by a few days from
 * year to year.
 */
final class Fiscal {

    private Fiscal() {
    }

    /**
     * The month (1-12) each company's fiscal year ends in, for one company or (null) every company that tells, as the
     * importer derived it from the company's periods ({@link FiscalYearEnds}).
     */
    static Map<Long, Integer> yearEndMonths(DSLContext dsl, Company company) {
        Condition which = company == null ? COMPANY.YEAR_END_MONTH.isNotNull()
                : COMPANY.ID.eq(company.id()).and(COMPANY.YEAR_END_MONTH.isNotNull());
        Map<Long, Integer> months = new LinkedHashMap<>();
        for (Record2<Long, Integer> r : dsl.select(COMPANY.ID, COMPANY.YEAR_END_MONTH).from(COMPANY).where(which)
                .orderBy(COMPANY.ID).fetch()) {
            months.put(r.value1(), r.value2());
        }
        return months;
    }

    /** The month one company's fiscal year ends in. */
    static int yearEndMonth(DSLContext dsl, Company company) {
        return yearEndMonths(dsl, company).getOrDefault(company.id(), 12);
    }

    /** The fiscal year a period ending on {@code end} belongs to, named by the calendar year it ends in. */
    static Field<Integer> year(Field<LocalDate> end, Field<Integer> yearEndMonth) {
        return FiscalYearEnds.fiscalYear(end, yearEndMonth);
    }

    /** The quarter (1-4) of its fiscal year a period ending on {@code end} closes. */
    static Field<Integer> quarter(Field<LocalDate> end, Field<Integer> yearEndMonth) {
        return FiscalYearEnds.fiscalQuarter(end, yearEndMonth);
    }
}
