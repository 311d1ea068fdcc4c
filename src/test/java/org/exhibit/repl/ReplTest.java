package org.exhibit.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.exhibit.store.BundledData;
import org.exhibit.store.Database;
import org.exhibit.store.Importer;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench driven through JLine with injected streams, on a real database holding the samples. */
class ReplTest {

    @TempDir
    Path folder;

    private Database database;

    @BeforeEach
    void open() throws Exception {
        database = Database.open("jdbc:h2:file:" + folder.resolve("exhibit"));
        BundledData.importAll(new Importer(database));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private String session(String typed) throws Exception {
        return session(typed, 0);
    }

    /** What the screen shows after {@code typed}, on a terminal {@code columns} wide (0: unknown, no limit). */
    private String session(String typed, int columns) throws Exception {
        return session(typed, columns, Map.of("XDG_CONFIG_HOME", folder.resolve("config").toString()));
    }

    /** The same, with the environment given. */
    private String session(String typed, int columns, Map<String, String> env) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", "dumb",
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(columns, 24));
            int status = new Repl(database, terminal, folder.resolve("history"), env).run();
            assertThat(status).isZero();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aStatementSpanningLinesRunsWhenItsSemicolonArrivesAndIsOneHistoryEntry() throws Exception {
        String screen = session("select count(*)\n  as n\n  from facts;\n\\q\n");
        assertThat(screen).startsWith("exhibit: 2 documents, 1 company, 196 facts.");
        assertThat(screen).contains("| 196 |").contains("(1 row)");
        assertThat(screen).as("a dumb terminal gets plain text").doesNotContain("\u001b[");

        List<String> history = Files.readAllLines(folder.resolve("history"));
        assertThat(history).hasSize(2);
        assertThat(history.get(0)).endsWith("select count(*)\\n  as n\\n  from facts;");
        assertThat(history.get(1)).endsWith("\\q");
    }

    @Test
    void anErrorIsOneLineWithItsPositionAndTheSessionGoesOn() throws Exception {
        String screen = session("select nosuch from facts;\nselect 41 + 1 as answer;\n");
        assertThat(screen).contains("input:1:8: Column \"NOSUCH\" not found\nselect nosuch from facts\n       ^\n");
        assertThat(screen).contains("| answer |").contains("|     42 |");
        assertThat(screen).doesNotContain("Exception");
    }

    @Test
    void theFormatCanBeSwitched() throws Exception {
        String screen = session("\\format csv\nselect value from facts where concept = 'Revenues' and months = 9 order by period_end;\n");
        assertThat(screen).contains("value\n20219000\n45834000\n");
    }

    @Test
    void ctrlRFindsAnEarlierStatementInTheHistoryAndEnterRunsItAgain() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] typed = "select 6 * 7 as answer;\rselect 1 as one;\r\u0012* 7\r\\q\r".getBytes(StandardCharsets.UTF_8);
        try (Terminal terminal = new ExternalTerminal("test", "xterm-256color", new ByteArrayInputStream(typed), out,
                StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(80, 24));
            assertThat(new Repl(database, terminal, folder.resolve("history"), Map.of()).run()).isZero();
        }
        String screen = out.toString(StandardCharsets.UTF_8);
        assertThat(screen.split("\\|     42 \\|", -1)).as("the answer, printed twice").hasSize(3);
        List<String> history = Files.readAllLines(folder.resolve("history"));
        assertThat(history).hasSize(4);
        assertThat(history.get(2)).as("the statement found, run again").endsWith("select 6 * 7 as answer;");
    }

    @Test
    void backslashRemoveTakesADocumentOutAndSaysWhat() throws Exception {
        String screen = session("\\remove no-such.txt\n\\remove innovo-2003-q1-ex99.txt\n"
                + "select count(*) as n from latest_facts where document = 'innovo-2003-q1-ex99.txt';\n");
        assertThat(screen).contains("Nothing was removed: no document is named 'no-such.txt'")
                .contains("removed 1 document (80 facts): innovo-2003-q1-ex99.txt.")
                .contains("| 0 |");
    }

    @Test
    void backslashThousandsGroupsTheDigitsOfDecimals() throws Exception {
        String screen = session("\\thousands on\nselect value, value / 3 as third, months from facts"
                + " where concept = 'Revenues' and months = 9 order by period_end limit 1;\n");
        // 20,219 thousand over three: 6,739,666.666... shown to six places.
        assertThat(screen).contains("Thousands separators are on.").contains("| 20,219,000 | 6,739,666.666667 |      9 |");
    }

    @Test
    void endOfInputLeavesCleanly() throws Exception {
        assertThat(session("")).startsWith("exhibit: 2 documents");
    }

    @Test
    void anErrorOnALaterLineOfAStatementPutsTheCaretUnderThatLine() throws Exception {
        String screen = session("select concept,\n  nosuch\n  from facts;\n");
        assertThat(screen).contains("input:2:3: Column \"NOSUCH\" not found\n  nosuch\n  ^\n");
    }

    @Test
    void timingAddsTheTimeToTheFooter() throws Exception {
        String screen = session("\\timing\nselect count(*) as n from facts;\n\\timing off\nselect 1 as one;\n");
        assertThat(screen).contains("Timing is on.").contains("Timing is off.");
        assertThat(screen).containsPattern("\\(1 row, \\d+ ms\\)");
        assertThat(screen).contains("|   1 |\n+-----+\n(1 row)\n");
    }

    @Test
    void theNullTextIsChosenWithBackslashNull() throws Exception {
        String screen = session("\\null (none)\nselect cast(null as int) as n, '' as e;\n\\null ''\nselect cast(null as int) as m;\n");
        assertThat(screen).contains("NULL is shown as '(none)'.").contains("| (none) |   |");
        assertThat(screen).contains("NULL is shown as ''.").contains("|   |");
    }

    @Test
    void aResultWiderThanTheTerminalHidesTextColumnsBeforeTheValueAndSaysWhichOrIsShownInBlocks() throws Exception {
        String query = "select company, document, statement, concept, label, period_end, value from facts"
                + " where concept = 'Revenues' order by period_end, months limit 1;\n";
        String narrow = session(query, 60);
        assertThat(narrow).containsPattern("\\(1 row; \\d columns hidden: [a-z_, ]*;"
                + " \\\\x \\(or --format vertical\\) shows every column\\)");
        assertThat(narrow).containsPattern("\\| period_end +\\| value +\\|").contains("| 2002-03-02 |");
        assertThat(narrow.lines().filter(l -> l.startsWith("|") || l.startsWith("+")))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));

        String auto = session("\\x auto\n" + query, 60);
        assertThat(auto).contains("Expanded display is auto.").contains("-[ RECORD 1 ]").contains("value      | ")
                .contains("(1 row)");
        String on = session("\\x on\nselect 1 as a;\n\\x off\nselect 2 as b;\n", 60);
        assertThat(on).contains("-[ RECORD 1 ]---\na | 1\n").contains("| b |");
    }

    @Test
    void backslashDListsTablesAndViewsAndDescribesOne() throws Exception {
        String screen = session("\\d\n\\d FACTS\n\\d nosuch\n");
        assertThat(screen).contains("| facts           | view  |").contains("| fact            | table |");
        assertThat(screen.indexOf("| findings")).isLessThan(screen.indexOf("| company "));
        assertThat(screen).doesNotContain("flyway");
        assertThat(screen).contains("| company        | character varying(400)  | yes      |");
        assertThat(screen).contains("| value          | numeric(30, 8)          | yes      |");
        assertThat(screen).contains("| months         | integer                 | yes      |");
        assertThat(screen).contains("| released_basis | character varying(20)   | yes      |");
        assertThat(screen).contains("| scope          | character varying(20)   | yes      |");
        assertThat(screen).contains("(20 rows)");
        assertThat(screen).contains("No table or view named nosuch; \\d lists them.");
    }

    @Test
    void backslashOSendsResultsToAFileInTheCurrentFormatUntilBackslashOAlone() throws Exception {
        Path file = folder.resolve("out.csv");
        String screen = session("\\format csv\n\\o " + file + "\nselect 1 as a, 'x,y' as b;\nselect nosuch;\n\\o\nselect 2 as c;\n");
        assertThat(Files.readString(file)).isEqualTo("a,b\n1,\"x,y\"\n");
        assertThat(screen).contains("Results go to " + file + " as csv").contains("Results go to the screen.");
        assertThat(screen).as("errors stay on the screen").contains("Column \"NOSUCH\" not found");
        assertThat(screen).doesNotContain("1,\"x,y\"").contains("c\n2\n");
    }

    @Test
    void backslashExportWritesAQueryToAFileAndLeavesNoFileWhenTheQueryFails() throws Exception {
        Path file = folder.resolve("revenues.csv");
        Path json = folder.resolve("revenues.json");
        Path bad = folder.resolve("bad.csv");
        String screen = session("\\export " + file + " select period_end, value from facts where concept = 'Revenues'"
                + " and months = 9 order by period_end;\n\\export " + json + " select 1 as one\n"
                + "\\export " + bad + " select nosuch\n\\export " + bad + "\n");
        assertThat(Files.readString(file)).isEqualTo("period_end,value\n2002-08-31,20219000\n2003-08-30,45834000\n");
        assertThat(Files.readString(json)).isEqualTo("[\n  {\"one\": 1}\n]\n");
        assertThat(screen).contains("Exported 2 rows to " + file + ".").contains("Exported 1 row to " + json + ".");
        assertThat(screen).contains("\\export:1:8: Column \"NOSUCH\" not found");
        assertThat(screen).contains("\\export takes a file and a query");
        assertThat(bad).doesNotExist();
        try (var left = Files.list(folder)) {
            assertThat(left.map(Path::toString)).noneMatch(name -> name.endsWith(".partial"));
        }
    }

    @Test
    void backslashExportWritesAWorkbookWithTypedCellsAndRefusesAnExtensionItCannotWrite() throws Exception {
        Path book = folder.resolve("revenues.xlsx");
        Path xls = folder.resolve("revenues.xls");
        String screen = session("\\export " + book + " select period_end, value from facts where concept = 'Revenues'"
                + " and months = 9 order by period_end;\n\\export " + xls + " select 1 as one\n\\format xlsx\n");
        assertThat(screen).contains("Exported 2 rows to " + book + ".");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(book))) {
            var row = workbook.getSheetAt(0).getRow(2);
            assertThat(row.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2003, 8, 30));
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(45834000.0);
        }
        assertThat(screen).contains(xls + ": exhibit writes files ending .csv, .tsv, .json, .md or .xlsx, not .xls.");
        assertThat(xls).doesNotExist();
        assertThat(screen).contains("xlsx is a workbook, not text for the screen or \\o: \\export result.xlsx");
        Path disguised = folder.resolve("results.xlsx");
        assertThat(session("\\o " + disguised + "\nselect 1 as one;\n"))
                .contains("\\o writes text results, not a workbook: \\export " + disguised + " select ... writes one.");
        assertThat(disguised).doesNotExist();
    }

    @Test
    void anExportedFileGetsTheUsersUsualPermissionsNotThoseOfATemporaryFile() throws Exception {
        Path usual = folder.resolve("usual.txt");
        Files.newOutputStream(usual).close();
        Path file = folder.resolve("one.csv");
        session("\\export " + file + " select 1 as one\n");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(usual));
    }

    @Test
    void sessionVariablesAreBoundAsParametersNeverPastedIntoTheText() throws Exception {
        String screen = session("\\set\n\\set c 'Revenues'\n\\set m 9\n\\set quote it's\n\\set\n"
                + "select count(*) as n from facts where concept = :c and months = :m;\n"
                + "select ':c' as literal, :m::int + 1 as cast_kept, :quote as q;\n"
                + "\\unset c\nselect :c as gone;\n\\unset nosuch\n\\set 9x 1\n", 0);
        assertThat(screen).contains("No variables are set; \\set name value sets one");
        assertThat(screen).contains("c = 'Revenues'\nm = '9'\nquote = 'it's'\n");
        long expected;
        try (ResultSet rs = database.connection().createStatement()
                .executeQuery("select count(*) from facts where concept = 'Revenues' and months = 9")) {
            rs.next();
            expected = rs.getLong(1);
        }
        assertThat(expected).isPositive();
        assertThat(screen).contains("| n |\n+---+\n| " + expected + " |");
        assertThat(screen).contains("| :c      |        10 | it's |");
        assertThat(screen).contains("input:1: The statement uses :c but no value was given; \\set c <value> gives it one.");
        assertThat(screen).doesNotContain("--param");
        assertThat(screen).contains("No variable named nosuch; \\set lists them.");
        assertThat(screen).contains("\\set: 9x is not a name");
    }

    @Test
    void theStartUpFileSetsTheSessionAndNamesTheLineOfAnythingItCannotDo() throws Exception {
        Path rc = Files.createDirectories(folder.resolve("config/exhibit")).resolve("exhibitrc");
        Files.writeString(rc, "# my settings\n\\null ∅\n\\x sideways\nselect 1;\n\\nosuch\n\\set c Revenues\n\\format csv\n");
        String screen = session("select cast(null as int) as a, :c as c;\n", 0);
        assertThat(screen).contains(rc + ":2: NULL is shown as '∅'.");
        assertThat(screen).contains(rc + ":3: \\x takes on, off or auto.");
        assertThat(screen).contains(rc + ":4: only backslash commands belong here");
        assertThat(screen).contains(rc + ":5: Unknown command \\nosuch");
        assertThat(screen).contains("a,c\n∅,Revenues\n");
    }

    @Test
    void backslashEEditsTheLastStatementInTheEditorAndRunsWhatItLeaves() throws Exception {
        Path editor = folder.resolve("editor.sh");
        Files.writeString(editor, "#!/bin/sh\nsed -i 's/count(\\*)/count(*) + 1000/' \"$1\"\n");
        editor.toFile().setExecutable(true);
        String screen = session("select count(*) as n from facts;\n\\e\n", 0,
                Map.of("EDITOR", editor.toString(), "XDG_CONFIG_HOME", folder.resolve("config").toString()));
        assertThat(screen).contains("| 196 |").contains("select count(*) + 1000 as n from facts;").contains("| 1196 |");
        assertThat(Files.readAllLines(folder.resolve("history"))).anyMatch(line -> line.endsWith("count(*) + 1000 as n from facts;"));
    }

    @Test
    void helpListsEveryCommandAndAnUnknownOneGetsOneLine() throws Exception {
        String screen = session("\\help\n\\nosuch arg\n");
        for (String command : List.of("\\d", "\\format", "\\x", "\\timing", "\\null", "\\o", "\\export", "\\run",
                "\\findings", "\\import", "\\explain", "\\help", "\\q")) {
            assertThat(screen).containsPattern("\n  " + java.util.regex.Pattern.quote(command) + "[ ,]");
        }
        assertThat(screen).contains("\nUnknown command \\nosuch; \\help lists the commands.\nexhibit> ");
    }

    @Test
    void importFromTheWorkbenchLoadsDocumentsAndSaysWhatItDid() throws Exception {
        String screen = session("\\import data/innovo-2003-q1-ex99.txt no/such.txt\n");
        assertThat(screen).contains("innovo-2003-q1-ex99.txt: unchanged, nothing to do");
        assertThat(screen).contains("no/such.txt: not imported, no such file.");
    }

    @Test
    void ctrlCDuringAStatementCancelsItWithOneLineAndTheSessionGoesOn() throws Exception {
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", "dumb", in, out, StandardCharsets.UTF_8)) {
            Repl repl = new Repl(database, terminal, folder.resolve("history"), Map.of());
            CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> {
                try {
                    return repl.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            keys.write("select sum(a.x * b.x) as endless from system_range(1, 1000000) a, system_range(1, 1000000) b;\n"
                    .getBytes(StandardCharsets.UTF_8));
            keys.flush();
            awaitRunning("ENDLESS");
            terminal.raise(Terminal.Signal.INT);
            keys.write("select 'still here' as after;\n\\q\n".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            assertThat(status.get(60, TimeUnit.SECONDS)).isZero();
        }
        String screen = out.toString(StandardCharsets.UTF_8);
        assertThat(screen).containsPattern("Cancelled: the statement was stopped after \\d+ m?s\\.\n");
        assertThat(screen).contains("| still here |");
        assertThat(screen).doesNotContain("Exception");
    }

    /** Waits until the database is running a statement that mentions {@code text}. */
    private void awaitRunning(String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection watcher = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("exhibit"))) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = watcher.createStatement().executeQuery(
                        "select count(*) from information_schema.sessions where upper(executing_statement) like '%"
                                + text + "%' and session_id <> session_id()")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the statement never started");
    }

    @Test
    void tabCompletesFromTheSchemaAsItIsAfterDdl() throws Exception {
        String screen = xtermSession("select count(*) as n from latest_fa\t;\r"
                + "create view quarterly_sales as select 7 as seven;\rselect seven from quarterly_s\t;\r", Map.of("NO_COLOR", "1"));
        assertThat(screen).contains("from latest_facts ;").contains("| 172 |").contains("|     7 |");
    }

    @Test
    void aReadOnlyWorkbenchQueriesButChangesNothing() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String typed = "delete from fact;\n\\import data\nselect count(*) as n from facts;\n";
        try (Database readOnly = Database.open("jdbc:h2:file:" + folder.resolve("exhibit"), true);
             Terminal terminal = new DumbTerminal("test", "dumb", new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                     out, StandardCharsets.UTF_8)) {
            assertThat(new Repl(readOnly, terminal, folder.resolve("history"), Map.of()).run()).isZero();
        }
        String screen = out.toString(StandardCharsets.UTF_8);
        assertThat(screen).contains("input:1: Not enough rights for object \"PUBLIC.FACT\"; the database is open read-only");
        assertThat(screen).contains("\\import changes the database, so it cannot run with --read-only.");
        assertThat(screen).contains("| 196 |");
    }

    @Test
    void ctrlCAtThePromptClearsTheLineAndNothingRuns() throws Exception {
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal terminal = new ExternalTerminal("test", "xterm", in, out, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(80, 20));
            Repl repl = new Repl(database, terminal, folder.resolve("history"), Map.of("NO_COLOR", "1"));
            CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> {
                try {
                    return repl.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            type(keys, out, "exhibit> ", "select 'half typed' as never");
            type(keys, out, "as never", "\u0003");
            type(keys, out, "^C", "select 'typed again' as b;\r");
            keys.close();
            assertThat(status.get(60, TimeUnit.SECONDS)).isZero();
        }
        String screen = out.toString(StandardCharsets.UTF_8);
        assertThat(screen).doesNotContain("| never").contains("| typed again |");
    }

    /** Types {@code keys} once the screen shows {@code shown}. */
    private static void type(PipedOutputStream keys, ByteArrayOutputStream screen, String shown, String typed) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!screen.toString(StandardCharsets.UTF_8).contains(shown)) {
            assertThat(System.nanoTime()).as("the screen shows " + shown).isLessThan(deadline);
            Thread.sleep(20);
        }
        keys.write(typed.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** What a terminal that is not dumb (an xterm on injected streams) shows after {@code typed}; Enter is "\r". */
    private String xtermSession(String typed, Map<String, String> env) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal terminal = new ExternalTerminal("test", "xterm", new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                out, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(80, 20));
            assertThat(new Repl(database, terminal, folder.resolve("history"), env).run()).isZero();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void backslashRunRunsAScriptWithNamedValuesAndStopsAtTheFirstFailure() throws Exception {
        Path script = folder.resolve("report.sql");
        Files.writeString(script, "select count(*) as n from facts where concept = :concept;\n\nselect nosuch;\nselect 'never' as x;\n");
        String screen = session("\\run " + script + " concept=Revenues\n\\run " + script + "\n\\run " + script + " concept\n");
        assertThat(screen).contains("| 6 |");
        assertThat(screen).contains(script + ":3:8: Column \"NOSUCH\" not found");
        assertThat(screen).contains("Stopped at " + script + ":3; the statements after it did not run.");
        assertThat(screen).doesNotContain("| never");
        assertThat(screen).contains(script + ":1: The statement uses :concept but no value was given");
        assertThat(screen).contains("\\run: Give parameters as name=value, not 'concept'.");
    }

    @Test
    void backslashRunAcceptsQuotedValuesAsBackslashSavedDoesAndSessionVariables() throws Exception {
        Path script = Files.writeString(folder.resolve("company.sql"),
                "select count(distinct document) as documents from facts where company = :company and concept = :c;\n");
        String screen = session("\\set c Revenues\n\\run " + script + " company=\"Innovo Group Inc.\"\n"
                + "\\run " + script + " company='Innovo Group Inc.' c=NoSuchConcept\n"
                + "\\saved growth company=INNO\n");
        assertThat(screen).contains("| documents |\n+-----------+\n|         2 |");
        assertThat(screen).contains("|         0 |");
        assertThat(screen).contains("The saved query growth needs concept; add concept=... after the name:"
                + " \\saved growth concept=...");
        assertThat(screen).doesNotContain("--param");
    }

    @Test
    void backslashFindingsAndExplain() throws Exception {
        String screen = session("\\findings\n\\findings innovo-2003-q1-ex99.txt\n\\explain data/innovo-2003-q1-ex99.txt\n"
                + "\\explain no/such.txt\n");
        assertThat(screen).contains("| document                | rule              | severity |");
        assertThat(screen).contains("\"TOTAL CURRENT LIABILITIES\" at 2003-03-01: the 3 rows above it (lines 229-231) add up to 8,198,000");
        assertThat(screen).contains("innovo-2003-q1-ex99.txt: Innovo Group Inc. (INNO), released 2003-04-15, 2 tables");
        assertThat(screen).contains("   285    Total operating expenses [under OPERATING EXPENSES] -> OperatingExpenses USD: 2917000, 1296000");
        assertThat(screen).contains("no/such.txt: not imported, no such file.");
    }

    /** {@code \explain} maps labels with the database's aliases, users' included, as {@code \import} does. */
    @Test
    void backslashExplainUsesAUsersAlias() throws Exception {
        try (java.sql.Statement s = database.connection().createStatement()) {
            s.execute("insert into label_alias (label, concept) values ('Total operating expenses', 'CostsAndExpenses')");
        }
        String screen = session("\\explain data/innovo-2003-q1-ex99.txt\n");
        assertThat(screen).contains("   285    Total operating expenses [under OPERATING EXPENSES] -> CostsAndExpenses USD: 2917000, 1296000");
    }

    @Test
    void resultsTallerThanTheTerminalGoThroughThePagerAndShortOnesDoNot() throws Exception {
        Path paged = folder.resolve("paged.txt");
        String screen = xtermSession("select 'short' as s;\rselect x from system_range(1, 30);\r",
                Map.of("NO_COLOR", "1", "PAGER", "cat > '" + paged + "'"));
        assertThat(screen).contains("| short |").doesNotContain("| 30 |");
        assertThat(Files.readString(paged)).startsWith("+----+\n| x  |\n").contains("| 30 |\n").endsWith("(30 rows)\n");
    }

    @Test
    void withoutPagerSetLessPagesTallResultsUntilBackslashPagerSaysOffOrNamesAnother() throws Exception {
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path less = bin.resolve("less");
        Files.writeString(less, "#!/bin/sh\necho \"$@\" > '" + folder.resolve("less-args.txt") + "'\ncat >> '"
                + folder.resolve("by-less.txt") + "'\n");
        assertThat(less.toFile().setExecutable(true)).isTrue();
        Path other = folder.resolve("by-other.txt");
        String tall = "select x from system_range(1, 30);\r";
        String screen = xtermSession("select 'short' as s;\r" + tall + "\\pager off\r" + tall + "\\pager cat > '" + other
                + "'\r" + tall + "\\pager on\r", Map.of("NO_COLOR", "1", "PATH", bin + ":/usr/bin:/bin"));
        assertThat(screen).contains("| short |").contains("Results are never paged.")
                .contains("Results taller than the screen go through: cat > '" + other + "'")
                .contains("Results taller than the screen go through $PAGER, else less -SRXF when installed.");
        assertThat(Files.readString(folder.resolve("less-args.txt"))).isEqualTo("-SRXF\n");
        assertThat(Files.readString(folder.resolve("by-less.txt"))).startsWith("+----+\n| x  |\n").endsWith("(30 rows)\n")
                .doesNotContain("short");
        assertThat(screen).as("the result printed with the pager off").contains("| 30 |");
        assertThat(Files.readString(other)).contains("| 30 |\n").endsWith("(30 rows)\n");

        Files.delete(folder.resolve("by-less.txt"));
        xtermSession(tall, Map.of("NO_COLOR", "1", "PATH", bin.toString(), "PAGER", ""));
        assertThat(folder.resolve("by-less.txt")).as("an empty $PAGER turns paging off").doesNotExist();
    }

    @Test
    void savedListsTheQueriesAndRunsOneInTheCurrentFormat() throws Exception {
        String screen = session("\\saved\n\\format csv\n\\saved growth company='Innovo Group' concept=Revenues as_of=2003-04-30\n"
                + "\\saved growth company=Nobody concept=Revenues\n\\saved growth INNO\nselect 1 as still_here;\n");
        assertThat(screen).contains("ratios company=<company> [as_of=<yyyy-mm-dd>]\n    Current, quick and cash ratio");
        assertThat(screen).contains("period_end,months,value,prior_value,growth,derived\n"
                + "2002-03-02,3,3201000,,,\n2003-03-01,3,11915000,3201000,2.7223,\n");
        assertThat(screen).contains("No company matches 'Nobody';");
        assertThat(screen).contains("\\saved: Give parameters as name=value, not 'INNO'. \\saved lists the parameters.");
        assertThat(screen).contains("still_here\n1\n");
    }
}
