package org.exhibit.store;

import static org.exhibit.store.schema.Tables.COMPANY;
import static org.exhibit.store.schema.Tables.DOCUMENT;
import static org.exhibit.store.schema.Tables.FACT;
import static org.exhibit.store.schema.Tables.FACT_LATEST;
import static org.exhibit.store.schema.Tables.SETTING;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.select;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record3;

/**
 * Takes documents out of the database, all or nothing, in one transaction: their facts, tables, diagnostics, prose and
 * findings with them; the latest facts, fiscal year end and checks across documents of each company they belonged to
 * derived again from what is left; a company left without documents goes too.
 */
public final class Removal {

    /**
     * What a removal took out.
     *
     * @param documents the documents' names
     * @param facts how many facts they held
     * @param companies the companies left without documents, removed with them
     */
    public record Removed(List<String> documents, long facts, List<String> companies) {

        /** One sentence for the user: "removed 2 documents (1,234 facts) and the company X". */
        public String summary() {
            String text = "removed " + documents.size() + (documents.size() == 1 ? " document" : " documents") + " ("
                    + String.format(java.util.Locale.ROOT, "%,d", facts) + (facts == 1 ? " fact" : " facts") + "): "
                    + String.join(", ", documents);
            if (!companies.isEmpty()) {
                text += "; and " + (companies.size() == 1 ? "the company " : "the companies ") + String.join(", ", companies)
                        + ", left without documents";
            }
            return text + ".";
        }
    }

    private Removal() {
    }

    /**
     * Removes the documents named (each the name {@code import} gave it, as the {@code document} column shows it); when
     * any name is not a stored document, removes nothing and says which.
     */
    public static Removed documents(Database database, List<String> names) throws StoreException {
        Map<String, Long> found = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String name : new LinkedHashSet<>(names)) {
            Long id = database.dsl().select(DOCUMENT.ID).from(DOCUMENT).where(DOCUMENT.NAME.eq(name)).fetchOne(DOCUMENT.ID);
            if (id == null) {
                missing.add(name);
            } else {
                found.put(name, id);
            }
        }
        if (!missing.isEmpty()) {
            throw new StoreException("Nothing was removed: " + (missing.size() == 1 ? "no document is named '" : "no documents are named '")
                    + String.join("', '", missing) + "' (select distinct document from facts lists them).", null);
        }
        return remove(database, found.values());
    }

    /** Removes every document of one company, and the company. */
    public static Removed company(Database database, long companyId) {
        return remove(database, database.dsl().select(DOCUMENT.ID).from(DOCUMENT).where(DOCUMENT.COMPANY_ID.eq(companyId))
                .orderBy(DOCUMENT.NAME).fetch(DOCUMENT.ID));
    }

    private static Removed remove(Database database, java.util.Collection<Long> ids) {
        return database.dsl().transactionResult(tx -> {
            DSLContext t = tx.dsl();
            List<String> names = new ArrayList<>();
            Set<Long> companies = new LinkedHashSet<>();
            for (Record3<Long, String, Long> d : t.select(DOCUMENT.ID, DOCUMENT.NAME, DOCUMENT.COMPANY_ID).from(DOCUMENT)
                    .where(DOCUMENT.ID.in(ids)).orderBy(DOCUMENT.NAME).fetch()) {
                names.add(d.value2());
                companies.add(d.value3());
            }
            long facts = t.select(count()).from(FACT).where(FACT.DOCUMENT_ID.in(ids)).fetchOne(0, Long.class);
            t.deleteFrom(FACT_LATEST).where(FACT_LATEST.FACT_ID.in(select(FACT.ID).from(FACT).where(FACT.DOCUMENT_ID.in(ids))))
                    .execute();
            t.deleteFrom(DOCUMENT).where(DOCUMENT.ID.in(ids)).execute();
            List<String> gone = new ArrayList<>();
            for (long company : companies) {
                if (t.fetchExists(DOCUMENT, DOCUMENT.COMPANY_ID.eq(company))) {
                    CompanyFacts.refresh(t, company);
                    Checks.acrossDocuments(t, company);
                } else {
                    gone.add(t.select(COMPANY.NAME).from(COMPANY).where(COMPANY.ID.eq(company)).fetchOne(COMPANY.NAME));
                    t.deleteFrom(FACT_LATEST).where(FACT_LATEST.COMPANY_ID.eq(company)).execute();
                    t.deleteFrom(SETTING).where(SETTING.NAME.eq(Checks.pendingName(company))).execute();
                    t.deleteFrom(COMPANY).where(COMPANY.ID.eq(company)).execute();
                }
            }
            return new Removed(List.copyOf(names), facts, List.copyOf(gone));
        });
    }
}
