package org.exhibit.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.exhibit.query.Script;
import org.exhibit.render.Format;
import org.exhibit.render.RenderOptions;
import org.exhibit.store.BundledData;
import org.exhibit.store.Database;
import org.exhibit.store.Importer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each user action, run as the command line and the workbench run it, on a real H2 file database built by the
 * migrations and holding the bundled samples: the rules that now live in one place say the same in both dialects.
 */
class SessionActionsTest {

    @TempDir
    static Path folder;

    private static Database database;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void open() throws Exception {
        database = Database.open("jdbc:h2:file:" + folder.resolve("exhibit"));
        BundledData.importAll(new Importer(database));
    }

    @AfterAll
    static void close() throws Exception {
        database.close();
    }

    @BeforeEach
    void clear() {
        out.reset();
        err.reset();
    }

    private Session session(Dialect dialect) {
        return new Session(database, print(out), print(err), Format.CSV, RenderOptions.DEFAULT, Map.of(), false, dialect,
                Session.DIRECT);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aMissingValueIsAUsageErrorForAStatementAScriptAndASavedQueryInBothDialects() throws Exception {
        Path script = Files.writeString(folder.resolve("r.sql"), "select :company as c;\nselect 2 as never;\n");
        for (Dialect dialect : Dialect.values()) {
            clear();
            Outcome statement = RunStatements.run(session(dialect),
                    new RunStatements.Request(Script.split("select :company as c", "query"), Map.of(), false));
            Outcome run = RunScript.run(session(dialect), new RunScript.Request(script, Map.of(), false, null));
            Outcome saved = SavedQuery.run(session(dialect), new SavedQuery.Request("growth", Map.of("company", "INNO")));
            assertThat(List.of(statement.status(), run.status(), saved.status())).as(dialect.name())
                    .containsOnly(Outcome.USAGE);
            assertThat(out()).as("nothing ran").isEmpty();
            assertThat(saved.message()).startsWith("The saved query growth needs concept; ");
            assertThat(err()).contains("query:1: The statement uses :company but no value was given; ",
                    script + ":1: The statement uses :company but no value was given; ");
        }
    }

    @Test
    void theCommandLineAsksForParamAndTheWorkbenchForNameEqualsValueOrSet() throws Exception {
        Path script = Files.writeString(folder.resolve("r2.sql"), "select :company as c;\n");
        Outcome saved = SavedQuery.run(session(Dialect.COMMAND_LINE),
                new SavedQuery.Request("growth", Map.of("company", "INNO")));
        RunScript.run(session(Dialect.COMMAND_LINE), new RunScript.Request(script, Map.of(), false, null));
        assertThat(saved.message()).isEqualTo("The saved query growth needs concept; add --param concept=...");
        assertThat(err()).isEqualTo(script + ":1: The statement uses :company but no value was given;"
                + " add --param company=<value>.\n");

        clear();
        saved = SavedQuery.run(session(Dialect.WORKBENCH), new SavedQuery.Request("growth", Map.of("company", "INNO")));
        Outcome run = RunScript.run(session(Dialect.WORKBENCH), new RunScript.Request(script, Map.of(), false, null));
        assertThat(saved.message()).isEqualTo("The saved query growth needs concept; add concept=... after the name:"
                + " \\saved growth concept=...");
        assertThat(err()).isEqualTo(script + ":1: The statement uses :company but no value was given;"
                + " \\set company <value> gives it one.\n");
        assertThat(run.message()).isEqualTo("Stopped at " + script + ":1; the statements after it did not run.");
        assertThat(err() + saved.message() + run.message()).doesNotContain("--param");
    }

    @Test
    void aSessionVariableGivesAValueAndARequestsOwnValueWins() throws Exception {
        Session session = new Session(database, print(out), print(err), Format.CSV, RenderOptions.DEFAULT,
                Map.of("company", "INNO", "c", "Revenues"), false, Dialect.WORKBENCH, Session.DIRECT);
        Outcome ran = RunStatements.run(session, new RunStatements.Request(
                Script.split("select :company as company, :c as c", "input"), Map.of("c", "NetIncomeLoss"), false));
        assertThat(ran).isEqualTo(Outcome.ok());
        assertThat(out()).isEqualTo("company,c\nINNO,NetIncomeLoss\n");
    }

    @Test
    void aFailedStatementIsAFailureAndTheScriptStopsThere() throws Exception {
        Path script = Files.writeString(folder.resolve("bad.sql"), "select 1 as a;\nselect nosuch;\nselect 3 as c;\n");
        Outcome stopped = RunScript.run(session(Dialect.COMMAND_LINE), new RunScript.Request(script, Map.of(), false, null));
        assertThat(stopped).isEqualTo(Outcome.failed(null));
        assertThat(out()).isEqualTo("a\n1\n");
        assertThat(err()).isEqualTo(script + ":2:8: Column \"NOSUCH\" not found\n");

        clear();
        Outcome keptGoing = RunScript.run(session(Dialect.COMMAND_LINE), new RunScript.Request(script, Map.of(), true, null));
        assertThat(keptGoing.status()).isEqualTo(Outcome.FAILED);
        assertThat(out()).isEqualTo("a\n1\nc\n3\n");

        Outcome missing = RunScript.run(session(Dialect.WORKBENCH),
                new RunScript.Request(folder.resolve("no.sql"), Map.of(), false, null));
        assertThat(missing).isEqualTo(Outcome.failed(folder.resolve("no.sql") + ": no such file."));
    }

    @Test
    void exportWritesTheFileWholeInItsExtensionsFormatOrNotAtAll() throws Exception {
        Path csv = folder.resolve("net.csv");
        Outcome exported = Export.run(session(Dialect.WORKBENCH), new Export.Request(csv,
                "select period_end, value from latest_facts where concept = 'NetIncomeLoss' and months = 9"
                        + " order by period_end"));
        assertThat(exported).isEqualTo(Outcome.ok("Exported 2 rows to " + csv + "."));
        assertThat(Files.readString(csv)).isEqualTo("period_end,value\n2002-08-31,531000\n2003-08-30,-2524000\n");

        Outcome failed = Export.run(session(Dialect.WORKBENCH), new Export.Request(csv, "select nosuch from facts"));
        assertThat(failed.status()).isEqualTo(Outcome.FAILED);
        assertThat(Files.readString(csv)).as("left as it was").startsWith("period_end,value\n2002-08-31");

        Outcome wrongExtension = Export.run(session(Dialect.WORKBENCH),
                new Export.Request(folder.resolve("net.xls"), "select 1"));
        assertThat(wrongExtension.status()).isEqualTo(Outcome.USAGE);
        assertThat(wrongExtension.message()).endsWith("not .xls.");
        assertThat(folder.resolve("net.xls")).doesNotExist();

        Outcome two = Export.run(session(Dialect.WORKBENCH), new Export.Request(csv, "select 1; select 2"));
        assertThat(two).isEqualTo(Outcome.usage("\\export takes one query."));
    }

    @Test
    void removeNeedsDocumentsOrACompanyAndRemovesNothingThatIsNotThere() {
        assertThat(Remove.run(session(Dialect.COMMAND_LINE), new Remove.Request(List.of(), null)))
                .isEqualTo(Outcome.usage(Remove.BOTH_OR_NEITHER));
        assertThat(Remove.run(session(Dialect.WORKBENCH), new Remove.Request(List.of("x.txt"), "INNO")).status())
                .isEqualTo(Outcome.USAGE);
        Outcome nothing = Remove.run(session(Dialect.WORKBENCH), new Remove.Request(List.of("no-such.txt"), null));
        assertThat(nothing.status()).isEqualTo(Outcome.FAILED);
        assertThat(nothing.message()).startsWith("Nothing was removed: no document is named 'no-such.txt'");
    }

    @Test
    void describeListsColumnsAndNamesAMissingTableInOneSentence() throws Exception {
        assertThat(Describe.run(session(Dialect.WORKBENCH), new Describe.Request("FACTS"))).isEqualTo(Outcome.ok());
        assertThat(out()).startsWith("column,type,nullable\n").contains("\nvalue,").contains("\nline,");
        assertThat(Describe.run(session(Dialect.WORKBENCH), new Describe.Request("factz")))
                .isEqualTo(Outcome.failed("No table or view named factz; \\d lists them."));
    }

    @Test
    void findingsOfOneDocument() throws Exception {
        assertThat(Findings.run(session(Dialect.WORKBENCH), new Findings.Request("innovo-2003-q1-ex99.txt")))
                .isEqualTo(Outcome.ok());
        assertThat(out()).startsWith("document,rule,severity,").contains("innovo-2003-q1-ex99.txt,sum,error,")
                .doesNotContain("innovo-2003-q3-ex99.txt");
    }

    @Test
    void explainNeedsNoDatabaseAndNamesAFileItCannotRead() {
        Session noDatabase = new Session(null, print(out), print(err), Format.CSV, RenderOptions.DEFAULT, Map.of(),
                false, Dialect.COMMAND_LINE, Session.DIRECT);
        Outcome explained = Explain.run(noDatabase, new Explain.Request(List.of(Path.of("data/innovo-2003-q1-ex99.txt"),
                Path.of("no/such.txt"))));
        assertThat(explained.status()).isEqualTo(Outcome.FAILED);
        assertThat(out()).startsWith("innovo-2003-q1-ex99.txt: Innovo Group Inc. (INNO)");
        assertThat(err()).isEqualTo("exhibit: no/such.txt: not imported, no such file.\n");
    }

    @Test
    void importIntoAReadOnlyDatabaseIsRefusedInTheWordsOfWhereItWasAsked() {
        assertThat(Import.refusedReadOnly(Dialect.COMMAND_LINE)).isEqualTo(
                Outcome.usage("import changes the database, so it cannot run with --read-only."));
        assertThat(Import.refusedReadOnly(Dialect.WORKBENCH)).isEqualTo(
                Outcome.usage("\\import changes the database, so it cannot run with --read-only."));
    }

    @Test
    void importingTheSamplesAgainChangesNothingAndSaysSoPerDocument() {
        List<Path> files = List.of(Path.of("data/innovo-2003-q1-ex99.txt"), Path.of("data/innovo-2003-q3-ex99.txt"));
        Outcome imported = Import.run(session(Dialect.WORKBENCH), new Import.Request(files, Import.NONE, false));
        assertThat(imported).isEqualTo(Outcome.ok());
        assertThat(out()).isEqualTo("innovo-2003-q1-ex99.txt: unchanged, nothing to do\n"
                + "innovo-2003-q3-ex99.txt: unchanged, nothing to do\n");
        assertThat(err()).startsWith("Imported 0 documents");
    }
}
