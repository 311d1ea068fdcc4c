package org.exhibit.store;

import static org.exhibit.store.schema.Tables.COMPANY;
import static org.exhibit.store.schema.Tables.CONCEPT;
import static org.exhibit.store.schema.Tables.DOCUMENT;
import static org.exhibit.store.schema.Tables.FACT;
import static org.exhibit.store.schema.Tables.FINDING;
import static org.exhibit.store.schema.Tables.LINE_ITEM;
import static org.exhibit.store.schema.Tables.PROSE_LINE;
import static org.exhibit.store.schema.Tables.SETTING;
import static org.exhibit.store.schema.Tables.STATEMENT_TABLE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exhibit.check.Checker;
import org.exhibit.check.DocumentFacts;
import org.exhibit.check.Figure;
import org.exhibit.check.Finding;
import org.exhibit.check.LineItem;
import org.exhibit.check.TableFacts;
import org.exhibit.parse.ProseLine;
import org.exhibit.store.schema.tables.records.FindingRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Runs the checks over the stored facts of a company, or of every company, and keeps their findings. */
public final class Checks {

    private static final String PENDING = "checks-across-documents-pending:";

    private Checks() {
    }

    /**
     * Checks the documents of a company against each other again (restatements, year-to-date sums, retained earnings)
     * after an import, in one transaction, replacing what those rules found before; returns what they found now.
     */
    public static List<Finding> acrossDocuments(DSLContext dsl, long companyId) {
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            CompanyFacts.lock(t, companyId);
            Map<String, Long> ids = ids(t, companyId);
            List<Finding> findings = Checker.company(load(t, DOCUMENT.COMPANY_ID.eq(companyId)
                    .and(LINE_ITEM.CONCEPT.isNotNull()).and(STATEMENT_TABLE.KIND.in(Checker.COMPANY_STATEMENTS)), false));
            t.deleteFrom(FINDING).where(FINDING.DOCUMENT_ID.in(ids.values()).and(FINDING.RULE.in(Checker.COMPANY_RULES)))
                    .execute();
            store(t, findings, ids);
            t.deleteFrom(SETTING).where(SETTING.NAME.eq(pendingName(companyId))).execute();
            return findings;
        });
    }

    /**
     * The setting that marks a company whose documents changed since they were last checked against each other and its
     * latest facts ranked: written with each document written or removed, removed with the findings of those checks
     * (after the ranking), so that an import killed in between leaves the mark for the next import to finish the work.
     */
    static String pendingName(long companyId) {
        return PENDING + companyId;
    }

    /** The ids and names of the companies marked as waiting for their checks across documents. */
    static Map<Long, String> pending(DSLContext dsl) {
        Map<Long, String> companies = new LinkedHashMap<>();
        for (Record r : dsl.select(COMPANY.ID, COMPANY.NAME).from(SETTING).join(COMPANY)
                .on(SETTING.NAME.eq(DSL.concat(DSL.inline(PENDING), COMPANY.ID.cast(String.class))))
                .orderBy(COMPANY.ID).fetch()) {
            companies.put(r.get(COMPANY.ID), r.get(COMPANY.NAME));
        }
        return companies;
    }

    /**
     * Checks every document again, company by company, in one transaction, after ranking every company's latest facts
     * and deriving its fiscal year end again; returns every finding stored.
     */
    public static List<Finding> recheckAll(DSLContext dsl) {
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            CompanyFacts.refreshAll(t);
            List<Finding> findings = new ArrayList<>();
            for (Long company : t.selectDistinct(DOCUMENT.COMPANY_ID).from(DOCUMENT).fetch(DOCUMENT.COMPANY_ID)) {
                Map<String, Long> ids = ids(t, company);
                List<DocumentFacts> documents = load(t, DOCUMENT.COMPANY_ID.eq(company), true);
                List<Finding> found = new ArrayList<>();
                for (DocumentFacts document : documents) {
                    found.addAll(Checker.document(document));
                }
                found.addAll(Checker.company(documents));
                t.deleteFrom(FINDING).where(FINDING.DOCUMENT_ID.in(ids.values())).execute();
                store(t, found, ids);
                findings.addAll(found);
            }
            t.deleteFrom(SETTING).where(SETTING.NAME.startsWith(PENDING)).execute();
            return findings;
        });
    }

    /** The ids of a company's documents by name. */
    private static Map<String, Long> ids(DSLContext t, long companyId) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Record r : t.select(DOCUMENT.ID, DOCUMENT.NAME).from(DOCUMENT).where(DOCUMENT.COMPANY_ID.eq(companyId)).fetch()) {
            ids.put(r.get(DOCUMENT.NAME), r.get(DOCUMENT.ID));
        }
        return ids;
    }

    private static void store(DSLContext t, List<Finding> findings, Map<String, Long> ids) {
        List<FindingRecord> records = new ArrayList<>();
        for (Finding finding : findings) {
            FindingRecord r = t.newRecord(FINDING);
            r.setDocumentId(ids.get(finding.document()));
            r.setRule(finding.rule());
            r.setSeverity(finding.severity().code());
            r.setConcept(finding.concept());
            r.setPeriodEnd(finding.periodEnd());
            r.setMonths(finding.months());
            r.setExpected(finding.expected());
            r.setActual(finding.actual());
            r.setRelativeDifference(finding.difference());
            r.setMessage(ColumnText.fit(finding.message(), FINDING.MESSAGE.getDataType().length()));
            r.setLine(finding.line());
            records.add(r);
        }
        t.batchInsert(records).execute();
    }


    /**
     * The documents, tables, rows and facts matching {@code condition}, in the order they were imported, with their
     * prose when {@code withProse}.
     */
    private static List<DocumentFacts> load(DSLContext t, Condition condition, boolean withProse) {
        var rows = t.select(DOCUMENT.ID, DOCUMENT.NAME, DOCUMENT.RELEASED, STATEMENT_TABLE.ID, STATEMENT_TABLE.KIND,
                        STATEMENT_TABLE.SCOPE, STATEMENT_TABLE.TITLE, STATEMENT_TABLE.LINE, LINE_ITEM.ID, LINE_ITEM.LABEL, LINE_ITEM.SECTION,
                        LINE_ITEM.CONCEPT, CONCEPT.DEDUCTION, LINE_ITEM.UNIT, LINE_ITEM.RULE_ABOVE, LINE_ITEM.UNLABELED_TOTAL,
                        LINE_ITEM.LINE, FACT.COLUMN_INDEX, FACT.PERIOD_START, FACT.PERIOD_END, FACT.MONTHS, FACT.AMOUNT,
                        FACT.PRINTED_AMOUNT, FACT.ROUNDING_UNIT, FACT.UNIT, FACT.LINE)
                .from(DOCUMENT)
                .join(STATEMENT_TABLE).on(STATEMENT_TABLE.DOCUMENT_ID.eq(DOCUMENT.ID))
                .join(LINE_ITEM).on(LINE_ITEM.TABLE_ID.eq(STATEMENT_TABLE.ID))
                .join(FACT).on(FACT.LINE_ITEM_ID.eq(LINE_ITEM.ID))
                .leftJoin(CONCEPT).on(CONCEPT.NAME.eq(LINE_ITEM.CONCEPT))
                .where(condition)
                .orderBy(DOCUMENT.ID, STATEMENT_TABLE.ORDINAL, LINE_ITEM.ORDINAL,
                        FACT.COLUMN_INDEX)
                .fetch();
        Map<Long, DocumentBuilder> documents = new LinkedHashMap<>();
        for (Record r : rows) {
            DocumentBuilder document = documents.computeIfAbsent(r.get(DOCUMENT.ID),
                    id -> new DocumentBuilder(r.get(DOCUMENT.NAME), r));
            document.add(r);
        }
        Map<Long, List<ProseLine>> prose = new LinkedHashMap<>();
        if (withProse) {
            t.select(PROSE_LINE.DOCUMENT_ID, PROSE_LINE.PARAGRAPH, PROSE_LINE.LINE, PROSE_LINE.TEXT).from(PROSE_LINE)
                    .where(PROSE_LINE.DOCUMENT_ID.in(documents.keySet())).orderBy(PROSE_LINE.ID)
                    .forEach(r -> prose.computeIfAbsent(r.value1(), d -> new ArrayList<>())
                            .add(new ProseLine(r.value2(), r.value3(), r.value4())));
        }
        List<DocumentFacts> loaded = new ArrayList<>();
        for (Map.Entry<Long, DocumentBuilder> entry : documents.entrySet()) {
            loaded.add(entry.getValue().build(prose.getOrDefault(entry.getKey(), List.of())));
        }
        return loaded;
    }

    /** Gathers the rows of one document's query result into its tables, line items and figures. */
    private static final class DocumentBuilder {
        private final String name;
        private final java.time.LocalDate released;
        private final Map<Long, Record> tables = new LinkedHashMap<>();
        private final Map<Long, Long> tableOfItem = new LinkedHashMap<>();
        private final Map<Long, Record> items = new LinkedHashMap<>();
        private final Map<Long, List<Figure>> figures = new LinkedHashMap<>();

        DocumentBuilder(String name, Record first) {
            this.name = name;
            this.released = first.get(DOCUMENT.RELEASED);
        }

        void add(Record r) {
            tables.putIfAbsent(r.get(STATEMENT_TABLE.ID), r);
            Long item = r.get(LINE_ITEM.ID);
            items.putIfAbsent(item, r);
            tableOfItem.putIfAbsent(item, r.get(STATEMENT_TABLE.ID));
            BigDecimal printed = r.get(FACT.PRINTED_AMOUNT);
            BigDecimal unit = r.get(FACT.ROUNDING_UNIT);
            figures.computeIfAbsent(item, i -> new ArrayList<>()).add(new Figure(r.get(FACT.COLUMN_INDEX),
                    r.get(FACT.PERIOD_START), r.get(FACT.PERIOD_END), r.get(FACT.MONTHS), r.get(FACT.AMOUNT).stripTrailingZeros(),
                    printed.stripTrailingZeros(), unit != null ? unit.stripTrailingZeros() : guessedUnit(printed),
                    r.get(FACT.UNIT) != null ? r.get(FACT.UNIT) : r.get(LINE_ITEM.UNIT), r.get(FACT.LINE)));
        }

        DocumentFacts build(List<ProseLine> prose) {
            Map<Long, List<LineItem>> itemsOfTable = new LinkedHashMap<>();
            for (Map.Entry<Long, Record> entry : items.entrySet()) {
                Record r = entry.getValue();
                LineItem item = new LineItem(r.get(LINE_ITEM.LABEL), r.get(LINE_ITEM.SECTION), r.get(LINE_ITEM.CONCEPT),
                        Boolean.TRUE.equals(r.get(CONCEPT.DEDUCTION)), r.get(LINE_ITEM.UNIT), r.get(LINE_ITEM.RULE_ABOVE),
                        r.get(LINE_ITEM.UNLABELED_TOTAL), r.get(LINE_ITEM.LINE), List.copyOf(figures.get(entry.getKey())));
                itemsOfTable.computeIfAbsent(tableOfItem.get(entry.getKey()), t -> new ArrayList<>()).add(item);
            }
            List<TableFacts> built = new ArrayList<>();
            for (Map.Entry<Long, Record> entry : tables.entrySet()) {
                Record r = entry.getValue();
                built.add(new TableFacts(r.get(STATEMENT_TABLE.KIND), r.get(STATEMENT_TABLE.SCOPE), r.get(STATEMENT_TABLE.TITLE), r.get(STATEMENT_TABLE.LINE),
                        List.copyOf(itemsOfTable.get(entry.getKey()))));
            }
            return new DocumentFacts(name, released, List.copyOf(built), List.copyOf(prose));
        }
    }

    /**
     * The rounding unit of a fact stored before facts recorded theirs: the largest power of ten, up to a million, that
     * divides the number (never smaller than the true unit, so the checks stay lenient).
     */
    static BigDecimal guessedUnit(BigDecimal printed) {
        BigDecimal unit = BigDecimal.ONE;
        BigDecimal stripped = printed.stripTrailingZeros();
        if (stripped.signum() == 0) {
            return unit;
        }
        if (stripped.scale() > 0) {
            return BigDecimal.ONE.movePointLeft(stripped.scale());
        }
        return BigDecimal.ONE.movePointRight(Math.min(6, -stripped.scale()));
    }
}
