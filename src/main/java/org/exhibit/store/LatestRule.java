package org.exhibit.store;

import static org.exhibit.store.schema.Tables.CONCEPT;
import static org.exhibit.store.schema.Tables.DOCUMENT;
import static org.exhibit.store.schema.Tables.FACT;
import static org.exhibit.store.schema.Tables.LINE_ITEM;
import static org.exhibit.store.schema.Tables.STATEMENT_TABLE;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.when;

import java.util.List;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.Table;

/**
 * The one definition of "latest", used by the {@code latest_facts} view (through {@link LatestFacts}) and by every
 * saved query: among the facts of one company, concept (or label, for rows without a concept), period end and months,
 * <ol>
 *   <li>a fact that stands for the whole company before one from a parent-only, pro forma or segment table, which is
 *       taken only when nothing else gives that period ({@link #standsForCompany});</li>
 *   <li>then the fact from the most recently released document (restatements win), the one imported last among
 *       documents released the same day;</li>
 *   <li>within a document, the fact from the best kind of table: a consolidated primary statement, then an EX-27
 *       financial data schedule, then selected data and highlights, then notes and other tables
 *       ({@link #tableRank}); then the concept's own statement (revenue from the income statement before the cash
 *       flow statement's), then the first line that prints it.</li>
 * </ol>
 * So a later 10-K that prints an earlier year again, restated or only rounded to millions in its selected data,
 * gives that year's value: the company's latest word on it.
 */
public final class LatestRule {

    private LatestRule() {
    }

    /** The rank of a fact's table within its document by what it covers ({@code scope}), lower first. */
    static Field<Integer> tableRank() {
        Field<String> scope = STATEMENT_TABLE.SCOPE;
        return when(scope.eq("consolidated"), inline(0))
                .when(STATEMENT_TABLE.KIND.eq("fds"), inline(1))
                .when(scope.eq("selected"), inline(2))
                .when(scope.eq("other"), inline(3))
                .when(scope.eq("parent"), inline(4))
                .when(scope.eq("pro_forma"), inline(5))
                .otherwise(inline(6));
    }

    /**
     * What makes two facts the same fact in different documents or tables: company, concept (else label, for rows
     * without a concept: a row labelled "Revenues" that no alias maps is not the concept Revenues), period.
     */
    public static List<Field<?>> kind() {
        return List.of(DOCUMENT.COMPANY_ID, LINE_ITEM.CONCEPT, when(LINE_ITEM.CONCEPT.isNull(), LINE_ITEM.LABEL),
                FACT.PERIOD_END, FACT.MONTHS);
    }

    /** 0 for a table that stands for the whole company, 1 for a parent-only, pro forma or segment table. */
    static Field<Integer> standsForCompany() {
        return when(STATEMENT_TABLE.SCOPE.in("parent", "pro_forma", "segment"), inline(1)).otherwise(inline(0));
    }

    /** The order in which the facts of one kind are preferred, the latest first. */
    public static List<SortField<?>> order() {
        return List.of(standsForCompany().asc(), DOCUMENT.RELEASED.desc().nullsLast(), DOCUMENT.ID.desc(),
                tableRank().asc(),
                when(STATEMENT_TABLE.KIND.eq(CONCEPT.STATEMENT), inline(0)).otherwise(inline(1)).asc(), FACT.LINE.asc(),
                FACT.ID.asc());
    }

    /** 1 for the latest fact of its kind, 2 for the next ...; over the rows of {@link #joined}. */
    public static Field<Integer> recency() {
        return rowNumber().over().partitionBy(kind()).orderBy(order());
    }

    /** A fact with what the rule reads: its row, table, document and the row's concept. */
    public static Table<?> joined() {
        return FACT
                .join(LINE_ITEM).on(LINE_ITEM.ID.eq(FACT.LINE_ITEM_ID))
                .join(STATEMENT_TABLE).on(STATEMENT_TABLE.ID.eq(LINE_ITEM.TABLE_ID))
                .join(DOCUMENT).on(DOCUMENT.ID.eq(FACT.DOCUMENT_ID))
                .leftJoin(CONCEPT).on(CONCEPT.NAME.eq(LINE_ITEM.CONCEPT));
    }
}
