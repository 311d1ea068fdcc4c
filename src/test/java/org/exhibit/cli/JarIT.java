package org.exhibit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar run as a user runs it: a separate JVM, real files, real exit codes. */
class JarIT {

    @TempDir
    Path home;

    /** Output and exit status of one run of the jar. */
    record Run(int status, String out, String err) {
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("exhibit.jar", "target/exhibit.jar"));
        assertThat(jar).as("the packaged jar").exists();
        return jar;
    }

    private Run exhibit(String... args) throws IOException, InterruptedException {
        return exhibitIn(List.of(), args);
    }

    /** A run in a JVM started with {@code jvmOptions} (a heap limit, say). */
    private Run exhibitIn(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(List.of(args));
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
        builder.environment().remove("EXHIBIT_DB");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void withoutXdgVariablesTheDatabaseIsUnderHomeEvenWhenJavasUserHomeDiffers() throws Exception {
        Path other = Files.createDirectories(home.resolve("other-home"));
        ProcessBuilder builder = new ProcessBuilder("java", "-Duser.home=" + home.resolve("java-home"), "-jar",
                jar().toString(), "query", "select count(*) as n from facts")
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectErrorStream(true).redirectOutput(home.resolve("home.txt").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("XDG_") || name.equals("EXHIBIT_DB"));
        builder.environment().put("HOME", other.toString());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(home.resolve("home.txt"))).isZero();
        assertThat(other.resolve(".local/share/exhibit/exhibit.mv.db")).exists();
        assertThat(home.resolve("java-home")).doesNotExist();
    }

    @Test
    void importThenQueryAsCsvIntoTheDefaultDatabase() throws Exception {
        Run imported = exhibit("import", "data");
        assertThat(imported.status()).isZero();
        assertThat(imported.out()).contains("innovo-2003-q3-ex99.txt: imported, Innovo Group Inc., 2 tables, 116 facts");
        assertThat(imported.err()).matches("exhibit: Imported 2 documents, 0 unchanged, 0 failed; 196 facts; 0 lines not read;"
                + " checks: 2 errors, 2 warnings; [0-9.]+ m?s\\.\n");
        assertThat(home.resolve("data/exhibit/exhibit.mv.db")).exists();

        Run query = exhibit("query", "--format", "csv",
                "select concept, value, printed_value from facts where document = 'innovo-2003-q3-ex99.txt'"
                        + " and period_end = date '2003-08-30' and months = 9 and concept in ('Revenues', 'InterestExpense')"
                        + " order by concept");
        assertThat(query.status()).isZero();
        assertThat(query.out()).isEqualTo("concept,value,printed_value\nInterestExpense,770000,-770000\nRevenues,45834000,45834000\n");
        assertThat(query.err()).isEmpty();
    }

    @Test
    void badSqlAndAMissingFileExitOneWithOneSentenceAndNoStackTrace() throws Exception {
        Run bad = exhibit("query", "select * from factz");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err()).isEqualTo("query:1:15: Table \"FACTZ\" not found; did you mean facts?\n");

        Run missing = exhibit("import", "no/such/filing.txt");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("exhibit: no/such/filing.txt: not imported, no such file.\n");
        assertThat(bad.err() + missing.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void theFirstRunShowsTheSamplesFromADatabaseOfTheirOwnAndTheUsersDatabaseStartsEmpty() throws Exception {
        Path samples = home.resolve("data/exhibit/samples.mv.db");
        Path own = home.resolve("data/exhibit/exhibit.mv.db");
        Run first = exhibit();
        assertThat(first.status()).isZero();
        assertThat(first.err()).startsWith("exhibit: no database of your own yet, so this is the bundled samples' ("
                + samples + "); exhibit import <files or folders> starts yours.\n"
                + "exhibit: the database is empty; importing the bundled sample documents.\n");
        assertThat(first.out()).startsWith("exhibit: 2 documents, 1 company, 196 facts in jdbc:h2:file:"
                + home.resolve("data/exhibit/samples") + "\n");
        assertThat(first.out()).as("the commands it suggests read the user's own database, and it says so")
                .contains("\nThese are the bundled samples; query, saved, run and check read your own database, which"
                        + " holds what you import (exhibit import data/ copies the samples into it).\n");
        assertThat(own).as("the user's own database is not made by browsing the samples").doesNotExist();

        Run again = exhibit();
        assertThat(again.err()).as("the samples are imported once").doesNotContain("importing");

        Run query = exhibit("query", "--format", "csv", "select count(*) as n from facts");
        assertThat(query.out()).as("the user's own database holds no sample").isEqualTo("n\n0\n");
        Run browse = exhibit();
        assertThat(browse.err()).isEqualTo("exhibit: your database " + own + " is empty; exhibit import <files or"
                + " folders> loads filings (exhibit import data/ the samples).\n");
        assertThat(browse.out()).startsWith("exhibit: 0 documents");

        Run chosen = exhibit("--db", "jdbc:h2:file:" + home.resolve("chosen"));
        assertThat(chosen.err()).as("an empty database chosen with --db gets the samples, as before")
                .startsWith("exhibit: the database is empty; importing the bundled sample documents.\n");
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        Run run = exhibit("query", "--no-such-option", "select 1");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void csvOfAMillionRowsFarLargerThanTheHeapStreamsAndATableOfItFailsWithOneSentence() throws Exception {
        String large = "select x, repeat(cast(x as varchar), 8) as pad from system_range(1, 1000000)";
        Run csv = exhibitIn(List.of("-Xmx32m"), "query", "--format", "csv", large);
        assertThat(csv.err()).isEmpty();
        assertThat(csv.status()).isZero();
        assertThat(csv.out().length()).as("about 60 MB through a 32 MB heap").isGreaterThan(55_000_000);
        assertThat(csv.out().lines().count()).isEqualTo(1_000_001);
        assertThat(csv.out()).endsWith("\n1000000," + "1000000".repeat(8) + "\n");

        Run table = exhibitIn(List.of("-Xmx32m"), "query", "--format", "table", large);
        assertThat(table.status()).isEqualTo(1);
        assertThat(table.err()).isEqualTo("query:1: the result is too large to lay out as table in memory;"
                + " csv, tsv, json and vertical stream results of any size.\n");
    }

    @Test
    void scriptedRunsExitZeroOneOrTwo() throws Exception {
        Path good = home.resolve("good.sql");
        Path bad = home.resolve("bad.sql");
        Files.writeString(good, "select 1 as a;\nselect 2 as b;\n");
        Files.writeString(bad, "select 1 as a;\nselect nosuch;\nselect 3 as c;\n");
        assertThat(exhibit("run", good.toString()).status()).isZero();
        Run failed = exhibit("run", bad.toString());
        assertThat(failed.status()).isEqualTo(1);
        assertThat(failed.out()).isEqualTo("a\n1\n");
        assertThat(failed.err()).isEqualTo(bad + ":2:8: Column \"NOSUCH\" not found\n");
        Run keptGoing = exhibit("run", "--continue", bad.toString());
        assertThat(keptGoing.status()).isEqualTo(1);
        assertThat(keptGoing.out()).isEqualTo("a\n1\nc\n3\n");
        assertThat(exhibit("run", home.resolve("missing.sql").toString()).status()).isEqualTo(1);
        assertThat(exhibit("run").status()).isEqualTo(2);
        assertThat(exhibit("run", "--null").status()).isEqualTo(2);
    }

    @Test
    void csvOptionsNullBomAndTheFormulaGuard() throws Exception {
        String sql = "select * from (values (1, cast(null as varchar), '=1+2', -3), (2, '', '@x', 4)) t(id, a, b, n)";
        Run plain = exhibit("query", "--format", "csv", sql);
        assertThat(plain.out()).isEqualTo("id,a,b,n\n1,,=1+2,-3\n2,,@x,4\n");
        Run options = exhibit("query", "--format", "csv", "--null", "NULL", "--bom", "--escape-formulas", sql);
        assertThat(options.status()).isZero();
        assertThat(options.out()).isEqualTo("\uFEFFid,a,b,n\n1,NULL,'=1+2,-3\n2,,'@x,4\n");
    }
}
