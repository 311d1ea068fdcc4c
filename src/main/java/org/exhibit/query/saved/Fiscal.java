package org.exhibit.query.saved;

import static org.exhibit.store.schema.Tables.COMPANY;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.values;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.exhibit.store.FiscalYearEnds;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Row2;
import org.jooq.Table;

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

    /** {@link #yearEndMonths} as a table (company_id, year_end_month) to join. */
    @SuppressWarnings("unchecked")
    static Table<?> yearEnds(Map<Long, Integer> months, String alias) {
        if (months.isEmpty()) {
            return select(inline(0L).as("company_id"), inline(12).as("year_end_month")).where(falseCondition()).asTable(alias);
        }
        Row2<Long, Integer>[] rows = months.entrySet().stream()
                .map(e -> row(val(e.getKey()), val(e.getValue())))
                .toArray(Row2[]::new);
        return values(rows).as(alias, "company_id", "year_end_month");
    }

    /** The month a {@link #yearEnds} table gives, December for a company it has no row for. */
    static Field<Integer> yearEndMonth(Table<?> yearEnds) {
        return coalesce(field(name(yearEnds.getName(), "year_end_month"), Integer.class), inline(12));
    }

    /** The company a {@link #yearEnds} row is about, to join on. */
    static Field<Long> companyId(Table<?> yearEnds) {
        return field(name(yearEnds.getName(), "company_id"), Long.class);
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
