package org.exhibit.store;

import static org.exhibit.store.schema.Tables.CONCEPT;
import static org.exhibit.store.schema.Tables.DOCUMENT;
import static org.exhibit.store.schema.Tables.LABEL_ALIAS;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.exhibit.check.Checker;
import org.exhibit.check.Finding;
import org.exhibit.check.Severity;
import org.exhibit.concept.Alias;
import org.exhibit.concept.AliasBook;
import org.exhibit.concept.ColumnConcept;
import org.exhibit.concept.Fact;
import org.exhibit.concept.FactBuilder;
import org.exhibit.concept.Reading;
import org.exhibit.concept.NetTotal;
import org.exhibit.concept.Resources;
import org.exhibit.parse.Document;
import org.exhibit.parse.DocumentParser;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Loads documents into the database: parsed and checked in parallel, written by one writer in batched transactions in
 * which each document is all or nothing, unchanged documents skipped; then the documents of each company touched are
 * checked against each other.
 */
public final class Importer {

    /**
     * A transaction is committed once it holds this many facts, or once it is a second old when the writer would
     * otherwise wait: each commit is written to the file at once (crash safety), and H2 leaves the space of the pages
     * a commit replaces unused for a while, so that fewer, larger commits keep the file small.
     */
    private static final int FACTS_PER_TRANSACTION = 20_000;
    private static final long COMMIT_AFTER_NANOS = 1_000_000_000L;

    /** How often a document that met another importer's writes is tried again (about 15 s of waiting in all). */
    private static final int CONFLICT_ATTEMPTS = 20;

    private final Database database;
    private final FactBuilder facts;
    private final String mapping;
    private final Set<String> deductions;
    private final int threads;
    private boolean databaseClosed;
    private DocumentClaims claims;

    /** H2's error code for a statement on a database that an earlier error closed. */
    private static final int DATABASE_CLOSED = 90098;

    /** An importer that parses on every processor and maps labels with the database's aliases (bundled and users'). */
    public Importer(Database database) {
        this(database, Runtime.getRuntime().availableProcessors());
    }

    /** An importer that parses on {@code threads} threads. */
    public Importer(Database database, int threads) {
        this.database = database;
        List<Alias> aliases = aliases(database.dsl());
        List<NetTotal> netTotals = Resources.netTotals();
        List<ColumnConcept> columnConcepts = Resources.columnConcepts();
        this.facts = new FactBuilder(new AliasBook(aliases), Resources.concepts(), netTotals, columnConcepts);
        this.mapping = fingerprint(DocumentParser.reading(), aliases, netTotals, columnConcepts);
        this.deductions = Set.copyOf(database.dsl().select(CONCEPT.NAME).from(CONCEPT).where(CONCEPT.DEDUCTION)
                .fetch(CONCEPT.NAME));
        this.threads = Math.max(1, threads);
    }

    /**
     * The fact builder an import into {@code database} maps labels with: the bundled concepts, net totals and column
     * concepts, and the database's label aliases, users' included (they win over bundled ones), so that
     * {@code import --explain} and {@code \explain} explain the mapping an import uses.
     */
    public static FactBuilder factBuilder(Database database) {
        return new FactBuilder(new AliasBook(aliases(database.dsl())), Resources.concepts(), Resources.netTotals(),
                Resources.columnConcepts());
    }

    /** Loads files, each named by its file name, as {@link #loadAll} does. */
    public List<ImportResult> loadFiles(List<Path> files, ImportListener listener) {
        return loadAll(files.stream().map(Source::of).toList(), listener);
    }

    /** Reads and loads one file, named by its file name (see {@link Documents#name}); a file that cannot be read is a failed result. */
    public ImportResult loadFile(Path file) {
        return loadAll(List.of(Source.of(file)), ImportListener.NONE).get(0);
    }

    /** Parses and loads one document; failures are returned as results, never thrown. */
    public ImportResult load(String name, byte[] content) {
        return loadAll(List.of(Source.of(name, content)), ImportListener.NONE).get(0);
    }

    /**
     * Loads the documents in order (but for those another importer of the same server is working on, put off until the
     * end: see {@link DocumentClaims}), telling the listener of each once it is committed (or failed), then of each
     * company whose documents were checked against each other; returns the documents' results in that order.
     */
    public List<ImportResult> loadAll(List<Source> sources, ImportListener listener) {
        KnownDocuments known = known(sources);
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "exhibit-parse");
            thread.setDaemon(true);
            return thread;
        });
        List<ImportResult> results = new ArrayList<>(sources.size());
        Map<Long, String> companies = new LinkedHashMap<>();
        try (DocumentWriter writer = new DocumentWriter(database.connection())) {
            claims = new DocumentClaims(database.connection());
            ArrayDeque<Source> waiting = new ArrayDeque<>(sources);
            List<Source> putOff = new ArrayList<>();
            boolean lastRound = false;
            ArrayDeque<Future<ParsedDocument>> reading = new ArrayDeque<>();
            Batch batch = new Batch();
            while (!waiting.isEmpty() || !putOff.isEmpty() || !reading.isEmpty()) {
                while (reading.size() < 2 * threads && (!waiting.isEmpty() || !putOff.isEmpty())) {
                    if (waiting.isEmpty()) {
                        // What other importers were working on is most likely stored by now, and then skipped unparsed.
                        known.refresh(database.dsl());
                        waiting.addAll(putOff);
                        putOff.clear();
                        lastRound = true;
                    }
                    Source source = waiting.poll();
                    if (!claims.claim(source.name()) && !lastRound) {
                        putOff.add(source);
                        continue;
                    }
                    reading.add(pool.submit(() -> read(source, known)));
                }
                Future<ParsedDocument> head = reading.poll();
                if (batch.facts >= FACTS_PER_TRANSACTION || !head.isDone() && batch.age() >= COMMIT_AFTER_NANOS) {
                    commit(batch, results, companies, listener);
                    known.refresh(database.dsl());
                }
                ParsedDocument parsed = take(head);
                Written written;
                try {
                    written = write(writer, parsed);
                } catch (Conflict conflict) {
                    commit(batch, results, companies, listener); // what this import holds may be what the other waits for
                    written = writeAgain(writer, parsed);
                }
                batch.add(written);
                if (closed()) {
                    int left = sources.size() - results.size() - batch.documents.size();
                    commit(batch, results, companies, listener);
                    stopped(left, results, listener);
                    return results;
                }
            }
            commit(batch, results, companies, listener);
        } finally {
            pool.shutdownNow();
        }
        Checks.pending(database.dsl()).forEach(companies::putIfAbsent);
        for (Map.Entry<Long, String> company : companies.entrySet()) {
            refreshCompany(company.getKey(), company.getValue(), listener);
            checkAcrossDocuments(company.getKey(), company.getValue(), listener);
        }
        return results;
    }

    /** The documents written since the last commit, with their results, reported once committed. */
    private static final class Batch {
        final List<Written> documents = new ArrayList<>();
        int facts;
        long started = System.nanoTime();

        void add(Written written) {
            documents.add(written);
            facts += written.result().facts();
        }

        /** How long ago the transaction began (or the last one was committed). */
        long age() {
            return System.nanoTime() - started;
        }
    }

    /** A document's result, and the id of its company when it was written. */
    private record Written(ImportResult result, Long companyId) {
    }

    /** Whether the database has closed under the import (a full disk, a broken file): nothing more can be written. */
    private boolean closed() {
        try {
            return databaseClosed || database.connection().isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    /** Why the database did not take a document, in words: its own first line, or that it closed under the import. */
    private String refusal(Exception e) {
        if (closed()) {
            return "the database closed under the import (is the disk full?)";
        }
        String sentence = H2Messages.sentence(e);
        return sentence.startsWith("the ") ? sentence : "the database refused it: " + sentence;
    }

    /** Notes an error that closed the database under the import, so that the import stops. */
    private void noteClosing(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == DATABASE_CLOSED) {
                databaseClosed = true;
            }
        }
    }

    /** Tells the listener, in one result, that the documents left were not tried because the database closed. */
    private static void stopped(int left, List<ImportResult> results, ImportListener listener) {
        if (left == 0) {
            return;
        }
        String why = results.isEmpty() ? "" : " after " + results.get(results.size() - 1).document();
        ImportResult result = ImportResult.failed(left + (left == 1 ? " document" : " documents"), (left == 1
                ? "1 more document was" : left + " more documents were") + " not imported: the database closed" + why
                + " (is the disk full?); import them again once it opens.");
        results.add(result);
        listener.document(result);
    }

    private void commit(Batch batch, List<ImportResult> results, Map<Long, String> companies, ImportListener listener) {
        if (batch.documents.isEmpty()) {
            return;
        }
        Connection connection = database.connection();
        List<Written> done = List.copyOf(batch.documents);
        batch.documents.clear();
        batch.facts = 0;
        batch.started = System.nanoTime();
        try {
            if (!connection.getAutoCommit()) {
                connection.commit();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            noteClosing(e);
            rollback(connection);
            String why = refusal(e);
            done = done.stream().map(w -> w.companyId() == null ? w : new Written(ImportResult.failed(w.result().document(),
                    w.result().document() + ": not imported, " + why), null)).toList();
        }
        for (Written written : done) {
            claims.release(written.result().document());
            results.add(written.result());
            if (written.companyId() != null) {
                companies.putIfAbsent(written.companyId(), written.result().company());
            }
            listener.document(written.result());
        }
    }

    /** Writes one document inside the open transaction, under a savepoint so that a refusal undoes only this one. */
    private Written write(DocumentWriter writer, ParsedDocument parsed) {
        if (parsed.failure() != null) {
            return new Written(parsed.skipped() ? ImportResult.skipped(parsed.name(), parsed.failure())
                    : ImportResult.failed(parsed.name(), parsed.failure()), null);
        }
        Connection connection = database.connection();
        Savepoint savepoint = null;
        try {
            DocumentWriter.Existing existing = writer.existing(parsed.name());
            if (parsed.unchanged() || existing != null && existing.sha256().equals(parsed.sha256())
                    && existing.mapping().equals(mapping)) {
                return new Written(new ImportResult(parsed.name(), ImportResult.Outcome.UNCHANGED, null, 0, 0, 0, null, ""),
                        null);
            }
            connection.setAutoCommit(false);
            savepoint = connection.setSavepoint();
            if (existing != null) {
                writer.delete(existing);
            }
            long companyId = writer.write(parsed, mapping);
            String checked = writeFindings(writer, parsed);
            connection.releaseSavepoint(savepoint);
            Document document = parsed.document();
            ImportResult.Outcome outcome = existing == null ? ImportResult.Outcome.IMPORTED : ImportResult.Outcome.REPLACED;
            return new Written(new ImportResult(parsed.name(), outcome, parsed.company(), document.tables().size(),
                    parsed.facts().size(), document.diagnostics().size(), null, checked), companyId);
        } catch (SQLException | RuntimeException e) {
            if (e instanceof SQLException sql) {
                noteClosing(sql);
            }
            if (savepoint != null) {
                try {
                    connection.rollback(savepoint);
                } catch (SQLException rollbackFailed) {
                    rollback(connection);
                }
            }
            if (WriteConflict.is(e) && !closed()) {
                throw new Conflict(refusal(e));
            }
            return new Written(ImportResult.failed(parsed.name(), parsed.name() + ": not imported, " + refusal(e)), null);
        }
    }

    /** Another importer was writing the same document or company: this document was rolled back, to be tried again. */
    private static final class Conflict extends RuntimeException {
        Conflict(String why) {
            super(why, null, false, false);
        }
    }

    /**
     * Writes a document again after a {@link Conflict}, in a transaction of its own begun after this import committed
     * what it held, waiting longer each time for the other importer to commit; once the other has stored the same
     * document it is unchanged here.
     */
    private Written writeAgain(DocumentWriter writer, ParsedDocument parsed) {
        String why = "";
        for (int attempt = 1; attempt <= CONFLICT_ATTEMPTS; attempt++) {
            rollback(database.connection());
            WriteConflict.pause(attempt);
            try {
                return write(writer, parsed);
            } catch (Conflict conflict) {
                why = conflict.getMessage();
            }
        }
        rollback(database.connection());
        return new Written(ImportResult.failed(parsed.name(), parsed.name() + ": not imported, another session kept"
                + " writing the same rows (" + why + "); import it again."), null);
    }

    /**
     * Stores what the checks found in the document under a savepoint of its own: when the database refuses them the
     * document stays imported and its summary says it was not checked.
     */
    private String writeFindings(DocumentWriter writer, ParsedDocument parsed) throws SQLException {
        Connection connection = database.connection();
        Savepoint savepoint = connection.setSavepoint();
        try {
            writer.writeFindings(parsed.findings());
            connection.releaseSavepoint(savepoint);
            return parsed.checked();
        } catch (SQLException e) {
            connection.rollback(savepoint);
            return "not checked (" + Database.firstLine(e.getMessage()).replaceAll(";? SQL statement:?$", "") + ")";
        }
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // The connection is unusable; the next statement says so with its own message.
        }
    }

    /** Reads, maps and checks one document; never throws. */
    private ParsedDocument read(Source source, KnownDocuments known) {
        byte[] content = source.content();
        if (content == null) {
            Documents.Content read = Documents.read(source.file());
            if (read.bytes() == null) {
                return ParsedDocument.failed(source.name(), read.problem());
            }
            content = read.bytes();
        }
        String sha = sha256(content);
        DocumentWriter.Existing existing = known.get(source.name());
        if (existing != null && existing.sha256().equals(sha) && existing.mapping().equals(mapping)) {
            return ParsedDocument.unchanged(source.name(), sha, content.length);
        }
        try {
            Document document = DocumentParser.parse(source.name(), content);
            var unreadable = DocumentParser.unreadable(document);
            if (unreadable.isPresent()) {
                return ParsedDocument.failed(source.name(), source.name() + ": not imported, " + unreadable.get() + ".");
            }
            var notFiling = Documents.notAFiling(document);
            if (notFiling.isPresent()) {
                return ParsedDocument.skipped(source.name(), source.name() + ": skipped, " + notFiling.get() + ".");
            }
            Reading reading = facts.read(document);
            document = reading.document();
            List<Fact> documentFacts = reading.facts();
            List<Finding> findings;
            String checked;
            try {
                findings = Checker.document(DocumentCheckInput.of(document, documentFacts, deductions));
                checked = counts(findings);
            } catch (RuntimeException e) {
                findings = List.of();
                checked = "not checked (" + e + ")";
            }
            return new ParsedDocument(source.name(), sha, content.length, CompanyNames.display(document), document,
                    documentFacts, findings, checked, null, false, false);
        } catch (RuntimeException | StackOverflowError e) {
            return ParsedDocument.failed(source.name(), source.name() + ": not imported, it could not be read (" + e + ").");
        } catch (OutOfMemoryError e) {
            return ParsedDocument.failed(source.name(), source.name() + ": not imported, reading it needs more memory than"
                    + " Java was given (" + e.getMessage() + "); the other documents are imported.");
        }
    }

    private static ParsedDocument take(Future<ParsedDocument> reading) {
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted.", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Reading a document failed unexpectedly: " + e.getCause(), e.getCause());
        }
    }

    /** Checks a company's documents against each other and tells the listener what was found, if anything. */
    /**
     * Ranks a company's facts again for {@code latest_facts} and derives its fiscal year end again, in a transaction of
     * its own; a failure leaves the company marked for the next import and is told as the company's line.
     */
    private void refreshCompany(long companyId, String company, ImportListener listener) {
        try {
            retrying(() -> database.dsl().transactionResult(tx -> {
                CompanyFacts.refresh(tx.dsl(), companyId);
                return companyId;
            }));
        } catch (RuntimeException e) {
            listener.company(company + ": latest facts not updated (" + rootMessage(e) + "); import again to update them");
        }
    }

    private void checkAcrossDocuments(long companyId, String company, ImportListener listener) {
        String checked;
        try {
            checked = counts(retrying(() -> Checks.acrossDocuments(database.dsl(), companyId)));
        } catch (RuntimeException e) {
            checked = "not checked (" + rootMessage(e) + ")";
        }
        if (!checked.isEmpty()) {
            listener.company(company + ": checks across documents found " + checked.replaceFirst("^check: ", ""));
        }
    }

    /** Does {@code work}, a transaction of its own, again while it fails for another importer's writes, at most so often. */
    private static <T> T retrying(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!WriteConflict.is(e) || attempt == CONFLICT_ATTEMPTS) {
                    throw e;
                }
                WriteConflict.pause(attempt);
            }
        }
    }

    /** The first line of the innermost cause's message, without H2's "SQL statement:" tail. */
    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return H2Messages.sentence(cause);
    }

    /** "check: 1 error, 2 warnings" for the findings that are not informational, empty when there are none. */
    private static String counts(List<Finding> findings) {
        Map<Severity, Long> counts = findings.stream()
                .filter(f -> f.severity() != Severity.INFO)
                .collect(Collectors.groupingBy(Finding::severity, () -> new EnumMap<>(Severity.class), Collectors.counting()));
        return counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().code() + (e.getValue() == 1 ? "" : "s"))
                .collect(Collectors.joining(", ", counts.isEmpty() ? "" : "check: ", ""));
    }

    /** The documents stored when the import starts, kept up to date as other importers commit theirs. */
    private KnownDocuments known(List<Source> sources) {
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        for (Source source : sources) {
            if (!seen.add(source.name())) {
                repeated.add(source.name());
            }
        }
        KnownDocuments known = new KnownDocuments(repeated);
        known.refresh(database.dsl());
        return known;
    }

    /** Bundled aliases first and the user's after them, so that the user's win. */
    private static List<Alias> aliases(DSLContext dsl) {
        return dsl.select(LABEL_ALIAS.LABEL, LABEL_ALIAS.CONCEPT, LABEL_ALIAS.STATEMENT).from(LABEL_ALIAS)
                .orderBy(DSL.when(LABEL_ALIAS.ORIGIN.eq("bundled"), 0).otherwise(1), LABEL_ALIAS.ID)
                .fetch(r -> new Alias(r.value1(), r.value2(), r.value3()));
    }

    /**
     * A fingerprint of how a document is read and mapped, so that documents are read again after an upgrade that
     * reads them differently ({@code reading}, {@link DocumentParser#reading}) and mapped again after aliases, net
     * totals or column concepts change.
     */
    static String fingerprint(String reading, List<Alias> aliases, List<NetTotal> netTotals,
                              List<ColumnConcept> columnConcepts) {
        StringBuilder text = new StringBuilder("reading ").append(reading).append('\n');
        for (Alias alias : aliases) {
            text.append(alias.label()).append('\u0000').append(alias.concept()).append('\u0000').append(alias.statement())
                    .append('\n');
        }
        for (NetTotal netTotal : netTotals) {
            text.append(netTotal).append('\n');
        }
        for (ColumnConcept columnConcept : columnConcepts) {
            text.append(columnConcept).append('\n');
        }
        return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime.", e);
        }
    }
}
