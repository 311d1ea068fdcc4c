package org.exhibit.store;

import static org.exhibit.store.schema.Tables.COMPANY;
import static org.exhibit.store.schema.Tables.DOCUMENT;
import static org.exhibit.store.schema.Tables.FACT;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.localDateAdd;
import static org.jooq.impl.DSL.month;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Keeps each company's fiscal year end, derived from its own periods: the month most of its twelve-month periods end
 * in, or the month before its year-to-date periods start; a 52/53-week year ending a few days into the next month still
 * counts for the month it ends near. Stored with the company (null when nothing tells) because reading it from every
 * fact takes seconds at a million facts, and queries across companies need every company's.
 */
public final class FiscalYearEnds {

    /** How many days a 52/53-week year may end after the month it belongs to. */
    public static final int DRIFT_DAYS = 7;

    private FiscalYearEnds() {
    }

    /** Derives one company's fiscal year end again from its facts; the caller owns the transaction. */
    static void refresh(DSLContext t, long companyId) {
        Integer month = derive(t, DOCUMENT.COMPANY_ID.eq(companyId)).get(companyId);
        t.update(COMPANY).set(COMPANY.YEAR_END_MONTH, month).where(COMPANY.ID.eq(companyId)).execute();
        setFiscalPeriods(t, companyId, month);
    }

    /** Writes the fiscal year and quarter of each fact of a company whose year ends in {@code month} (null: December). */
    private static void setFiscalPeriods(DSLContext t, long companyId, Integer month) {
        Field<Integer> yearEnd = inline(month == null ? 12 : month);
        t.update(FACT)
                .set(FACT.FISCAL_YEAR, fiscalYear(FACT.PERIOD_END, yearEnd))
                .set(FACT.FISCAL_QUARTER, when(FACT.MONTHS.eq(3), fiscalQuarter(FACT.PERIOD_END, yearEnd)))
                .where(FACT.DOCUMENT_ID.in(select(DOCUMENT.ID).from(DOCUMENT).where(DOCUMENT.COMPANY_ID.eq(companyId))))
                .execute();
    }

    /** The fiscal year a period ending on {@code end} belongs to, named by the calendar year it ends in. */
    public static Field<Integer> fiscalYear(Field<LocalDate> end, Field<Integer> yearEndMonth) {
        return DSL.year(shifted(end, yearEndMonth));
    }

    /** The quarter (1-4) of its fiscal year a period ending on {@code end} closes. */
    public static Field<Integer> fiscalQuarter(Field<LocalDate> end, Field<Integer> yearEndMonth) {
        return DSL.quarter(shifted(end, yearEndMonth));
    }

    /** The end date moved so that the fiscal year maps onto a calendar year. */
    private static Field<LocalDate> shifted(Field<LocalDate> end, Field<Integer> yearEndMonth) {
        return localDateAdd(days(end, -DRIFT_DAYS), inline(12).minus(yearEndMonth), DatePart.MONTH);
    }

    /** Derives every company's fiscal year end again; the caller owns the transaction. */
    static void refreshAll(DSLContext t) {
        Map<Long, Integer> months = derive(t, DOCUMENT.COMPANY_ID.isNotNull());
        for (Long companyId : t.select(COMPANY.ID).from(COMPANY).fetch(COMPANY.ID)) {
            t.update(COMPANY).set(COMPANY.YEAR_END_MONTH, months.get(companyId)).where(COMPANY.ID.eq(companyId)).execute();
            setFiscalPeriods(t, companyId, months.get(companyId));
        }
    }

    /** The month (1-12) each company whose documents {@code companies} selects ends its fiscal year in, where any tells. */
    private static Map<Long, Integer> derive(DSLContext t, Condition companies) {
        Table<?> evidence = select(DOCUMENT.COMPANY_ID.as("company_id"), month(days(FACT.PERIOD_END, -DRIFT_DAYS)).as("m"))
                .from(FACT).join(DOCUMENT).on(DOCUMENT.ID.eq(FACT.DOCUMENT_ID))
                .where(companies.and(FACT.MONTHS.eq(12)))
                .unionAll(select(DOCUMENT.COMPANY_ID.as("company_id"), month(days(FACT.PERIOD_START, -DRIFT_DAYS - 1)).as("m"))
                        .from(FACT).join(DOCUMENT).on(DOCUMENT.ID.eq(FACT.DOCUMENT_ID))
                        .where(companies.and(FACT.MONTHS.in(6, 9, 12)).and(FACT.PERIOD_START.isNotNull())))
                .asTable("evidence");
        Field<Long> companyId = field(name("evidence", "company_id"), Long.class);
        Field<Integer> m = field(name("evidence", "m"), Integer.class);
        Map<Long, Integer> months = new LinkedHashMap<>();
        for (Record2<Long, Integer> vote : t.select(companyId, m).from(evidence).groupBy(companyId, m)
                .orderBy(companyId, count().desc(), m.desc()).fetch()) {
            months.putIfAbsent(vote.value1(), vote.value2());
        }
        return months;
    }

    /** {@code date} moved by whole days. */
    private static Field<LocalDate> days(Field<LocalDate> date, int days) {
        return localDateAdd(date, inline(days), DatePart.DAY);
    }
}
