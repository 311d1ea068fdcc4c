package org.exhibit.store;

import static org.exhibit.store.schema.Tables.COMPANY;
import static org.exhibit.store.schema.Tables.DIAGNOSTIC;
import static org.exhibit.store.schema.Tables.DOCUMENT;
import static org.exhibit.store.schema.Tables.FACT;
import static org.exhibit.store.schema.Tables.LABEL_ALIAS;
import static org.exhibit.store.schema.Tables.LINE_ITEM;
import static org.exhibit.store.schema.Tables.PROSE_LINE;
import static org.exhibit.store.schema.Tables.STATEMENT_TABLE;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.exhibit.check.Finding;
import org.exhibit.check.Severity;
import org.exhibit.concept.Alias;
import org.exhibit.concept.AliasBook;
import org.exhibit.concept.Fact;
import org.exhibit.concept.FactBuilder;
import org.exhibit.concept.Resources;
import org.exhibit.parse.Diagnostic;
import org.exhibit.parse.Document;
import org.exhibit.parse.DocumentParser;
import org.exhibit.parse.ProseLine;
import org.exhibit.parse.Row;
import org.exhibit.parse.Table;
import org.exhibit.store.schema.tables.records.FactRecord;
import org.exhibit.store.schema.tables.records.ProseLineRecord;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Loads documents into the database, each in one transaction, skipping documents already loaded unchanged under the
 * same label mapping.
 */
public final class Importer {

    private final Database database;
    private final FactBuilder facts;
    private final String mapping;

    /** An importer that maps labels with the aliases currently in the database (bundled and the user's own). */
    public Importer(Database database) {
        this.database = database;
        List<Alias> aliases = aliases(database.dsl());
        this.facts = new FactBuilder(new AliasBook(aliases), Resources.concepts());
        this.mapping = fingerprint(aliases);
    }

    /** Reads and loads one file, named by its file name; a file that cannot be read is a failed result. */
    public ImportResult loadFile(java.nio.file.Path file) {
        return Documents.read(file)
                .map(bytes -> load(file.getFileName().toString(), bytes))
                .orElseGet(() -> ImportResult.failed(file.toString(), Documents.unreadable(file)));
    }

    /** Parses and loads one document; failures are returned as results, never thrown. */
    public ImportResult load(String name, byte[] content) {
        String sha = sha256(content);
        DSLContext dsl = database.dsl();
        try {
            Record3<Long, String, String> existing = dsl.select(DOCUMENT.ID, DOCUMENT.SHA256, DOCUMENT.MAPPING)
                    .from(DOCUMENT).where(DOCUMENT.NAME.eq(name)).fetchOne();
            if (existing != null && existing.value2().equals(sha) && existing.value3().equals(mapping)) {
                return new ImportResult(name, ImportResult.Outcome.UNCHANGED, null, 0, 0, 0, null, "");
            }
            Document document = DocumentParser.parse(name, content);
            List<Fact> documentFacts = facts.facts(document);
            String company = CompanyNames.display(document);
            String checked = dsl.transactionResult(tx -> {
                DSLContext t = tx.dsl();
                if (existing != null) {
                    t.deleteFrom(DOCUMENT).where(DOCUMENT.ID.eq(existing.value1())).execute();
                }
                long companyId = companyId(t, company, document);
                long documentId = t.insertInto(DOCUMENT)
                        .set(DOCUMENT.COMPANY_ID, companyId)
                        .set(DOCUMENT.NAME, name)
                        .set(DOCUMENT.SHA256, sha)
                        .set(DOCUMENT.MAPPING, mapping)
                        .set(DOCUMENT.BYTE_SIZE, (long) content.length)
                        .set(DOCUMENT.ACCESSION, document.filing().accession())
                        .set(DOCUMENT.FORM, document.filing().form())
                        .set(DOCUMENT.PERIOD_OF_REPORT, document.filing().periodOfReport())
                        .set(DOCUMENT.RELEASED, document.filing().released())
                        .set(DOCUMENT.IMPORTED_AT, LocalDateTime.now())
                        .returning(DOCUMENT.ID).fetchOne(DOCUMENT.ID);
                write(t, documentId, document, documentFacts);
                return check(t, companyId, name);
            });
            ImportResult.Outcome outcome = existing == null ? ImportResult.Outcome.IMPORTED : ImportResult.Outcome.REPLACED;
            return new ImportResult(name, outcome, company, document.tables().size(), documentFacts.size(),
                    document.diagnostics().size(), null, checked);
        } catch (DataAccessException e) {
            return ImportResult.failed(name, name + ": not imported, the database refused it: "
                    + Database.firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            return ImportResult.failed(name, name + ": not imported, it could not be read (" + e + ").");
        }
    }

    /**
     * Checks the documents of the company again now that one of them is new, and says what was found in that one; the
     * findings are committed with the document, so that a process killed in between cannot leave a document without
     * its findings. A failing check rolls back only its own nested transaction and is reported in the summary; it
     * never fails the import.
     */
    private static String check(DSLContext dsl, long companyId, String name) {
        try {
            Map<Severity, Long> counts = Checks.afterImport(dsl, companyId, name).stream()
                    .filter(f -> f.severity() != Severity.INFO)
                    .collect(Collectors.groupingBy(Finding::severity, () -> new EnumMap<>(Severity.class),
                            Collectors.counting()));
            return counts.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().code() + (e.getValue() == 1 ? "" : "s"))
                    .collect(Collectors.joining(", ", counts.isEmpty() ? "" : "check: ", ""));
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            String why = Database.firstLine(String.valueOf(cause.getMessage())).replaceAll(";? SQL statement:?$", "");
            return "not checked (" + why + ")";
        }
    }

    private static void write(DSLContext t, long documentId, Document document, List<Fact> documentFacts) {
        Map<Row, Long> lineItems = new IdentityHashMap<>();
        Map<Row, String> concepts = new IdentityHashMap<>();
        Map<Row, String> units = new IdentityHashMap<>();
        for (Fact fact : documentFacts) {
            concepts.put(fact.row(), fact.concept());
            units.merge(fact.row(), fact.unit(), (first, next) -> first.equals("pure") ? next : first);
        }
        int tableOrdinal = 0;
        for (Table table : document.tables()) {
            long tableId = t.insertInto(STATEMENT_TABLE)
                    .set(STATEMENT_TABLE.DOCUMENT_ID, documentId)
                    .set(STATEMENT_TABLE.ORDINAL, tableOrdinal++)
                    .set(STATEMENT_TABLE.EXHIBIT, table.exhibit())
                    .set(STATEMENT_TABLE.KIND, table.kind().code())
                    .set(STATEMENT_TABLE.TITLE, table.title())
                    .set(STATEMENT_TABLE.SCALE, table.scale().toString())
                    .set(STATEMENT_TABLE.LINE, table.line())
                    .returning(STATEMENT_TABLE.ID).fetchOne(STATEMENT_TABLE.ID);
            int rowOrdinal = 0;
            for (Row row : table.rows()) {
                if (!concepts.containsKey(row)) {
                    continue;
                }
                long id = t.insertInto(LINE_ITEM)
                        .set(LINE_ITEM.TABLE_ID, tableId)
                        .set(LINE_ITEM.ORDINAL, rowOrdinal++)
                        .set(LINE_ITEM.LABEL, row.label())
                        .set(LINE_ITEM.SECTION, row.section())
                        .set(LINE_ITEM.CONCEPT, concepts.get(row))
                        .set(LINE_ITEM.UNIT, units.get(row))
                        .set(LINE_ITEM.UNLABELED_TOTAL, row.unlabeledTotal())
                        .set(LINE_ITEM.RULE_ABOVE, row.ruleAbove())
                        .set(LINE_ITEM.LINE, row.line())
                        .returning(LINE_ITEM.ID).fetchOne(LINE_ITEM.ID);
                lineItems.put(row, id);
            }
        }
        List<FactRecord> records = new ArrayList<>(documentFacts.size());
        for (Fact fact : documentFacts) {
            FactRecord r = t.newRecord(FACT);
            r.setDocumentId(documentId);
            r.setLineItemId(lineItems.get(fact.row()));
            r.setColumnIndex(fact.column());
            r.setPeriodStart(fact.period().start());
            r.setPeriodEnd(fact.period().end());
            r.setMonths(fact.period().months());
            r.setAmount(fact.value());
            r.setPrintedAmount(fact.printedValue());
            r.setLine(fact.line());
            r.setRoundingUnit(fact.precision());
            r.setUnit(fact.unit());
            records.add(r);
        }
        t.batchInsert(records).execute();
        List<ProseLineRecord> prose = new ArrayList<>(document.prose().size());
        for (ProseLine line : document.prose()) {
            ProseLineRecord r = t.newRecord(PROSE_LINE);
            r.setDocumentId(documentId);
            r.setParagraph(line.paragraph());
            r.setLine(line.line());
            r.setText(line.text());
            prose.add(r);
        }
        t.batchInsert(prose).execute();
        for (Diagnostic d : document.diagnostics()) {
            t.insertInto(DIAGNOSTIC)
                    .set(DIAGNOSTIC.DOCUMENT_ID, documentId)
                    .set(DIAGNOSTIC.LINE, d.line())
                    .set(DIAGNOSTIC.MESSAGE, d.message())
                    .set(DIAGNOSTIC.SOURCE_TEXT, d.text())
                    .execute();
        }
    }

    /** The id of the document's company: by CIK, then ticker, then normalised name; created when new. */
    private static long companyId(DSLContext t, String name, Document document) {
        String cik = document.filing().cik();
        String ticker = document.filing().ticker();
        String key = CompanyNames.key(name);
        Long id = null;
        if (cik != null) {
            id = t.select(COMPANY.ID).from(COMPANY).where(COMPANY.CIK.eq(cik)).fetchOne(COMPANY.ID);
        }
        if (id == null && ticker != null) {
            id = t.select(COMPANY.ID).from(COMPANY).where(COMPANY.TICKER.eq(ticker)).fetchOne(COMPANY.ID);
        }
        if (id == null) {
            id = t.select(COMPANY.ID).from(COMPANY).where(COMPANY.NAME_KEY.eq(key)).fetchOne(COMPANY.ID);
        }
        if (id != null) {
            t.update(COMPANY)
                    .set(COMPANY.TICKER, DSL.coalesce(COMPANY.TICKER, DSL.val(ticker)))
                    .set(COMPANY.CIK, DSL.coalesce(COMPANY.CIK, DSL.val(cik)))
                    .where(COMPANY.ID.eq(id)).execute();
            return id;
        }
        return t.insertInto(COMPANY)
                .set(COMPANY.NAME, name)
                .set(COMPANY.NAME_KEY, key)
                .set(COMPANY.TICKER, ticker)
                .set(COMPANY.CIK, cik)
                .returning(COMPANY.ID).fetchOne(COMPANY.ID);
    }

    /** Bundled aliases first and the user's after them, so that the user's win. */
    private static List<Alias> aliases(DSLContext dsl) {
        return dsl.select(LABEL_ALIAS.LABEL, LABEL_ALIAS.CONCEPT, LABEL_ALIAS.STATEMENT).from(LABEL_ALIAS)
                .orderBy(DSL.when(LABEL_ALIAS.ORIGIN.eq("bundled"), 0).otherwise(1), LABEL_ALIAS.ID)
                .fetch(r -> new Alias(r.value1(), r.value2(), r.value3()));
    }

    /** A fingerprint of the label mapping, so that documents are mapped again after aliases change. */
    private static String fingerprint(List<Alias> aliases) {
        StringBuilder text = new StringBuilder();
        for (Alias alias : aliases) {
            text.append(alias.label()).append('\u0000').append(alias.concept()).append('\u0000').append(alias.statement())
                    .append('\n');
        }
        return sha256(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime.", e);
        }
    }
}
