package org.exhibit.store;

import static org.exhibit.store.schema.Tables.COMPANY;
import static org.exhibit.store.schema.Tables.DIAGNOSTIC;
import static org.exhibit.store.schema.Tables.DOCUMENT;
import static org.exhibit.store.schema.Tables.FACT;
import static org.exhibit.store.schema.Tables.FINDING;
import static org.exhibit.store.schema.Tables.LINE_ITEM;
import static org.exhibit.store.schema.Tables.PROSE_LINE;
import static org.exhibit.store.schema.Tables.STATEMENT_TABLE;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.exhibit.check.Finding;
import org.exhibit.concept.Fact;
import org.exhibit.parse.Diagnostic;
import org.exhibit.parse.Document;
import org.exhibit.parse.ProseLine;
import org.exhibit.parse.Row;
import org.exhibit.parse.Table;

/**
 * Writes parsed documents into the database through prepared JDBC statements reused from one document to the next,
 * each document's rows sent in batches: the one writer of an import.
 */
final class DocumentWriter implements AutoCloseable {

    /** What the database holds under a document's name. */
    record Existing(long id, long companyId, String sha256, String mapping) {
    }

    private final Connection connection;
    private final Engine engine;
    private final Map<String, PreparedStatement> statements = new java.util.HashMap<>();
    private final ColumnText columnText = new ColumnText();
    private long documentId;

    DocumentWriter(Connection connection) {
        this.connection = connection;
        this.engine = Engine.of(connection);
    }

    /** The stored document of that name, or null. */
    Existing existing(String name) throws SQLException {
        PreparedStatement s = statement("select id, company_id, sha256, mapping from document where name = ?");
        columnText.set(s, 1, name);
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? new Existing(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)) : null;
        }
    }

    /**
     * Removes a stored document with everything read from it, and marks its company as changed: the facts it held may
     * have been the latest of their kind, which another document's must replace.
     */
    void delete(Existing existing) throws SQLException {
        markChanged(existing.companyId());
        PreparedStatement latest = statement("delete from fact_latest where fact_id in (select id from fact where document_id = ?)");
        latest.setLong(1, existing.id());
        latest.executeUpdate();
        PreparedStatement s = statement("delete from document where id = ?");
        s.setLong(1, existing.id());
        s.executeUpdate();
    }

    /** Marks a company whose latest facts and checks across documents are to be done again once the import ends. */
    private void markChanged(long companyId) throws SQLException {
        PreparedStatement pending = statement(engine.upsert("setting", "name", "val"));
        columnText.set(pending, 1, Checks.pendingName(companyId));
        pending.setString(2, "yes");
        pending.executeUpdate();
    }

    /**
     * Writes one parsed document but for its findings (see {@link #writeFindings}) and returns its company's id; the
     * caller owns the transaction.
     */
    long write(ParsedDocument parsed, String mapping) throws SQLException {
        Document document = parsed.document();
        long companyId = companyId(parsed.company(), document);
        markChanged(companyId);
        PreparedStatement d = statement("insert into document (company_id, name, sha256, mapping, byte_size, accession,"
                + " form, period_of_report, released, imported_at, released_basis) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                true);
        d.setLong(1, companyId);
        columnText.set(d, 2, parsed.name());
        columnText.set(d, 3, parsed.sha256());
        columnText.set(d, 4, mapping);
        d.setLong(5, parsed.size());
        columnText.set(d, 6, document.filing().accession());
        columnText.set(d, 7, document.filing().form());
        setDate(d, 8, document.filing().periodOfReport());
        setDate(d, 9, document.filing().released());
        d.setObject(10, LocalDateTime.now());
        d.setString(11, document.filing().releasedBasis());
        d.executeUpdate();
        long documentId = generatedKeys(d, 1)[0];
        Map<Row, Long> lineItems = writeTables(documentId, document, parsed.facts());
        writeFacts(documentId, parsed.facts(), lineItems);
        writeProse(documentId, document.prose());
        writeDiagnostics(documentId, document.diagnostics());
        this.documentId = documentId;
        return companyId;
    }

    /** The facts of each row that has any, by the row's identity (two rows may print the same words and numbers). */
    static Map<Row, List<Fact>> factsByRow(List<Fact> facts) {
        Map<Row, List<Fact>> factsOfRow = new IdentityHashMap<>();
        for (Fact fact : facts) {
            factsOfRow.computeIfAbsent(fact.row(), r -> new ArrayList<>()).add(fact);
        }
        return factsOfRow;
    }

    /** The concept of a row: its last fact's. */
    static String rowConcept(List<Fact> rowFacts) {
        return rowFacts.get(rowFacts.size() - 1).concept();
    }

    /** The unit of a row: the first of its facts' units that is not "pure", else "pure". */
    static String rowUnit(List<Fact> rowFacts) {
        String unit = rowFacts.get(0).unit();
        for (Fact fact : rowFacts) {
            if (unit.equals("pure")) {
                unit = fact.unit();
            }
        }
        return unit;
    }

    private Map<Row, Long> writeTables(long documentId, Document document, List<Fact> facts) throws SQLException {
        Map<Row, List<Fact>> factsOfRow = factsByRow(facts);
        PreparedStatement t = statement("insert into statement_table (document_id, ordinal, exhibit, kind, title, scale,"
                + " line, scope) values (?, ?, ?, ?, ?, ?, ?, ?)", true);
        int ordinal = 0;
        for (Table table : document.tables()) {
            t.setLong(1, documentId);
            t.setInt(2, ordinal++);
            columnText.set(t, 3, table.exhibit());
            columnText.set(t, 4, table.kind().code());
            columnText.set(t, 5, table.title());
            columnText.set(t, 6, table.scale().toString());
            t.setInt(7, table.line());
            t.setString(8, table.scope().code());
            t.addBatch();
        }
        long[] tableIds = executeBatch(t, document.tables().size());
        PreparedStatement li = statement("insert into line_item (table_id, ordinal, label, section, concept, unit,"
                + " unlabeled_total, rule_above, line) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", true);
        List<Row> written = new ArrayList<>();
        for (int i = 0; i < tableIds.length; i++) {
            int rowOrdinal = 0;
            for (Row row : document.tables().get(i).rows()) {
                List<Fact> rowFacts = factsOfRow.get(row);
                if (rowFacts == null) {
                    continue;
                }
                li.setLong(1, tableIds[i]);
                li.setInt(2, rowOrdinal++);
                columnText.set(li, 3, row.label());
                columnText.set(li, 4, row.section());
                columnText.set(li, 5, rowConcept(rowFacts));
                columnText.set(li, 6, rowUnit(rowFacts));
                li.setBoolean(7, row.unlabeledTotal());
                li.setBoolean(8, row.ruleAbove());
                li.setInt(9, row.line());
                li.addBatch();
                written.add(row);
            }
        }
        long[] ids = executeBatch(li, written.size());
        Map<Row, Long> lineItems = new IdentityHashMap<>();
        for (int i = 0; i < ids.length; i++) {
            lineItems.put(written.get(i), ids[i]);
        }
        return lineItems;
    }

    private void writeFacts(long documentId, List<Fact> facts, Map<Row, Long> lineItems) throws SQLException {
        PreparedStatement f = statement("insert into fact (document_id, line_item_id, column_index, period_start,"
                + " period_end, months, amount, printed_amount, line, rounding_unit, unit)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (Fact fact : facts) {
            f.setLong(1, documentId);
            f.setLong(2, lineItems.get(fact.row()));
            f.setInt(3, fact.column());
            setDate(f, 4, fact.period().start());
            setDate(f, 5, fact.period().end());
            f.setInt(6, fact.period().months());
            f.setBigDecimal(7, fact.value());
            f.setBigDecimal(8, fact.printedValue());
            f.setInt(9, fact.line());
            setDecimal(f, 10, fact.precision());
            columnText.set(f, 11, fact.unit());
            f.addBatch();
        }
        executeBatch(f, 0);
    }

    private void writeProse(long documentId, List<ProseLine> prose) throws SQLException {
        PreparedStatement p = statement("insert into prose_line (document_id, paragraph, line, text) values (?, ?, ?, ?)");
        for (ProseLine line : prose) {
            p.setLong(1, documentId);
            p.setInt(2, line.paragraph());
            p.setInt(3, line.line());
            columnText.set(p, 4, line.text());
            p.addBatch();
        }
        executeBatch(p, 0);
    }

    private void writeDiagnostics(long documentId, List<Diagnostic> diagnostics) throws SQLException {
        PreparedStatement p = statement("insert into diagnostic (document_id, line, message, source_text) values (?, ?, ?, ?)");
        for (Diagnostic d : diagnostics) {
            p.setLong(1, documentId);
            p.setInt(2, d.line());
            columnText.set(p, 3, d.message());
            columnText.set(p, 4, d.text());
            p.addBatch();
        }
        executeBatch(p, 0);
    }

    /** Writes what the checks found in the document written last. */
    void writeFindings(List<Finding> findings) throws SQLException {
        PreparedStatement p = statement("insert into finding (document_id, rule, severity, concept, period_end, months,"
                + " expected, actual, relative_difference, message, line) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (Finding finding : findings) {
            p.setLong(1, documentId);
            columnText.set(p, 2, finding.rule());
            columnText.set(p, 3, finding.severity().code());
            columnText.set(p, 4, finding.concept());
            setDate(p, 5, finding.periodEnd());
            p.setObject(6, finding.months(), Types.INTEGER);
            setDecimal(p, 7, finding.expected());
            setDecimal(p, 8, finding.actual());
            setDecimal(p, 9, finding.difference());
            columnText.set(p, 10, finding.message());
            p.setObject(11, finding.line(), Types.INTEGER);
            p.addBatch();
        }
        executeBatch(p, 0);
    }

    /** The id of the document's company: by CIK, then ticker, then normalised name; created when new. */
    private long companyId(String name, Document document) throws SQLException {
        String cik = document.filing().cik();
        String ticker = document.filing().ticker();
        Long id = cik == null ? null : id("select id from company where cik = ?", cik);
        if (id == null && ticker != null) {
            id = id("select id from company where ticker = ?", ticker);
        }
        if (id == null) {
            id = id("select id from company where name_key = ?", CompanyNames.key(name));
        }
        if (id != null) {
            PreparedStatement u = statement("update company set ticker = coalesce(ticker, ?), cik = coalesce(cik, ?)"
                    + " where id = ?");
            columnText.set(u, 1, ticker);
            columnText.set(u, 2, cik);
            u.setLong(3, id);
            u.executeUpdate();
            return id;
        }
        PreparedStatement c = statement("insert into company (name, name_key, ticker, cik) values (?, ?, ?, ?)", true);
        columnText.set(c, 1, name);
        columnText.set(c, 2, CompanyNames.key(name));
        columnText.set(c, 3, ticker);
        columnText.set(c, 4, cik);
        c.executeUpdate();
        return generatedKeys(c, 1)[0];
    }

    private Long id(String sql, String value) throws SQLException {
        PreparedStatement s = statement(sql);
        columnText.set(s, 1, value);
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private PreparedStatement statement(String sql) throws SQLException {
        return statement(sql, false);
    }

    private PreparedStatement statement(String sql, boolean returningId) throws SQLException {
        PreparedStatement s = statements.get(sql);
        if (s == null) {
            s = returningId ? connection.prepareStatement(sql, new String[] {engine.stored("id")}) : connection.prepareStatement(sql);
            columnText.prepared(s, sql);
            statements.put(sql, s);
        }
        return s;
    }

    /** Runs a batch and returns the ids it generated ({@code expected} of them; none when 0). */
    private static long[] executeBatch(PreparedStatement s, int expected) throws SQLException {
        s.executeBatch();
        return expected == 0 ? new long[0] : generatedKeys(s, expected);
    }

    private static long[] generatedKeys(PreparedStatement s, int expected) throws SQLException {
        long[] ids = new long[expected];
        int i = 0;
        try (ResultSet keys = s.getGeneratedKeys()) {
            while (keys.next() && i < expected) {
                ids[i++] = keys.getLong(1);
            }
        }
        if (i != expected) {
            throw new SQLException("the database gave " + i + " generated ids for " + expected + " rows");
        }
        return ids;
    }

    private static void setDecimal(PreparedStatement s, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DECIMAL);
        } else {
            s.setBigDecimal(index, value);
        }
    }

    private static void setDate(PreparedStatement s, int index, LocalDate date) throws SQLException {
        if (date == null) {
            s.setNull(index, Types.DATE);
        } else {
            s.setObject(index, date);
        }
    }

    @Override
    public void close() {
        for (Statement s : statements.values()) {
            try {
                s.close();
            } catch (SQLException ignored) {
                // Closing a prepared statement only frees memory; the connection stays usable.
            }
        }
        statements.clear();
    }
}
