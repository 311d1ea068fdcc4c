package org.exhibit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.exhibit.generate.CorpusGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several importers, each on its own connection and transaction, loading one corpus into one database at once: each
 * document is imported by exactly one of them (the others find it unchanged), none fails for meeting another's writes
 * (the same document, the same new company, the same company's latest facts), and the database ends with exactly the
 * facts and latest facts one importer gives. (Separate processes on a PostgreSQL server meet the same conflicts; an
 * embedded H2 file is opened by one process, so here the importers are threads.)
 */
class ConcurrentImportTest {

    @TempDir
    Path folder;

    private record Outcome(FactsChecksum facts, FactsChecksum latest, List<String> companies) {
    }

    private static Outcome outcome(Database database) throws Exception {
        return new Outcome(FactsChecksum.of(database.connection()), FactsChecksum.of(database.connection(), "latest_facts"),
                SqlRows.of(database.connection(), "select name from company order by name_key"));
    }

    @Test
    void fourImportersAtOnceGiveExactlyTheFactsOfOne() throws Exception {
        Path corpus = folder.resolve("corpus");
        CorpusGenerator.generate(new CorpusGenerator.Options(6, 4, 7, 0), corpus);
        List<Path> files = Documents.expand(List.of(corpus));

        Outcome one;
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("one"))) {
            List<ImportResult> results = new Importer(database, 1).loadFiles(files, ImportListener.NONE);
            assertThat(results).extracting(ImportResult::outcome).containsOnly(ImportResult.Outcome.IMPORTED);
            one = outcome(database);
        }

        String url = "jdbc:h2:file:" + folder.resolve("four");
        List<Database> importers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            importers.add(Database.open(url));
        }
        ExecutorService pool = Executors.newFixedThreadPool(importers.size());
        List<Future<List<ImportResult>>> runs = new ArrayList<>();
        for (Database database : importers) {
            runs.add(pool.submit(() -> new Importer(database, 1).loadFiles(files, ImportListener.NONE)));
        }
        List<ImportResult> all = new ArrayList<>();
        for (Future<List<ImportResult>> run : runs) {
            all.addAll(run.get());
        }
        pool.shutdown();
        try {
            assertThat(all).filteredOn(r -> r.outcome() == ImportResult.Outcome.FAILED).extracting(ImportResult::message)
                    .isEmpty();
            Map<String, Long> importedBy = all.stream().filter(r -> r.outcome() == ImportResult.Outcome.IMPORTED)
                    .collect(Collectors.groupingBy(ImportResult::document, Collectors.counting()));
            assertThat(importedBy).hasSize(files.size()).allSatisfy((document, times) -> assertThat(times).isOne());
            assertThat(all).hasSize(4 * files.size());

            Outcome four = outcome(importers.get(0));
            assertThat(four.facts()).isEqualTo(one.facts());
            assertThat(four.latest()).isEqualTo(one.latest());
            assertThat(four.companies()).isEqualTo(one.companies());
            assertThat(SqlRows.of(importers.get(0).connection(), "select count(*) from setting where name like"
                    + " 'checks-across-documents-pending:%'")).containsExactly("0");
        } finally {
            importers.forEach(Database::close);
        }
    }
}
