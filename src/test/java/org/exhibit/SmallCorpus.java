package org.exhibit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.exhibit.store.Database;
import org.exhibit.store.Engine;
import org.exhibit.store.ImportListener;
import org.exhibit.store.Importer;
import org.exhibit.store.StoreException;

/**
 * A small fixed database built by the real importer from five real filings of the test corpus, once per test run: two
 * Apple annual reports (the later one restates the earlier's years in selected data), Dell's annual report for fiscal
 * 2005 (cents per share), Google's first 10-Q of 2005 (HTML without an SEC header: no release date printed) and
 * AEGON's 20-F for 2000 (euros).
 */
public final class SmallCorpus {

    /** The filings, in the order they are imported. */
    public static final List<String> DOCUMENTS = List.of("apple-10k-1994-09-30.txt", "apple-10k-1997-09-26.txt",
            "dell-10k-2005-01-28.txt", "google-10q-2005-03-31.htm", "aegon-20f-2000-0000928385-01-500187.htm");

    private static Path built;
    private static TestDatabase builtOnServer;

    private SmallCorpus() {
    }

    /** A filing of the test corpus. */
    public static Path corpusFile(String name) {
        return Path.of("src/test/resources/corpus", name);
    }

    /** The JDBC URL of a fresh copy of the small database, in {@code folder}, for a test that changes it. */
    public static synchronized String copyInto(Path folder) {
        try {
            Path source = build();
            Path target = folder.resolve("small.mv.db");
            Files.copy(source.resolve("small.mv.db"), target);
            return "jdbc:h2:file:" + folder.resolve("small");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh copy of the small database on {@code engine} (in {@code folder} for H2), for a test that changes it. */
    public static synchronized TestDatabase copy(Engine engine, Path folder) {
        if (engine == Engine.H2) {
            return TestDatabase.h2(copyInto(folder));
        }
        url(engine);
        return TestDatabase.onServer(builtOnServer.name());
    }

    /** The JDBC URL of the shared small database on {@code engine}; tests that read it must not change it. */
    public static synchronized String url(Engine engine) {
        if (engine == Engine.H2) {
            return url();
        }
        if (builtOnServer == null) {
            TestDatabase database = TestDatabase.onServer(null);
            Runtime.getRuntime().addShutdownHook(new Thread(database::close));
            load(database.url());
            builtOnServer = database;
        }
        return builtOnServer.url();
    }

    /** The JDBC URL of the shared small database; tests that read it must not change it. */
    public static synchronized String url() {
        return "jdbc:h2:file:" + build().resolve("small");
    }

    private static Path build() {
        if (built != null) {
            return built;
        }
        try {
            Path folder = Files.createTempDirectory("exhibit-small-corpus-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
            load("jdbc:h2:file:" + folder.resolve("small"));
            built = folder;
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void load(String url) {
        try (Database database = Database.open(url)) {
            new Importer(database, 1).loadFiles(DOCUMENTS.stream().map(SmallCorpus::corpusFile).toList(),
                    ImportListener.lines(line -> { }));
        } catch (StoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is the system's to clear.
        }
    }
}
