package org.exhibit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.exhibit.store.Documents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code exhibit bench importers}: imports one corpus with whole {@code exhibit import} processes, into a new H2 file
 * with one process and into a new PostgreSQL database with 1, 2, 4 … processes at once, and prints documents/s and
 * facts/s of each, from the start of the first process to the end of the last.
 */
@Command(name = "importers", mixinStandardHelpOptions = true,
        description = "Import a corpus with 1 process into H2 and with 1, 2, 4 ... processes at once into PostgreSQL;"
                + " print documents/s and facts/s of each.")
public final class ImportersBench implements Callable<Integer> {

    @Option(names = "--server", required = true, paramLabel = "<jdbc-url>",
            description = "A PostgreSQL server and a login that may create databases, e.g."
                    + " jdbc:postgresql://127.0.0.1:5432/postgres?user=exhibit; each run gets a new database, dropped after.")
    String server;

    @Option(names = "--processes", split = ",", paramLabel = "<n>", defaultValue = "1,2,4",
            description = "Importer processes at once on PostgreSQL (default: ${DEFAULT-VALUE}).")
    List<Integer> processes;

    @Option(names = "--work", defaultValue = "target/bench-importers",
            description = "Folder for the H2 database and the processes' output, emptied first (default: ${DEFAULT-VALUE}).")
    Path work;

    @Parameters(arity = "1..*", paramLabel = "<file-or-dir>", description = "The corpus, e.g. a folder written by generate.")
    List<Path> corpus;

    @Override
    public Integer call() throws IOException, SQLException, InterruptedException {
        int documents = Documents.expand(corpus).size();
        BenchTable table = new BenchTable("engine", "importers", "documents", "facts", "seconds", "documents/s", "facts/s");
        Bench.empty(work);
        String h2 = "jdbc:h2:file:" + work.toAbsolutePath().resolve("h2");
        double seconds = importWith(h2, 1, "h2");
        table.row("H2 file", 1, documents, facts(h2), format(seconds), rate(documents, seconds), rate(facts(h2), seconds));
        for (int n : processes) {
            String name = "exhibit_bench_" + n + "_" + Long.toHexString(System.nanoTime());
            execute("create database " + name);
            try {
                String url = server.replaceFirst("^(jdbc:postgresql://[^/?]*/)[^?]*", "$1" + name);
                seconds = importWith(url, n, "pg" + n);
                long facts = facts(url);
                table.row("PostgreSQL", n, documents, facts, format(seconds), rate(documents, seconds), rate(facts, seconds));
            } finally {
                execute("drop database if exists " + name + " with (force)");
            }
        }
        table.print(System.out);
        System.out.printf(Locale.ROOT, "%d processors, Java %s, %s; each importer parses on every processor%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("os.arch"));
        return 0;
    }

    /** Starts {@code n} importers of the corpus into {@code url} at once; returns the seconds until the last ended. */
    private double importWith(String url, int n, String label) throws IOException, InterruptedException {
        if (url.startsWith("jdbc:postgresql:")) {
            // The schema is made once, before the clock starts: the processes would otherwise all try to create it.
            run(List.of("query", "--db", url, "select 1"), work.resolve(label + "-schema.txt"));
        }
        List<String> args = new ArrayList<>(List.of("import", "--db", url));
        corpus.forEach(p -> args.add(p.toString()));
        long start = System.nanoTime();
        List<Process> running = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            running.add(start(args, work.resolve(label + "-" + i + ".txt")));
        }
        for (int i = 0; i < running.size(); i++) {
            Process p = running.get(i);
            if (!p.waitFor(2, TimeUnit.HOURS) || p.exitValue() != 0) {
                throw new IllegalStateException("importer " + (i + 1) + " into " + label + " failed; see " + work);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static Process start(List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Bench.java(), "-jar", Bench.jar().toString()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void run(List<String> args, Path log) throws IOException, InterruptedException {
        if (start(args, log).waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", args) + " failed: " + Files.readString(log));
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long facts(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from fact")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String format(double seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds);
    }

    private static String rate(double count, double seconds) {
        return String.format(Locale.ROOT, count / seconds < 100 ? "%,.1f" : "%,.0f", count / seconds);
    }
}
