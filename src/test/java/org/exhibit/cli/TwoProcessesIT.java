package org.exhibit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on one database file: the second is refused at once with a sentence naming the process that holds
 * the database, and the first carries on undisturbed.
 */
class TwoProcessesIT {

    /** How long a refused process may take, start-up of a JVM on a busy machine included; H2 itself does not wait. */
    private static final int REFUSED_WITHIN_SECONDS = 30;
    private static final String SENTENCE = "exhibit: The database %s is in use by '%s' \\(pid %d, since"
            + " \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\); H2 lets one process at a time use a database file:"
            + " wait for it to finish or close it, or use another --db.\n";

    @TempDir
    Path home;

    @Test
    void importWhileTheReplIsOpenIsRefusedAtOnceNamingTheReplWhichCarriesOn() throws Exception {
        JarProcess exhibit = new JarProcess(home);
        String db = "jdbc:h2:file:" + home.resolve("exhibit");
        assertThat(exhibit.run("import", "--db", db, "data/innovo-2003-q1-ex99.txt").status()).isZero();

        Process repl = exhibit.start(List.of(), "repl", "--db", db);
        awaitHolder(repl);
        JarProcess.Run refused = exhibit.runWithin(REFUSED_WITHIN_SECONDS, List.of(), "import", "--db", db, "data");
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).matches(String.format(SENTENCE, home.resolve("exhibit"),
                "exhibit repl", repl.pid()));
        assertThat(refused.out()).isEmpty();

        try (OutputStream in = repl.getOutputStream()) {
            in.write("select count(*) as documents from document;\n".getBytes(StandardCharsets.UTF_8));
        }
        String shown = new String(repl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(repl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(repl.exitValue()).isZero();
        assertThat(shown).contains("documents").containsPattern("\\b1\\b");

        JarProcess.Run imported = exhibit.run("import", "--db", db, "data");
        assertThat(imported.status()).isZero();
        assertThat(imported.out()).contains("innovo-2003-q1-ex99.txt: unchanged")
                .contains("innovo-2003-q3-ex99.txt: imported");
    }

    @Test
    void queriesWhileAnImportRunsAreRefusedAtOnceNamingTheImportWhichCompletes() throws Exception {
        JarProcess exhibit = new JarProcess(home);
        String db = "jdbc:h2:file:" + home.resolve("exhibit");
        Path documents = JarProcess.copiesOfSmallFilings(home.resolve("documents"), 3);
        Process importing = exhibit.start(List.of(), "import", "--db", db, documents.toString());
        importing.getOutputStream().close();
        awaitHolder(importing);
        String holder = "exhibit import";

        JarProcess.Run query = exhibit.runWithin(REFUSED_WITHIN_SECONDS, List.of(), "query", "--db", db, "select 1");
        assertThat(query.status()).isEqualTo(1);
        assertThat(query.err()).matches(String.format(SENTENCE, home.resolve("exhibit"), holder, importing.pid()));
        JarProcess.Run readOnly = exhibit.runWithin(REFUSED_WITHIN_SECONDS, List.of(), "query", "--read-only", "--db", db,
                "select 1");
        assertThat(readOnly.status()).isEqualTo(1);
        assertThat(readOnly.err()).matches(String.format(SENTENCE, home.resolve("exhibit"), holder, importing.pid()));
        assertThat(importing.isAlive()).as("the import outlives the refused queries (else this test proves nothing)").isTrue();

        String summary = new String(importing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(importing.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(importing.exitValue()).isZero();
        int total = JarProcess.SMALL_FILINGS.size() * 3;
        assertThat(summary.lines().filter(line -> line.contains(": imported")).count()).isEqualTo(total);

        JarProcess.Run after = exhibit.run("query", "--db", db, "--format", "csv", "select count(*) as n from document");
        assertThat(after.out()).isEqualTo("n\n" + total + "\n");
    }

    @Test
    void aDatabaseHeldByAnotherProgramIsRefusedWithoutNamingAStaleNote() throws Exception {
        JarProcess exhibit = new JarProcess(home);
        String db = "jdbc:h2:file:" + home.resolve("exhibit");
        assertThat(exhibit.run("query", "--db", db, "select 1").status()).isZero();
        assertThat(home.resolve("exhibit.owner")).as("the note of the process that has exited").exists();

        ProcessBuilder shell = new ProcessBuilder("java", "-cp", JarIT.jar().toString(), "org.h2.tools.Shell", "-url", db)
                .redirectError(home.resolve("shell-err.txt").toFile());
        Process h2 = shell.start();
        try {
            try (OutputStream in = h2.getOutputStream()) {
                in.write("select 1;\n".getBytes(StandardCharsets.UTF_8));
                in.flush();
                awaitOutput(h2);
                JarProcess.Run refused = exhibit.runWithin(REFUSED_WITHIN_SECONDS, List.of(), "query", "--db", db, "select 1");
                assertThat(refused.status()).isEqualTo(1);
                assertThat(refused.err()).isEqualTo("exhibit: The database " + home.resolve("exhibit")
                        + " is in use by another program; H2 lets one process at a time use a database file:"
                        + " wait for it to finish or close it, or use another --db.\n");
            }
        } finally {
            h2.destroy();
            h2.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Waits until the owner note names {@code process}, that is, until it holds the database. */
    private void awaitHolder(Process process) throws IOException, InterruptedException {
        Path note = home.resolve("exhibit.owner");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.exists(note) && Files.readString(note).startsWith(process.pid() + "\n")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("process " + process.pid() + " did not open the database within a minute");
    }

    /** Waits for the first byte of the H2 shell's answer, which it gives once connected. */
    private static void awaitOutput(Process process) throws IOException {
        assertThat(process.getInputStream().read()).as("the H2 shell answers").isNotNegative();
    }
}
