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
 * Several processes on one database file, as an analyst works with the workbench open in one terminal and commands
 * run from another: the first process serves the file and the others use it through it, each seeing what the others
 * committed; only a program that does not share the file is refused, with a sentence.
 */
class TwoProcessesIT {

    @TempDir
    Path home;

    @Test
    void anImportInAnotherProcessWhileTheReplIsOpenLandsAndTheReplSeesIt() throws Exception {
        JarProcess exhibit = new JarProcess(home);
        String db = "jdbc:h2:file:" + home.resolve("exhibit");
        assertThat(exhibit.run("import", "--db", db, "data/innovo-2003-q1-ex99.txt").status()).isZero();

        Process repl = exhibit.start(List.of(), "repl", "--db", db);
        awaitHolder(repl);
        JarProcess.Run imported = exhibit.run("import", "--db", db, "data");
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("innovo-2003-q1-ex99.txt: unchanged")
                .contains("innovo-2003-q3-ex99.txt: imported");
        JarProcess.Run queried = exhibit.run("query", "--db", db, "--format", "csv",
                "select count(*) as n from facts where document = 'innovo-2003-q3-ex99.txt'");
        assertThat(queried.status()).as(queried.err()).isZero();
        assertThat(queried.out()).isEqualTo("n\n116\n");
        assertThat(repl.isAlive()).as("the repl held the database all along (else this test proves nothing)").isTrue();

        try (OutputStream in = repl.getOutputStream()) {
            in.write("select count(*) as documents from document;\n".getBytes(StandardCharsets.UTF_8));
        }
        String shown = new String(repl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(repl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(repl.exitValue()).isZero();
        assertThat(shown).contains("documents").containsPattern("\\b2\\b");
    }

    @Test
    void twoImportsAtOnceBothLandWhole() throws Exception {
        JarProcess exhibit = new JarProcess(home);
        String db = "jdbc:h2:file:" + home.resolve("exhibit");
        Path first = JarProcess.copiesOfSmallFilings(home.resolve("first"), 3);
        Path second = renamed(JarProcess.copiesOfSmallFilings(home.resolve("second"), 3), "second-");
        Process importing = exhibit.start(List.of(), "import", "--db", db, first.toString());
        importing.getOutputStream().close();
        awaitHolder(importing);

        JarProcess.Run other = exhibit.run("import", "--db", db, second.toString());
        assertThat(importing.isAlive()).as("the first import outlives the second (else this test proves nothing)")
                .isTrue();
        String summary = new String(importing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(importing.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(importing.exitValue()).as(exhibit.lastErr()).isZero();
        assertThat(other.status()).as(other.err()).isZero();
        int each = JarProcess.SMALL_FILINGS.size() * 3;
        assertThat(summary.lines().filter(line -> line.contains(": imported")).count()).isEqualTo(each);
        assertThat(other.out().lines().filter(line -> line.contains(": imported")).count()).isEqualTo(each);

        JarProcess.Run after = exhibit.run("query", "--db", db, "--format", "csv",
                "select count(distinct document) as documents, count(distinct company) as companies from facts");
        assertThat(after.out()).as(after.err()).isEqualTo("documents,companies\n" + 2 * each + ",2\n");
    }

    @Test
    void queriesReadOnlyOrNotRunWhileAnImportRunsWhichCompletesEvenWhenTheReplServingItQuits() throws Exception {
        JarProcess exhibit = new JarProcess(home);
        String db = "jdbc:h2:file:" + home.resolve("exhibit");
        assertThat(exhibit.run("import", "--db", db, "data/innovo-2003-q1-ex99.txt").status()).isZero();
        Process repl = exhibit.start(List.of(), "repl", "--db", db);
        awaitHolder(repl);
        Path documents = JarProcess.copiesOfSmallFilings(home.resolve("documents"), 5);
        Process importing = exhibit.start(List.of(), "import", "--db", db, documents.toString());
        importing.getOutputStream().close();
        awaitOutput(importing);

        JarProcess.Run readOnly = exhibit.run("query", "--read-only", "--db", db, "--format", "csv",
                "select case when count(*) > 0 then 'yes' end as seen from document");
        assertThat(readOnly.status()).as(readOnly.err()).isZero();
        assertThat(readOnly.out()).isEqualTo("seen\nyes\n");
        JarProcess.Run refused = exhibit.run("query", "--read-only", "--db", db, "delete from document");
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("query:1: Not enough rights for object \"PUBLIC.DOCUMENT\"; the database is"
                + " open read-only (--read-only): queries only, no changes, no files, no Java\n");
        repl.getOutputStream().close();
        assertThat(repl.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(repl.exitValue()).isZero();

        String summary = new String(importing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(importing.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(importing.exitValue()).as(exhibit.lastErr()).isZero();
        int total = JarProcess.SMALL_FILINGS.size() * 5;
        assertThat(summary.lines().filter(line -> line.contains(": imported")).count()).isEqualTo(total);
        JarProcess.Run after = exhibit.run("query", "--db", db, "--format", "csv", "select count(*) as n from document");
        assertThat(after.out()).isEqualTo("n\n" + (total + 1) + "\n");
    }

    @Test
    void aDatabaseHeldByAProgramThatDoesNotShareItIsRefusedWithASentence() throws Exception {
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
                long start = System.nanoTime();
                JarProcess.Run refused = exhibit.runWithin(60, List.of(), "query", "--db", db, "select 1");
                assertThat(refused.status()).isEqualTo(1);
                assertThat(refused.err()).isEqualTo("exhibit: The database " + home.resolve("exhibit")
                        + " is in use by another program, which does not share it (exhibit shares a database between"
                        + " its processes, but a --read-only session that opened the file first and other programs do"
                        + " not); wait for it to finish or close it, or use another --db.\n");
                assertThat(System.nanoTime() - start).as("waited a bounded time for the holder")
                        .isGreaterThan(TimeUnit.SECONDS.toNanos(10));
            }
        } finally {
            h2.destroy();
            h2.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** {@code folder} with each file's name prefixed, so that its documents differ in name from other copies. */
    private static Path renamed(Path folder, String prefix) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.move(file, file.resolveSibling(prefix + file.getFileName()));
            }
        }
        return folder;
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

    /** Waits for the first byte of a process's output (an import's first line, the H2 shell's answer). */
    private static void awaitOutput(Process process) throws IOException {
        assertThat(process.getInputStream().read()).as("the process answers").isNotNegative();
    }
}
