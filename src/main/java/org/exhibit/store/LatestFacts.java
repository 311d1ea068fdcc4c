package org.exhibit.store;

import static org.exhibit.store.schema.Tables.DOCUMENT;
import static org.exhibit.store.schema.Tables.FACT;
import static org.exhibit.store.schema.Tables.FACT_LATEST;
import static org.exhibit.store.schema.Tables.LINE_ITEM;
import static org.jooq.impl.DSL.select;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Keeps the table behind the {@code latest_facts} view: the latest fact of each kind, by {@link LatestRule}. */
public final class LatestFacts {

    private LatestFacts() {
    }

    /** Ranks one company's facts again, replacing what the table held for it; the caller owns the transaction. */
    static void refresh(DSLContext t, long companyId) {
        t.deleteFrom(FACT_LATEST).where(FACT_LATEST.COMPANY_ID.eq(companyId)).execute();
        insertLatest(t, DOCUMENT.COMPANY_ID.eq(companyId));
    }

    /** Ranks every company's facts again, replacing the whole table; the caller owns the transaction. */
    static void refreshAll(DSLContext t) {
        t.deleteFrom(FACT_LATEST).execute();
        insertLatest(t, DSL.noCondition());
    }

    private static void insertLatest(DSLContext t, Condition companies) {
        Field<Integer> recency = LatestRule.recency().as("recency");
        Table<?> ranked = select(FACT.ID, DOCUMENT.COMPANY_ID, LINE_ITEM.CONCEPT, recency)
                .from(LatestRule.joined())
                .where(companies)
                .asTable("ranked");
        t.insertInto(FACT_LATEST, FACT_LATEST.FACT_ID, FACT_LATEST.COMPANY_ID, FACT_LATEST.CONCEPT)
                .select(select(ranked.field(FACT.ID), ranked.field(DOCUMENT.COMPANY_ID), ranked.field(LINE_ITEM.CONCEPT))
                        .from(ranked)
                        .where(ranked.field(recency).eq(1)))
                .execute();
    }
}
