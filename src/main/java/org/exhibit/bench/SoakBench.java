package org.exhibit.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.exhibit.store.BundledData;
import org.exhibit.store.Database;
import org.exhibit.store.ImportResult;
import org.exhibit.store.Importer;
import org.exhibit.store.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code exhibit bench soak}: imports many documents derived from the bundled samples, batch after batch, while a
 * second connection queries without pause; one row per batch shows whether the import rate, the heap and the query
 * latency stay level, and whether any import or query failed.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Import N derived documents in batches while a second connection queries; one row per batch.")
final class SoakBench implements Callable<Integer> {

    @Option(names = "--documents", paramLabel = "N", defaultValue = "2000", description = "Documents to import (default: ${DEFAULT-VALUE}).")
    long documents;

    @Option(names = "--batches", defaultValue = "10", description = "Batches to split them into (default: ${DEFAULT-VALUE}).")
    int batches;

    @Option(names = "--per-company", defaultValue = "8",
            description = "Consecutive documents that share a company (default: ${DEFAULT-VALUE}).")
    int perCompany;

    @Option(names = "--db", paramLabel = "<jdbc-url>",
            description = "Database to import into (default: a new H2 file in a temporary folder, deleted afterwards).")
    String url;

    @Override
    public Integer call() throws Exception {
        Path folder = url == null ? Files.createTempDirectory("exhibit-soak") : null;
        String target = url != null ? url : "jdbc:h2:file:" + folder.resolve("soak");
        DerivedDocuments derived = new DerivedDocuments(BundledData.documents(), perCompany);
        AtomicLong imported = new AtomicLong();
        BenchTable table = new BenchTable("batch", "documents", "facts", "documents/s", "facts/s", "import failures",
                "heap after GC (MiB)", "database (MiB)", "queries", "query failures", "query p50 (ms)", "query p95 (ms)");
        int failures = 0;
        try (Database database = Database.open(target)) {
            Importer importer = new Importer(database);
            QueryLoad load = new QueryLoad(target, derived::name, imported);
            Thread queries = new Thread(load, "soak-queries");
            queries.setDaemon(true);
            queries.start();
            long facts = 0;
            long perBatch = Math.max(1, documents / batches);
            for (int batch = 1; imported.get() < documents; batch++) {
                long start = System.nanoTime();
                long first = imported.get();
                long[] batchFacts = {0};
                int[] batchFailures = {0};
                long end = Math.min(documents, imported.get() + perBatch);
                List<Source> sources = new ArrayList<>();
                for (long i = first; i < end; i++) {
                    sources.add(Source.of(derived.name(i), derived.content(i)));
                }
                importer.loadAll(sources, result -> {
                    if (result.outcome() == ImportResult.Outcome.FAILED) {
                        batchFailures[0]++;
                        System.err.println("soak: " + result.summary());
                    }
                    batchFacts[0] += result.facts();
                    imported.incrementAndGet();
                });
                double seconds = (System.nanoTime() - start) / 1e9;
                QueryLoad.Window window = load.window();
                if (window.firstFailure() != null) {
                    System.err.println("soak: a query failed: " + window.firstFailure());
                }
                facts += batchFacts[0];
                failures += batchFailures[0] + window.failures();
                Stats latency = window.nanos().length == 0 ? null : Stats.ofNanos(window.nanos());
                Object[] row = {batch, imported.get(), facts, rate(end - first, seconds), rate(batchFacts[0], seconds),
                    batchFailures[0], heapAfterGc(), size(target), window.nanos().length, window.failures(),
                    latency == null ? "-" : Stats.ms(latency.median()), latency == null ? "-" : Stats.ms(latency.p95())};
                table.row(row);
                System.err.println("soak: " + Arrays.toString(row));
            }
            load.stop();
            queries.join(60_000);
        } finally {
            if (folder != null) {
                delete(folder);
            }
        }
        table.print(System.out);
        return failures == 0 ? 0 : 1;
    }

    private static String rate(long count, double seconds) {
        return String.format(Locale.ROOT, "%.1f", count / seconds);
    }

    /** Heap in use after a full collection, in MiB. */
    private static String heapAfterGc() {
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        return String.format(Locale.ROOT, "%.0f", memory.getHeapMemoryUsage().getUsed() / 1048576.0);
    }

    /** The size of an H2 file database's data file in MiB, or "-" for other URLs. */
    private static String size(String url) {
        String path = url.replaceFirst("(?i)^jdbc:h2:(file:)?", "").replaceFirst(";.*", "");
        Path file = Path.of(path + ".mv.db");
        try {
            return String.format(Locale.ROOT, "%.0f", Files.size(file) / 1048576.0);
        } catch (IOException | RuntimeException e) {
            return "-";
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
