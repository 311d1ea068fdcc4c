package org.exhibit.query.saved;

import static org.exhibit.query.saved.Exprs.near;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lag;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rank;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.Table;

/** Saved queries across companies and documents: companies ranked on one figure, values restated by later documents. */
final class CompanyQueries {

    private CompanyQueries() {
    }

    /**
     * One row per company, ranked by a concept's value for the period ending near {@code periodEnd}, or in
     * {@code fiscalYear}, or else the company's latest; {@code months} defaults to 0 for balance-sheet concepts, else 12.
     * Values in different units are never ranked together: given no {@code unit}, companies reporting in more than one
     * unit are refused with a sentence naming the units.
     */
    static Select<?> compareCompanies(DSLContext dsl, String concept, LocalDate periodEnd, Integer fiscalYear, Integer months,
                                      String unit, LocalDate asOf) throws ParamException {
        Known k = Known.facts(null, List.of(concept), asOf, "k");
        Condition where = months != null
                ? k.months().eq(months)
                : k.months().eq(when(k.statement().eq(inline("balance")), inline(0)).otherwise(inline(12)));
        if (periodEnd != null) {
            where = where.and(near(k.periodEnd(), val(periodEnd)));
        }
        if (fiscalYear != null) {
            where = where.and(k.fiscalYear().eq(fiscalYear));
        }
        Table<?> latest = select(k.company().as("company"), k.ticker().as("ticker"), k.periodEnd().as("period_end"),
                k.months().as("months"), k.fiscalYear().as("fiscal_year"), k.value().as("value"), k.unit().as("unit"),
                rowNumber().over(partitionBy(k.companyId()).orderBy(k.periodEnd().desc())).as("recency"))
                .from(k.table())
                .where(where)
                .asTable("c");
        Field<BigDecimal> value = field(name("c", "value"), BigDecimal.class);
        Field<String> unitOf = field(name("c", "unit"), String.class);
        Condition chosen = field(name("c", "recency"), Integer.class).eq(1);
        if (unit != null) {
            chosen = chosen.and(unitOf.equalIgnoreCase(unit));
        } else {
            List<String> units = dsl.selectDistinct(unitOf).from(latest).where(chosen).orderBy(unitOf).fetch(unitOf);
            if (units.size() > 1) {
                throw ParamException.notFound("The companies report " + concept + " in " + units.size() + " units ("
                        + String.join(", ", units) + "), which are not ranked together; rank one unit at a time with"
                        + " --param unit=" + units.get(0) + " (or " + String.join(", ", units.subList(1, units.size())) + ").");
            }
        }
        return select(rank().over().orderBy(value.desc()).as("rank"), field(name("c", "company")), field(name("c", "ticker")),
                field(name("c", "period_end")), field(name("c", "months")), field(name("c", "fiscal_year")), value, unitOf)
                .from(latest)
                .where(chosen)
                .orderBy(value.desc(), field(name("c", "company")));
    }

    /**
     * Every fact whose value differs between the documents that print it, oldest release first, with the change: a fact
     * is a company, concept (or label), statement, period end and months, read in each document from its first line.
     */
    static Select<?> restatements(Company company, LocalDate asOf) {
        Table<?> f = firstInEachDocument(company, asOf, "f");
        Field<BigDecimal> value = f.field("value", BigDecimal.class);
        Field<LocalDate> released = f.field("released", LocalDate.class);
        // A row no alias maps is told by its label, never taken for a concept of the same name.
        List<Field<?>> fact = List.of(f.field("company_id"), f.field("fact_key"), f.field("concept"), f.field("statement"),
                f.field("period_end"), f.field("months"));
        Table<?> history = select(f.field("company"), f.field("fact_key"), f.field("concept"), f.field("label"),
                f.field("statement"), f.field("period_end"), f.field("months"), f.field("document"), released, value,
                lag(value).over(partitionBy(fact).orderBy(released.asc().nullsFirst(), f.field("document"))).as("prior_value"),
                min(value).over(partitionBy(fact)).as("lowest"), max(value).over(partitionBy(fact)).as("highest"))
                .from(f)
                .asTable("h");
        Field<BigDecimal> prior = history.field("prior_value", BigDecimal.class);
        Field<BigDecimal> current = history.field("value", BigDecimal.class);
        Field<LocalDate> releasedOn = history.field("released", LocalDate.class);
        return select(history.field("company"), history.field("concept"), history.field("label"), history.field("statement"),
                history.field("period_end"), history.field("months"), history.field("document"), releasedOn, current, prior,
                current.minus(prior).as("change"))
                .from(history)
                .where(history.field("lowest", BigDecimal.class).ne(history.field("highest", BigDecimal.class)))
                .orderBy(history.field("company"), history.field("fact_key"), history.field("statement"),
                        history.field("period_end"), history.field("months"), releasedOn.asc().nullsFirst(),
                        history.field("document"));
    }

    /** Each document's own value of each fact: the first line that prints it, as {@code latest_facts} would take. */
    private static Table<?> firstInEachDocument(Company company, LocalDate asOf, String alias) {
        Known f = Known.every(company, asOf, alias + "all");
        Field<String> key = coalesce(f.concept(), f.label());
        Table<?> numbered = select(f.companyId().as("company_id"), f.company().as("company"), key.as("fact_key"),
                f.concept().as("concept"), f.label().as("label"), f.statement().as("statement"),
                f.periodEnd().as("period_end"), f.months().as("months"), f.document().as("document"),
                f.released().as("released"), f.value().as("value"),
                rowNumber().over(partitionBy(f.companyId(), key, f.concept(), f.statement(), f.periodEnd(), f.months(), f.document())
                        .orderBy(f.line())).as("nth"))
                .from(f.table())
                .asTable(alias + "n");
        return select(numbered.fields())
                .from(numbered)
                .where(numbered.field("nth", Integer.class).eq(1))
                .asTable(alias);
    }
}
