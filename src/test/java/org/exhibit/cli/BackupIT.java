package org.exhibit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code exhibit backup} and {@code exhibit restore} with the built jar: what comes back is what went in. */
class BackupIT {

    /** Every fact, finding and latest fact, each in an order that leaves no ties between different rows. */
    private static final List<String> EXPORTS = List.of(UpgradeTest.FACTS, UpgradeTest.FINDINGS,
            "select * from latest_facts order by company, concept, label, period_end, months, document, line",
            "select label, concept, statement from label_alias order by label, concept, statement");

    @TempDir
    Path home;

    /** Output and exit status of one run of the jar. */
    private record Run(int status, String out, String err) {
    }

    private Run exhibit(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JarIT.jar().toString()));
        command.addAll(List.of(args));
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.environment().remove("EXHIBIT_DB");
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Each export of the database at {@code db} as CSV, written by the jar's {@code run --out}. */
    private List<String> export(String db, String name) throws IOException, InterruptedException {
        Path script = home.resolve("export.sql");
        Files.writeString(script, String.join(";\n", EXPORTS) + ";\n");
        Path folder = home.resolve(name);
        Run run = exhibit("run", "--db", db, "--out-dir", folder.toString(), script.toString());
        assertThat(run.status()).as(run.err()).isZero();
        List<String> csv = new ArrayList<>();
        for (int i = 1; i <= EXPORTS.size(); i++) {
            csv.add(Files.readString(folder.resolve("export-" + i + ".csv")));
        }
        return csv;
    }

    @Test
    void aRestoredBackupExportsByteForByteWhatTheDatabaseExported() throws Exception {
        String original = "jdbc:h2:file:" + home.resolve("original");
        String restored = "jdbc:h2:file:" + home.resolve("restored");
        Path corpus = Path.of("src/test/resources/corpus");
        assertThat(exhibit("import", "--db", original, "data", corpus.resolve("bristolmyers-10q-1994-06-30.txt").toString(),
                corpus.resolve("bristolmyers-10q-1996-06-30.txt").toString()).status()).isZero();
        List<String> before = export(original, "before");
        assertThat(before.get(0).lines().count()).as("facts").isGreaterThan(400);
        assertThat(before.get(1).lines().count()).as("findings").isGreaterThan(10);

        Path backup = home.resolve("exhibit-backup.zip");
        Run written = exhibit("backup", "--db", original, backup.toString());
        assertThat(written.status()).as(written.err()).isZero();
        assertThat(written.err()).startsWith("exhibit: wrote 4 documents, 2 companies, ");
        Run back = exhibit("restore", "--db", restored, backup.toString());
        assertThat(back.status()).as(back.err()).isZero();
        assertThat(back.err()).startsWith("exhibit: restored 4 documents, 2 companies, ");

        assertThat(export(restored, "after")).isEqualTo(before);
    }

    @Test
    void aTruncatedBackupIsRefusedInOneSentenceAndTheTargetIsLeftAsItWas() throws Exception {
        String original = "jdbc:h2:file:" + home.resolve("original");
        assertThat(exhibit("import", "--db", original, "data").status()).isZero();
        Path backup = home.resolve("exhibit-backup.zip");
        assertThat(exhibit("backup", "--db", original, backup.toString()).status()).isZero();
        byte[] whole = Files.readAllBytes(backup);
        Path truncated = Files.write(home.resolve("truncated.zip"), Arrays.copyOf(whole, whole.length / 2));

        Run run = exhibit("restore", "--db", "jdbc:h2:file:" + home.resolve("target"), truncated.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("exhibit: " + truncated + ": not a whole exhibit backup (")
                .endsWith("); nothing was restored.\n").hasLineCount(1);
        assertThat(home.resolve("target.mv.db")).doesNotExist();
    }
}
