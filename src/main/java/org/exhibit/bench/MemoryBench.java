package org.exhibit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.exhibit.store.Database;
import org.exhibit.store.Documents;
import org.exhibit.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code exhibit bench memory}: imports a folder of documents in a child JVM with a small heap and reports its peak
 * resident memory, to show that an import streams (nothing grows with the size of the corpus).
 */
@Command(name = "memory", mixinStandardHelpOptions = true,
        description = "Import documents in a child JVM with a small heap (-Xmx) and print its peak memory.")
public final class MemoryBench implements Callable<Integer> {

    @Option(names = "--xmx", defaultValue = "256m", description = "The child's heap limit (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--work", defaultValue = "target/bench-memory",
            description = "Folder for the database, emptied first (default: ${DEFAULT-VALUE}).")
    Path work;

    @Parameters(arity = "1..*", paramLabel = "<file-or-dir>",
            description = "Documents to import (e.g. a corpus from `exhibit generate --megabytes 1000`).")
    List<Path> paths;

    @Override
    public Integer call() throws IOException, InterruptedException, StoreException, SQLException {
        List<Path> files = Documents.expand(paths);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        Bench.empty(work);
        String url = "jdbc:h2:file:" + work.toAbsolutePath().resolve("exhibit");
        List<String> command = new ArrayList<>(List.of(Bench.java(), "-Xmx" + heap, "-jar", Bench.jar().toString(),
                "import", "--db", url));
        paths.forEach(p -> command.add(p.toString()));
        Path log = work.resolve("import.log");
        long started = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long peakKb = 0;
        while (!child.waitFor(50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            peakKb = Math.max(peakKb, Bench.peakResidentKb(child.pid()));
        }
        long nanos = System.nanoTime() - started;
        long facts;
        long documents;
        try (Database database = Database.open(url, true); Statement s = database.connection().createStatement();
             ResultSet rs = s.executeQuery("select (select count(*) from document), (select count(*) from fact)")) {
            rs.next();
            documents = rs.getLong(1);
            facts = rs.getLong(2);
        }
        new BenchTable("documents", "MB of text", "documents stored", "facts", "seconds", "MB/s", "-Xmx", "peak RSS (MB)",
                "exit status")
                .row(files.size(), String.format(Locale.ROOT, "%.1f", bytes / 1e6), documents, facts,
                        String.format(Locale.ROOT, "%.1f", nanos / 1e9),
                        String.format(Locale.ROOT, "%.2f", bytes / 1e6 / (nanos / 1e9)), heap,
                        peakKb == 0 ? "n/a" : String.valueOf(peakKb / 1024), child.exitValue())
                .print(System.out);
        System.out.println("The child's output is in " + log + ".");
        return child.exitValue() == 0 ? 0 : 1;
    }
}
