package org.exhibit.query.saved;

import static org.exhibit.store.schema.Tables.COMPANY;
import static org.exhibit.store.schema.Tables.DOCUMENT;
import static org.exhibit.store.schema.Tables.FACT;
import static org.exhibit.store.schema.Tables.LINE_ITEM;
import static org.exhibit.store.schema.Tables.STATEMENT_TABLE;
import static org.jooq.impl.DSL.castNull;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.Result;
import org.jooq.Table;
import org.exhibit.store.LatestRule;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The facts as known at a point in time: like the {@code latest_facts} view, one row per company, concept (or label),
 * period end and months, chosen by the same rule ({@link LatestRule}); but counting only documents released on or
 * before {@code as_of} when one is given, so that a backtest never sees a later restatement.
 */
final class Known {

    private final Table<?> table;

    private Known(Table<?> table) {
        this.table = table;
    }

    /** Who and what to look at: null company for every company, empty concepts for every concept. */
    static Known facts(Company company, Collection<String> concepts, LocalDate asOf, String alias) {
        return facts(company, concepts, null, asOf, alias);
    }

    /** The facts of one kind of statement only (null for every kind), the latest of each among that kind's tables. */
    static Known facts(Company company, Collection<String> concepts, String statement, LocalDate asOf, String alias) {
        Table<?> ranked = ranked(company, concepts, statement, asOf).asTable("ranked");
        Table<?> latest = select(ranked.fields())
                .from(ranked)
                .where(ranked.field("recency", Integer.class).eq(1))
                .asTable(alias);
        return new Known(latest);
    }

    /**
     * One concept of one company as known at {@code asOf}, read once: the saved queries that derive periods join these
     * few rows to themselves several times, and H2 evaluates a derived table again for every row it is joined to.
     */
    static Snapshot snapshot(DSLContext dsl, Company company, String concept, LocalDate asOf) {
        Known k = facts(company, List.of(concept), asOf, "k");
        return new Snapshot(dsl.select(k.periodStart(), k.periodEnd(), k.months(), k.value(), k.unit())
                .from(k.table())
                .fetch());
    }

    /**
     * The rows of a {@link #snapshot}, to be joined under any number of aliases as a table of five arrays unnested
     * (bound as five parameters): H2 plans a VALUES table of the same rows as a derived query, which it parses again
     * for every index it considers when the table is joined to itself.
     */
    record Snapshot(Result<Record5<LocalDate, LocalDate, Integer, BigDecimal, String>> rows) {

        private static final String[] COLUMNS = {"period_start", "period_end", "months", "value", "unit"};

        /** The type of an array of values as the fact table stores them. */
        private static final org.jooq.DataType<BigDecimal[]> AMOUNTS = SQLDataType.DECIMAL(30, 8).getArrayDataType();

        /** The rows as a table named {@code alias}, with the columns of {@link Known}. */
        Known as(String alias) {
            if (rows.isEmpty()) {
                return new Known(select(castNull(LocalDate.class).as(COLUMNS[0]), castNull(LocalDate.class).as(COLUMNS[1]),
                        castNull(Integer.class).as(COLUMNS[2]), castNull(BigDecimal.class).as(COLUMNS[3]),
                        castNull(String.class).as(COLUMNS[4]))
                        .where(falseCondition())
                        .asTable(alias));
            }
            return new Known(DSL.table("unnest(cast({0} as date array), cast({1} as date array), cast({2} as integer array),"
                    + " cast({3} as numeric(30, 8) array), cast({4} as varchar array))",
                    val(rows.getValues(0, LocalDate.class).toArray(LocalDate[]::new)),
                    val(rows.getValues(1, LocalDate.class).toArray(LocalDate[]::new)),
                    val(rows.getValues(2, Integer.class).toArray(Integer[]::new)),
                    // Bound as decimals of the stored scale: a plain decimal array would be cast to scale 0 on its way in.
                    val(rows.getValues(3, BigDecimal.class).toArray(BigDecimal[]::new), AMOUNTS),
                    val(rows.getValues(4, String.class).toArray(String[]::new)))
                    .as(alias, COLUMNS));
        }
    }

    /** Every fact of every document released by {@code asOf}, not only the latest of each period: for restatements. */
    static Known every(Company company, LocalDate asOf, String alias) {
        return new Known(select(columns()).from(joined()).where(conditions(company, List.of(), null, asOf)).asTable(alias));
    }

    /** The facts with their recency: 1 for the latest of its kind by {@link LatestRule}, as in {@code latest_facts}. */
    private static org.jooq.Select<?> ranked(Company company, Collection<String> concepts, String statement, LocalDate asOf) {
        List<Field<?>> fields = new ArrayList<>(columns());
        fields.add(LatestRule.recency().as("recency"));
        return select(fields).from(joined()).where(conditions(company, concepts, statement, asOf));
    }

    /** The columns of a fact with its company, document, table and row. */
    private static List<Field<?>> columns() {
        return List.of(
                DOCUMENT.COMPANY_ID.as("company_id"), COMPANY.NAME.as("company"), COMPANY.TICKER.as("ticker"),
                DOCUMENT.NAME.as("document"), DOCUMENT.RELEASED.as("released"), STATEMENT_TABLE.KIND.as("statement"),
                LINE_ITEM.CONCEPT.as("concept"), LINE_ITEM.LABEL.as("label"), coalesce(FACT.UNIT, LINE_ITEM.UNIT).as("unit"),
                LINE_ITEM.ORDINAL.as("ordinal"), FACT.PERIOD_START.as("period_start"), FACT.PERIOD_END.as("period_end"),
                FACT.MONTHS.as("months"), FACT.FISCAL_YEAR.as("fiscal_year"), FACT.AMOUNT.as("value"),
                FACT.LINE.as("line"));
    }

    /** A fact joined to its row, table, document, company and the row's concept. */
    private static Table<?> joined() {
        return LatestRule.joined().join(COMPANY).on(COMPANY.ID.eq(DOCUMENT.COMPANY_ID));
    }

    /** Who and what to look at; see {@link #facts(Company, Collection, String, LocalDate, String)}. */
    private static Condition conditions(Company company, Collection<String> concepts, String statement, LocalDate asOf) {
        Condition where = noCondition();
        if (company != null) {
            where = where.and(DOCUMENT.COMPANY_ID.eq(company.id()));
        }
        if (!concepts.isEmpty()) {
            // For one company, the concepts are compared through coalesce, which no index serves: given the concepts as
            // parameters, H2 would otherwise start from the concept index, reading those rows of every company.
            Field<String> concept = company == null ? LINE_ITEM.CONCEPT : coalesce(LINE_ITEM.CONCEPT, inline(""));
            where = where.and(concept.in(concepts));
        }
        if (statement != null) {
            where = where.and(STATEMENT_TABLE.KIND.eq(statement));
        }
        if (asOf != null) {
            where = where.and(DOCUMENT.RELEASED.le(asOf));
        }
        return where;
    }

    /** The table to select from or join. */
    Table<?> table() {
        return table;
    }

    Field<Long> companyId() {
        return column("company_id", Long.class);
    }

    Field<String> company() {
        return column("company", String.class);
    }

    Field<String> ticker() {
        return column("ticker", String.class);
    }

    Field<String> document() {
        return column("document", String.class);
    }

    Field<LocalDate> released() {
        return column("released", LocalDate.class);
    }

    Field<String> statement() {
        return column("statement", String.class);
    }

    Field<String> concept() {
        return column("concept", String.class);
    }

    Field<String> label() {
        return column("label", String.class);
    }

    Field<String> unit() {
        return column("unit", String.class);
    }

    Field<Integer> ordinal() {
        return column("ordinal", Integer.class);
    }

    Field<LocalDate> periodStart() {
        return column("period_start", LocalDate.class);
    }

    Field<LocalDate> periodEnd() {
        return column("period_end", LocalDate.class);
    }

    Field<Integer> months() {
        return column("months", Integer.class);
    }

    Field<Integer> fiscalYear() {
        return column("fiscal_year", Integer.class);
    }

    Field<BigDecimal> value() {
        return column("value", BigDecimal.class);
    }

    Field<Integer> line() {
        return column("line", Integer.class);
    }

    /** Whether the row's unit adds up over time: money, not share counts, per-share amounts or ratios. */
    Condition additive() {
        return unit().notIn("shares", "pure").and(unit().notLike("%/share"));
    }

    private <T> Field<T> column(String column, Class<T> type) {
        return field(name(table.getName(), column), type);
    }
}
