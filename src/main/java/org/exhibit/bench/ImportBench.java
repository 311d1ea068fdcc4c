package org.exhibit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.exhibit.store.Database;
import org.exhibit.store.Documents;
import org.exhibit.store.ImportListener;
import org.exhibit.store.ImportResult;
import org.exhibit.store.Importer;
import org.exhibit.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code exhibit bench import}: imports documents into a new database end to end, then loads the very same facts with
 * H2's own {@code CSVREAD} into the same schema, and prints both rates and their ratio.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import documents into a new database, then CSVREAD the same facts into the same schema; "
                + "print documents/s, facts/s, MB/s and the ratio to CSVREAD.")
public final class ImportBench implements Callable<Integer> {

    @Option(names = "--rounds", defaultValue = "2", description = "Rounds of each, alternating (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--threads", description = "Parsing threads (default: every processor).")
    Integer threads;

    @Option(names = "--work", defaultValue = "target/bench-import",
            description = "Folder for the databases, emptied first (default: ${DEFAULT-VALUE}).")
    Path work;

    @Parameters(arity = "0..*", paramLabel = "<file-or-dir>",
            description = "Documents to import (default: src/test/resources/corpus and data/ of the working tree).")
    List<Path> paths;

    @Override
    public Integer call() throws IOException, StoreException, SQLException {
        List<Path> files = Documents.expand(paths != null ? paths
                : List.of(Path.of("src/test/resources/corpus"), Path.of("data")));
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        int parsing = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        BenchTable table = new BenchTable("round", "what", "documents", "MB", "facts", "seconds", "documents/s", "facts/s",
                "MB/s", "vs CSVREAD");
        for (int round = 1; round <= rounds; round++) {
            Bench.empty(work);
            Path csv = work.resolve("facts.csv");
            Run imported = importAll(files, bytes, parsing, work.resolve("import"), csv);
            Run loaded = csvread(work.resolve("import"), work.resolve("csvread"), csv);
            table.row(round, "exhibit import (" + parsing + " parsing threads)", files.size(), mb(bytes), imported.facts,
                    seconds(imported.nanos), rate(files.size(), imported.nanos), rate(imported.facts, imported.nanos),
                    rate(bytes / 1e6, imported.nanos), ratio(imported, loaded));
            table.row(round, "H2 CSVREAD of the same facts", "", "", loaded.facts, seconds(loaded.nanos), "",
                    rate(loaded.facts, loaded.nanos), "", "1.00");
        }
        table.print(System.out);
        System.out.printf(Locale.ROOT, "%d processors, Java %s, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.arch"));
        return 0;
    }

    /** The number of facts written and the time it took. */
    private record Run(long facts, long nanos) {
    }

    /** Imports the files into a new database and exports its fact rows to {@code csv} for the CSVREAD run. */
    private Run importAll(List<Path> files, long bytes, int parsing, Path folder, Path csv) throws StoreException,
            SQLException {
        try (Database database = Database.open(url(folder))) {
            long start = System.nanoTime();
            List<ImportResult> results = new Importer(database, parsing).loadFiles(files, ImportListener.NONE);
            long nanos = System.nanoTime() - start;
            long facts = results.stream().mapToLong(ImportResult::facts).sum();
            try (Statement s = database.connection().createStatement()) {
                s.execute("call csvwrite('" + csv.toAbsolutePath() + "', 'select * from fact order by id', 'charset=UTF-8')");
            }
            return new Run(facts, nanos);
        }
    }

    /**
     * Builds a second database with the same documents and line items as the first (not timed), then times H2 loading
     * the fact rows from the CSV file into the same table with its indexes.
     */
    private static Run csvread(Path source, Path folder, Path csv) throws StoreException, SQLException {
        try (Database database = Database.open(url(folder))) {
            Connection connection = database.connection();
            try (Statement s = connection.createStatement()) {
                for (String table : List.of("company", "document", "statement_table", "line_item")) {
                    s.execute("create linked table source_" + table + "('org.h2.Driver', '" + url(source) + "', '', '', '"
                            + table.toUpperCase(Locale.ROOT) + "')");
                    s.execute("insert into " + table + " select * from source_" + table);
                    s.execute("drop table source_" + table);
                }
                long start = System.nanoTime();
                int facts = s.executeUpdate("insert into fact select * from csvread('" + csv.toAbsolutePath()
                        + "', null, 'charset=UTF-8')");
                long nanos = System.nanoTime() - start;
                return new Run(facts, nanos);
            }
        }
    }

    private static String url(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve("exhibit");
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
    }

    private static String rate(double count, long nanos) {
        double rate = count / (nanos / 1e9);
        return String.format(Locale.ROOT, rate < 100 ? "%,.1f" : "%,.0f", rate);
    }

    private static String ratio(Run exhibit, Run h2) {
        double ours = exhibit.facts / (exhibit.nanos / 1e9);
        double theirs = h2.facts / (h2.nanos / 1e9);
        return String.format(Locale.ROOT, "%.2f", ours / theirs);
    }
}
