package org.exhibit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.exhibit.TestDatabase;
import org.exhibit.generate.CorpusGenerator;
import org.exhibit.store.FactsChecksum;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several {@code exhibit import} processes (the real jar) loading one corpus into one PostgreSQL database at once: each
 * document is imported by exactly one of them, and the database ends with exactly the facts and latest facts one
 * importer gives; an importer killed with SIGKILL leaves nothing partial, the importer still running takes every
 * document the killed one had not committed, and a later run finds nothing left to do. Needs a PostgreSQL server ({@code EXHIBIT_TEST_PG}); skipped without one.
 */
class ManyImportersIT {

    private static final Pattern IMPORTED = Pattern.compile("^(\\S+): imported, ");

    @TempDir
    Path home;

    private final List<TestDatabase> databases = new ArrayList<>();
    private Path corpus;
    private int documents;

    @BeforeEach
    void corpus() throws Exception {
        TestDatabase.server(); // skips the test without a PostgreSQL server
        corpus = home.resolve("corpus");
        documents = CorpusGenerator.generate(new CorpusGenerator.Options(8, 4, 11, 0), corpus).documents();
    }

    @AfterEach
    void dropDatabases() {
        databases.forEach(TestDatabase::close);
    }

    /** A new, empty database on the server. */
    private String newDatabase() {
        TestDatabase database = TestDatabase.onServer(null);
        databases.add(database);
        return database.url();
    }

    private record Contents(FactsChecksum facts, FactsChecksum latest, long pending) {
    }

    private static Contents contents(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            var rs = s.executeQuery("select count(*) from setting where name like 'checks-across-documents-pending:%'");
            rs.next();
            long pending = rs.getLong(1);
            return new Contents(FactsChecksum.of(c), FactsChecksum.of(c, "latest_facts"), pending);
        }
    }

    /** The clean result: one importer, alone. */
    private Contents oneImporter(JarProcess exhibit) throws Exception {
        String url = newDatabase();
        JarProcess.Run run = exhibit.runWithin(300, List.of(), "import", "--db", url, corpus.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(imported(run.out())).hasSize(documents);
        return contents(url);
    }

    private static List<String> imported(String out) {
        List<String> names = new ArrayList<>();
        for (String line : out.lines().toList()) {
            Matcher m = IMPORTED.matcher(line);
            if (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Reads a process's stdout to the end on a thread of its own. */
    private static final class Output extends Thread {
        private final Process process;
        private final List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();

        Output(Process process) {
            this.process = process;
            start();
        }

        @Override
        public void run() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException ignored) {
                // a killed process's pipe ends early; what it wrote before is kept
            }
        }

        String text() throws InterruptedException {
            join(TimeUnit.MINUTES.toMillis(5));
            return String.join("\n", lines) + "\n";
        }
    }

    @Test
    void fourImportersAtOnceGiveExactlyTheFactsOfOne() throws Exception {
        JarProcess exhibit = new JarProcess(home);
        Contents one = oneImporter(exhibit);
        assertThat(one.facts().rows()).isGreaterThan(1000);

        String url = newDatabase();
        List<Process> importers = new ArrayList<>();
        List<Output> outputs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Process p = exhibit.start(List.of(), "import", "--db", url, corpus.toString());
            p.getOutputStream().close();
            importers.add(p);
            outputs.add(new Output(p));
        }
        List<String> imported = new ArrayList<>();
        for (int i = 0; i < importers.size(); i++) {
            assertThat(importers.get(i).waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(importers.get(i).exitValue()).as("importer %d: %s", i + 1, outputs.get(i).text()).isZero();
            imported.addAll(imported(outputs.get(i).text()));
        }
        Map<String, Long> times = imported.stream().collect(Collectors.groupingBy(n -> n, Collectors.counting()));
        assertThat(times).hasSize(documents).allSatisfy((name, n) -> assertThat(n).as(name).isOne());
        assertThat(contents(url)).isEqualTo(one);
    }

    @Test
    void anImporterKilledMidwayLeavesNothingPartialAndTheOthersTakeItsDocuments() throws Exception {
        // A corpus large enough that the first importer is still at work when the second has started, on a fast
        // machine too: 32 documents were all imported within the 1.5 s this test once waited.
        corpus = home.resolve("larger");
        documents = CorpusGenerator.generate(new CorpusGenerator.Options(24, 8, 11, 0), corpus).documents();
        JarProcess exhibit = new JarProcess(home);
        Contents one = oneImporter(exhibit);

        String url = newDatabase();
        Process victim = exhibit.start(List.of(), "import", "--db", url, corpus.toString());
        victim.getOutputStream().close();
        Output victimOutput = new Output(victim);
        while (victimOutput.lines.stream().noneMatch(l -> IMPORTED.matcher(l).find()) && victim.isAlive()) {
            Thread.sleep(20);
        }
        Process survivor = exhibit.start(List.of(), "import", "--db", url, corpus.toString());
        survivor.getOutputStream().close();
        Output survivorOutput = new Output(survivor);
        Thread.sleep(500);
        assertThat(victim.isAlive()).as("the first importer is still importing when it is killed").isTrue();
        victim.destroyForcibly(); // SIGKILL
        victim.waitFor();
        List<String> reportedByVictim = imported(victimOutput.text());

        assertThat(survivor.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String survivorOut = survivorOutput.text();
        assertThat(survivor.exitValue()).as(survivorOut).isZero();
        List<String> takenBySurvivor = imported(survivorOut);
        assertThat(takenBySurvivor).doesNotContainAnyElementsOf(reportedByVictim);
        // The killed importer may have committed documents it had no time to report; none is imported twice.
        assertThat(reportedByVictim.size() + takenBySurvivor.size()).isLessThanOrEqualTo(documents);
        assertThat(contents(url)).as("the database once the survivor is done").isEqualTo(one);

        JarProcess.Run after = exhibit.runWithin(300, List.of(), "import", "--db", url, corpus.toString());
        assertThat(after.status()).as(after.err()).isZero();
        assertThat(imported(after.out())).isEmpty();
        assertThat(contents(url)).isEqualTo(one);
    }
}
