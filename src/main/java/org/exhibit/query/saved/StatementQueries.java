package org.exhibit.query.saved;

import static org.exhibit.query.saved.Exprs.fraction;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Select;

/** Saved queries that lay out a whole statement: one column per period, or each line as a fraction of a total. */
final class StatementQueries {

    private StatementQueries() {
    }

    /**
     * A statement as an analyst rebuilds it in a spreadsheet: one row per line, one column per period (newest first), at
     * most {@code periods} of them, only those of {@code months} when given.
     */
    static Select<?> comparePeriods(DSLContext dsl, Company company, String statement, Integer months, int periods,
                                    LocalDate asOf) {
        Known k = Known.facts(company, List.of(), statement, asOf, "k");
        Condition where = noCondition();
        if (months != null) {
            where = where.and(k.months().eq(months));
        }
        List<Record2<LocalDate, Integer>> columns = dsl.selectDistinct(k.periodEnd(), k.months())
                .from(k.table())
                .where(where)
                .orderBy(k.periodEnd().desc(), k.months())
                .limit(periods)
                .fetch();
        Field<String> key = coalesce(k.concept(), k.label());
        List<Field<?>> fields = new ArrayList<>();
        fields.add(min(k.label()).as("label"));
        fields.add(k.concept().as("concept"));
        for (Record2<LocalDate, Integer> column : columns) {
            LocalDate end = column.value1();
            int length = column.value2();
            String header = length == 0 ? "at " + end : length + " months to " + end;
            fields.add(max(when(k.periodEnd().eq(end).and(k.months().eq(length)), k.value())).as(header));
        }
        return select(fields)
                .from(k.table())
                .where(where)
                .groupBy(key, k.concept())
                .orderBy(min(k.ordinal()), min(k.label()));
    }

    /** The concept a statement's lines are a fraction of in {@link #commonSize}: total assets or revenue. */
    static String commonSizeBase(String statement) {
        return "balance".equals(statement) ? "Assets" : "Revenues";
    }

    /**
     * Each money line of a statement as a fraction of total assets (balance sheets) or of revenue (the others), given as
     * the company's {@link #commonSizeBase} read once: H2 would rank a derived table of it again for every line.
     */
    static Select<?> commonSize(Company company, String statement, LocalDate asOf, Known.Snapshot baseFacts) {
        Known k = Known.facts(company, List.of(), statement, asOf, "k");
        Known base = baseFacts.as("base");
        return select(k.periodEnd().as("period_end"), k.months().as("months"), k.label().as("label"),
                k.concept().as("concept"), k.value().as("value"), fraction(k.value(), base.value()).as("fraction"))
                .from(k.table())
                // A left join, with the unmatched lines dropped by the where, keeps H2 from ranking k again for each base row.
                .leftJoin(base.table()).on(base.periodEnd().eq(k.periodEnd()).and(base.months().eq(k.months())))
                .where(k.additive().and(base.periodEnd().isNotNull()))
                .orderBy(k.periodEnd().desc(), k.months(), k.ordinal(), k.label());
    }
}
