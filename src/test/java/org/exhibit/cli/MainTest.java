package org.exhibit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user runs them, with the streams injected and a real H2 file database. */
class MainTest {

    @TempDir
    Path folder;

    private String db;
    private String out;
    private String err;

    @BeforeEach
    void setUp() {
        db = "jdbc:h2:file:" + folder.resolve("exhibit");
    }

    private int exhibitWithStdin(String stdin, String... args) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        Context context = new Context(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(outBytes, true, StandardCharsets.UTF_8), new PrintStream(errBytes, true, StandardCharsets.UTF_8),
                false);
        int status = new Main(context).run(args);
        out = outBytes.toString(StandardCharsets.UTF_8);
        err = errBytes.toString(StandardCharsets.UTF_8);
        return status;
    }

    private int exhibit(String... args) {
        return exhibitWithStdin("", args);
    }

    @Test
    void importPrintsOneSummaryLinePerDocumentAndQueryReadsTheFacts() {
        assertThat(exhibit("import", "--db", db, "data")).isZero();
        assertThat(out.lines()).containsExactly(
                "innovo-2003-q1-ex99.txt: imported, Innovo Group Inc., 2 tables, 80 facts, check: 2 errors, 1 warning",
                "innovo-2003-q3-ex99.txt: imported, Innovo Group Inc., 2 tables, 116 facts",
                "Innovo Group Inc.: checks across documents found 1 warning");

        assertThat(exhibit("query", "--db", db, "--format", "csv",
                "select period_end, months, value from facts where concept = 'NetIncomeLoss' order by period_end, months"))
                .isZero();
        assertThat(out).isEqualTo("period_end,months,value\n2002-03-02,3,-496000\n2002-08-31,3,820000\n"
                + "2002-08-31,9,531000\n2003-03-01,3,282000\n2003-08-30,3,-2312000\n2003-08-30,9,-2524000\n");
    }

    @Test
    void queryAndSavedWriteAWorkbookToTheFileOfOutWithOneSheetPerResult() throws Exception {
        exhibit("import", "--db", db, "data");
        Path book = folder.resolve("two.xlsx");
        assertThat(exhibit("query", "--db", db, "--out", book.toString(),
                "select count(*) as n from facts; select distinct company from facts")).isZero();
        assertThat(out).isEmpty();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(book))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getNumericCellValue()).isEqualTo(196.0);
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Innovo Group Inc.");
        }
        Path margins = folder.resolve("margins.xlsx");
        assertThat(exhibit("saved", "--db", db, "margins", "--param", "company=innovo", "--out", margins.toString()))
                .isZero();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(margins))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("period_end");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isPositive();
        }
    }

    @Test
    void anOutFileWhoseExtensionExhibitCannotWriteIsAUsageErrorAndNoFileIsWritten() {
        Path xls = folder.resolve("facts.xls");
        assertThat(exhibit("query", "--db", db, "--out", xls.toString(), "select 1 as a")).isEqualTo(2);
        assertThat(err).isEqualTo("exhibit: " + xls + ": exhibit writes files ending .csv, .tsv, .json, .md or .xlsx,"
                + " not .xls.\n");
        assertThat(xls).doesNotExist();
        assertThat(exhibit("query", "--db", db, "--out", folder.resolve("a.csv").toString(), "select 1 as a, 'x' as b"))
                .isZero();
        assertThat(folder.resolve("a.csv")).hasContent("a,b\n1,x");
    }

    @Test
    void aWorkbookIsNotWrittenToATerminal() {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        Context terminal = new Context(new ByteArrayInputStream(new byte[0]), new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), true);
        assertThat(new Main(terminal).run("query", "--db", db, "--format", "xlsx", "select 1 as a")).isEqualTo(2);
        assertThat(outBytes.size()).isZero();
        assertThat(errBytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("exhibit: xlsx is a workbook, not text for a terminal: add --out result.xlsx, or redirect the"
                        + " output to a file.\n");
    }

    @Test
    void savedHonoursTheCsvOptionsAsQueryDoes() {
        exhibit("import", "--db", db, "data");
        assertThat(exhibit("saved", "--db", db, "growth", "--param", "company=INNO", "--param", "concept=Revenues",
                "--format", "csv", "--null", "-", "--bom", "--crlf")).isZero();
        assertThat(out).startsWith("\uFEFFperiod_end,months,value,prior_value,growth,derived\r\n")
                .contains("2002-03-02,3,3201000,-,-,-\r\n");
    }

    @Test
    void aMissingParameterIsAUsageErrorInQueryRunAndSaved() throws Exception {
        exhibit("import", "--db", db, "data");
        assertThat(exhibit("query", "--db", db, "select :company as c")).isEqualTo(2);
        assertThat(err).isEqualTo("query:1: The statement uses :company but no value was given; add --param company=<value>.\n");
        Path script = Files.writeString(folder.resolve("r.sql"), "select :company as c;\n");
        assertThat(exhibit("run", "--db", db, script.toString())).isEqualTo(2);
        assertThat(err).contains("add --param company=<value>.");
        assertThat(exhibit("saved", "--db", db, "growth", "--param", "company=INNO")).isEqualTo(2);
        assertThat(exhibit("query", "--db", db, "--param", "company=INNO", "select :company as c")).isZero();
        assertThat(out).isEqualTo("c\nINNO\n");
    }

    @Test
    void filesThatAreNotFilingsAreSkippedWithASentenceAndNeverBecomeCompanies() throws Exception {
        Path csv = Files.writeString(folder.resolve("sheet.csv"), "company,revenue\nAcme,1000\nBeta,2000\n");
        Path note = Files.writeString(folder.resolve("notes.txt"), "Revenues 1,000 2,000\nNet income 100 200\n");
        assertThat(exhibit("import", "--db", db, csv.toString(), note.toString(), "data/innovo-2003-q1-ex99.txt")).isZero();
        assertThat(err).contains("exhibit: sheet.csv: skipped, not a filing: no statement table, no company name and no SEC"
                + " header were found in it.\n").contains("exhibit: notes.txt: skipped, not a filing");
        assertThat(err).contains("exhibit: Imported 1 document, 0 unchanged, 0 failed, 2 skipped (not filings); 80 facts;");
        assertThat(out).doesNotContain("sheet.csv").doesNotContain("notes.txt");
        exhibit("query", "--db", db, "select count(*) as n from company");
        assertThat(out).isEqualTo("n\n1\n");
    }

    @Test
    void theDatabaseOptionsMayStandBeforeTheSubcommand() {
        assertThat(exhibit("--db", db, "import", "data/innovo-2003-q1-ex99.txt")).isZero();
        assertThat(exhibit("query", "--db", db, "select count(*) as n from facts")).isZero();
        assertThat(out).isEqualTo("n\n80\n");
        assertThat(exhibit("--db", db, "--read-only", "import", "data/innovo-2003-q3-ex99.txt")).isEqualTo(2);
    }

    @Test
    void importingAgainSaysNothingChanged() {
        exhibit("import", "--db", db, "data");
        assertThat(exhibit("import", "--db", db, "data/innovo-2003-q1-ex99.txt")).isZero();
        assertThat(out).isEqualTo("innovo-2003-q1-ex99.txt: unchanged, nothing to do\n");
    }

    @Test
    void aMissingFileFailsWithOneSentenceAndTheOthersAreStillImported() {
        int status = exhibit("import", "--db", db, "data/innovo-2003-q1-ex99.txt", "nosuch/file.txt", "data/innovo-2003-q3-ex99.txt");
        assertThat(status).isEqualTo(1);
        assertThat(err).startsWith("exhibit: nosuch/file.txt: not imported, no such file.\nexhibit: Imported 2 documents,"
                + " 0 unchanged, 1 failed; 196 facts; 0 lines not read; checks: 2 errors, 2 warnings; ");
        assertThat(err.lines()).hasSize(2);
        assertThat(out.lines()).filteredOn(line -> line.contains(": imported,")).hasSize(2);
        exhibit("query", "--db", db, "select count(*) as n from facts");
        assertThat(out).isEqualTo("n\n196\n");
    }

    @Test
    void badSqlExitsOneWithThePositionAndNoStackTrace() {
        assertThat(exhibit("query", "--db", db, "select concept,\n value frm facts")).isEqualTo(1);
        assertThat(err).startsWith("query:2:").contains("Syntax error");
        assertThat(err.lines()).hasSize(1);
        assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).isEmpty();
    }

    @Test
    void parametersAreBoundNotPastedSoAHostileValueIsJustAValue() {
        exhibit("import", "--db", db, "data");
        assertThat(exhibit("query", "--db", db, "--param", "concept=Revenues' or '1'='1", "--param", "months=9",
                "select count(*) as n from facts where concept = :concept and months = :months")).isZero();
        assertThat(out).isEqualTo("n\n0\n");
        assertThat(exhibit("query", "--db", db, "--param", "concept=Revenues", "--param", "months=9",
                "select value from facts where concept = :concept and months = :months order by period_end")).isZero();
        assertThat(out).isEqualTo("value\n20219000\n45834000\n");
        exhibit("query", "--db", db, "select count(*) as n from document");
        assertThat(out).isEqualTo("n\n2\n");
    }

    @Test
    void queryReadsAFileAndFormatsJson() throws Exception {
        exhibit("import", "--db", db, "data");
        Path sql = folder.resolve("eps.sql");
        Files.writeString(sql, "-- diluted EPS of the third quarter\nselect value, unit from facts\n"
                + "where concept = 'EarningsPerShareDiluted' and period_end = date '2003-08-30' and months = 3;\n");
        assertThat(exhibit("query", "--db", db, "--format", "json", "-f", sql.toString())).isZero();
        assertThat(out).isEqualTo("[\n  {\"value\": -0.14, \"unit\": \"USD/share\"}\n]\n");
    }

    @Test
    void runStopsAtTheFirstFailingStatementAndNamesFileAndLine() throws Exception {
        Path script = folder.resolve("report.sql");
        Files.writeString(script, "select 1 as a;\n\nselect * from nosuch;\nselect 2 as b;\n");
        assertThat(exhibit("run", "--db", db, script.toString())).isEqualTo(1);
        assertThat(out).isEqualTo("a\n1\n");
        assertThat(err).startsWith(script + ":3").contains("NOSUCH");

        assertThat(exhibit("run", "--db", db, "--continue", script.toString())).isEqualTo(1);
        assertThat(out).isEqualTo("a\n1\nb\n2\n");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(exhibit("query", "--db", db)).isEqualTo(2);
        assertThat(err).contains("Give either <sql> or -f <file.sql>");
        assertThat(exhibit("nosuchcommand")).isEqualTo(2);
        assertThat(exhibit("query", "--db", db, "--format", "xml", "select 1")).isEqualTo(2);
        assertThat(err).isEqualTo("exhibit: Unknown format 'xml'; choose one of table, csv, tsv, json, markdown, vertical,"
                + " chart, xlsx.\n");
    }

    @Test
    void withNoCommandOnAnEmptyDatabaseTheSamplesAreImportedAndAnOverviewPrinted() {
        assertThat(exhibitWithStdin("", "--db", db)).isZero();
        assertThat(err).startsWith("exhibit: the database is empty; importing the bundled sample documents.");
        assertThat(out).startsWith("exhibit: 2 documents, 1 company, 196 facts in " + db + "\n");
        assertThat(out).contains("exhibit query");
    }

    @Test
    void withNoCommandSqlOnStdinIsRun() {
        assertThat(exhibitWithStdin("select count(*) as n from facts;\nselect count(distinct company) as c from facts;", "--db", db))
                .isZero();
        assertThat(out).isEqualTo("n\n196\nc\n1\n");
    }

    @Test
    void explainShowsHowEachLineWasReadWithoutLoading() {
        assertThat(exhibit("import", "--db", db, "--explain", "data/innovo-2003-q1-ex99.txt")).isZero();
        assertThat(out).contains("innovo-2003-q1-ex99.txt: Innovo Group Inc. (INNO), released 2003-04-15, 2 tables, 0 lines not read");
        assertThat(out).contains("column 1: 3 months ended 2003-03-01 (\"Three Months Ended 03/01/03\")");
        assertThat(out).contains("   285    Total operating expenses [under OPERATING EXPENSES] -> OperatingExpenses USD: 2917000, 1296000");
        exhibit("query", "--db", db, "select count(*) as n from document");
        assertThat(out).isEqualTo("n\n0\n");
    }

    /** {@code import --explain} maps labels with the database's aliases, as the import does: a user's alias wins. */
    @Test
    void explainUsesTheDatabasesUserAliases() throws Exception {
        try (org.exhibit.store.Database database = org.exhibit.store.Database.open(db);
             java.sql.Statement s = database.connection().createStatement()) {
            s.execute("insert into label_alias (label, concept) values ('Total operating expenses', 'CostsAndExpenses')");
        }
        assertThat(exhibit("import", "--db", db, "--explain", "data/innovo-2003-q1-ex99.txt")).isZero();
        assertThat(out).contains("   285    Total operating expenses [under OPERATING EXPENSES] -> CostsAndExpenses USD: 2917000, 1296000");
        assertThat(exhibit("import", "--db", db, "data/innovo-2003-q1-ex99.txt")).isZero();
        exhibit("query", "--db", db, "select distinct concept from facts where label = 'Total operating expenses'");
        assertThat(out).isEqualTo("concept\nCostsAndExpenses\n");
    }

    @Test
    void theBundledReportsRunWithTheirParameters() {
        exhibit("import", "--db", db, "data");
        assertThat(exhibit("run", "--db", db, "--param", "document=innovo-2003-q1-ex99.txt", "--param", "statement=income",
                "sql/statement.sql")).isZero();
        assertThat(out.lines()).hasSize(1 + 32);
        assertThat(out.lines().skip(1).findFirst()).hasValue("276,NET SALES,Revenues,2003-03-01,3,11915000,USD");

        assertThat(exhibit("run", "--db", db, "sql/unmapped-labels.sql")).isZero();
        assertThat(out).isEqualTo("label,statement,facts,documents,example_document,example_line\n");
    }

    @Test
    void readOnlyAllowsQueriesAndRefusesChangesFilesAndJavaWithAClearError() throws Exception {
        exhibit("import", "--db", db, "data");
        assertThat(exhibit("query", "--read-only", "--db", db, "select count(*) as n from facts")).isZero();
        assertThat(out).isEqualTo("n\n196\n");
        Path written = folder.resolve("written.csv");
        Path script = folder.resolve("script.sql");
        Files.writeString(script, "delete from fact;\n");
        for (String refused : List.of("delete from fact", "insert into setting values ('x', 'y')", "drop view facts",
                "create table t (x int)", "call csvwrite('" + written + "', 'select 1')",
                "select file_write('x', '" + written + "')", "select file_read('" + script + "')",
                "create alias env for 'java.lang.System.getenv'", "script to '" + written + "'",
                "runscript from '" + script + "'", "call link_schema('L', '', 'jdbc:h2:mem:', '', '', 'PUBLIC')",
                "create user intruder password 'x' admin")) {
            assertThat(exhibit("query", "--read-only", "--db", db, refused)).as(refused).isEqualTo(1);
            assertThat(err).as(refused).startsWith("query:1").endsWith(
                    "; the database is open read-only (--read-only): queries only, no changes, no files, no Java\n");
            assertThat(err.lines()).hasSize(1);
        }
        assertThat(written).doesNotExist();
        assertThat(exhibit("import", "--read-only", "--db", db, "data")).isEqualTo(2);
        assertThat(err).isEqualTo("exhibit: import changes the database, so it cannot run with --read-only.\n");
        assertThat(exhibit("run", "--read-only", "--db", db, script.toString())).isEqualTo(1);

        assertThat(exhibit("query", "--db", db, "select count(*) as n from facts")).isZero();
        assertThat(out).as("nothing changed").isEqualTo("n\n196\n");
    }

    @Test
    void csvOptionsRoundTripThroughCommonsCsv() throws Exception {
        String sql = "select * from (values (1, 'comma, \"quote\"'), (2, 'line\nbreak'), (3, ''), (4, cast(null as varchar)),"
                + " (5, 'ünïcödé €'), (6, '=cmd()')) t(id, text)";
        assertThat(exhibit("query", "--db", db, "--format", "csv", "--null", "\\N", "--bom", sql)).isZero();
        assertThat(out).startsWith("\uFEFF");
        var records = org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(out.substring(1))).getRecords();
        assertThat(records).extracting(r -> r.get(1))
                .containsExactly("text", "comma, \"quote\"", "line\nbreak", "", "\\N", "ünïcödé €", "=cmd()");
    }

    @Test
    void savedListsTheQueriesAndRunsOneThroughTheSameRenderingAsQuery() {
        assertThat(exhibit("saved")).isZero();
        assertThat(out).startsWith("growth company=<company> concept=<concept> [basis=yoy|sequential] [as_of=<yyyy-mm-dd>]\n    ")
                .contains("\nrestatements [company=<company>] [as_of=<yyyy-mm-dd>]\n");

        exhibit("import", "--db", db, "data");
        assertThat(exhibit("saved", "--db", db, "growth", "--param", "company=INNO", "--param", "concept=Revenues",
                "--param", "as_of=2003-04-30")).isZero();
        assertThat(out).isEqualTo("period_end,months,value,prior_value,growth,derived\n"
                + "2002-03-02,3,3201000,,,\n2003-03-01,3,11915000,3201000,2.7223,\n");
        assertThat(exhibit("saved", "--db", db, "--format", "json", "margins", "--param", "company=innovo",
                "--param", "as_of=2003-04-30")).isZero();
        assertThat(out).isEqualTo("[\n  {\"period_end\": \"2002-03-02\", \"months\": 3, \"revenue\": 3201000, \"gross_margin\": 0.2849,"
                + " \"operating_margin\": -0.12, \"net_margin\": -0.155},\n  {\"period_end\": \"2003-03-01\", \"months\": 3,"
                + " \"revenue\": 11915000, \"gross_margin\": 0.2778, \"operating_margin\": 0.033, \"net_margin\": 0.0237}\n]\n");
    }

    @Test
    void aSavedQueryWithAnUnknownCompanyFailsWithOneSentenceAndAMissingParameterIsAUsageError() {
        exhibit("import", "--db", db, "data");
        assertThat(exhibit("saved", "--db", db, "margins", "--param", "company=Nobody")).isEqualTo(1);
        assertThat(err).isEqualTo("exhibit: No company matches 'Nobody'; give a ticker, a CIK or the start of a name"
                + " (select distinct company, ticker, cik from facts lists them).\n");
        assertThat(out).isEmpty();
        assertThat(exhibit("saved", "--db", db, "growth", "--param", "company=INNO")).isEqualTo(2);
        assertThat(err).isEqualTo("exhibit: The saved query growth needs concept; add --param concept=...\n");
        assertThat(exhibit("saved", "--db", db, "nosuch")).isEqualTo(2);
        assertThat(err).startsWith("exhibit: There is no saved query 'nosuch'; growth, quarterly, ttm");
    }

    /** {@code run --out} means what it means for {@code query} and {@code saved}: the whole output, to one file. */
    @Test
    void runOutWritesWhatItWouldPrintToOneFileAsQueryOutDoes() throws Exception {
        exhibit("import", "--db", db, "data");
        assertThat(exhibit("run", "--db", db, "--param", "company=inno", "sql/key-figures.sql")).isZero();
        String printed = out;
        Path report = folder.resolve("key-figures.csv");
        assertThat(exhibit("run", "--db", db, "--param", "company=inno", "--out", report.toString(),
                "sql/key-figures.sql")).isZero();
        assertThat(out).isEmpty();
        assertThat(Files.readString(report)).isEqualTo(printed).contains("Innovo Group Inc.,2003-08-30,3,21906000");

        Path table = folder.resolve("key-figures.md");
        assertThat(exhibit("run", "--db", db, "--param", "company=inno", "--out", table.toString(),
                "sql/key-figures.sql")).isZero();
        assertThat(Files.readString(table)).startsWith("| company | document |");

        assertThat(exhibit("run", "--db", db, "--out", folder.toString(), "sql/key-figures.sql")).isEqualTo(2);
        assertThat(err).isEqualTo("exhibit: " + folder + " is a folder: --out writes the whole output to one file;"
                + " --out-dir " + folder + " writes each result to a CSV file of its own.\n");
    }

    @Test
    void runWritesEachResultToACsvFileAsWellAsPrintingItAndAHostileValueIsBoundNotPasted() throws Exception {
        exhibit("import", "--db", db, "data");
        Path reports = folder.resolve("reports");
        assertThat(exhibit("run", "--db", db, "--param", "company=inno", "--out-dir", reports.toString(), "sql/key-figures.sql"))
                .isZero();
        assertThat(err).isEqualTo("exhibit: wrote 2 results to " + reports + ".\n");
        String documents = Files.readString(reports.resolve("key-figures-1.csv"));
        String figures = Files.readString(reports.resolve("key-figures-2.csv"));
        assertThat(out).isEqualTo(documents + figures);
        assertThat(documents).isEqualTo("company,document,released,accession\n"
                + "Innovo Group Inc.,innovo-2003-q1-ex99.txt,2003-04-15,\nInnovo Group Inc.,innovo-2003-q3-ex99.txt,2003-10-14,\n");
        assertThat(figures.lines()).hasSize(1 + 9)
                .contains("Innovo Group Inc.,2003-08-30,3,21906000,3893000,-2058000,-2312000,-0.14,,",
                        "Innovo Group Inc.,2003-08-30,0,,,,,,41090000,12524000");

        assertThat(exhibit("run", "--db", db, "--param", "company=x' or '1'='1", "--out-dir", reports.toString(),
                "sql/key-figures.sql")).isZero();
        assertThat(Files.readString(reports.resolve("key-figures-1.csv"))).isEqualTo("company,document,released,accession\n");
        assertThat(Files.readString(reports.resolve("key-figures-2.csv")))
                .isEqualTo("company,period_end,months,revenues,gross_profit,operating_income,net_income,eps_diluted,assets,equity\n");
        assertThat(exhibit("run", "--db", db, "--param", "company=%'; drop table fact; --", "sql/key-figures.sql")).isZero();
        exhibit("query", "--db", db, "select count(*) as n from fact");
        assertThat(out).isEqualTo("n\n196\n");

        assertThat(exhibit("run", "--db", db, "sql/import-health.sql")).isZero();
        assertThat(out).isEqualTo("document,company,released,facts,without_concept,lines_not_read,errors,warnings\n"
                + "innovo-2003-q1-ex99.txt,Innovo Group Inc.,2003-04-15,80,0,0,2,2\n"
                + "innovo-2003-q3-ex99.txt,Innovo Group Inc.,2003-10-14,116,0,0,0,0\n");
    }

    @Test
    void checkPrintsFindingsByDocumentAndStrictFailsOnAnError() {
        exhibit("import", "--db", db, "data");
        assertThat(exhibit("check", "--db", db)).isZero();
        assertThat(out).startsWith("innovo-2003-q1-ex99.txt: 2 errors, 2 warnings, 21 info\n");
        assertThat(out).containsPattern("\\n +233 +error +sum +8,198,000 +8,188,000 +0\\.12% +\"TOTAL CURRENT LIABILITIES\"");
        assertThat(out).containsPattern("\\n +246 +warning +retained-earnings +-33,225,000 +-33,227,000 ");
        assertThat(out).containsPattern("\\n +122 +error +claim +1\\.2704 +0\\.56 ");
        assertThat(out).doesNotContain(" info ");
        assertThat(out).endsWith("(info findings not listed: check --all lists them, or query the findings view)\n"
                + "2 documents checked: 2 errors, 2 warnings, 42 info.\n");
        assertThat(exhibit("check", "--db", db, "--strict")).isEqualTo(1);
        assertThat(err).isEmpty();
    }

    @Test
    void checkOnADocumentWhoseClaimsAllHoldListsThemOnlyWithAllAndStrictPasses() {
        exhibit("import", "--db", db, "data/innovo-2003-q3-ex99.txt");
        assertThat(exhibit("check", "--db", db, "--strict")).isZero();
        assertThat(out).isEqualTo("innovo-2003-q3-ex99.txt: 21 info\n\n"
                + "(info findings not listed: check --all lists them, or query the findings view)\n"
                + "1 document checked: 21 info.\n");
        assertThat(exhibit("check", "--db", db, "--all")).isZero();
        assertThat(out).containsPattern("\\n +13 +info +claim +21,906,000 +21,906,000 +0% ");
    }

    @Test
    void checkOnAnEmptyDatabaseSaysSo() {
        assertThat(exhibit("check", "--db", db)).isZero();
        assertThat(out).isEqualTo("0 documents checked: no findings.\n");
    }

    @Test
    void generateWritesACorpusWithItsExpectedFactsAndSaysWhatItWrote() throws Exception {
        Path corpus = folder.resolve("corpus");
        assertThat(exhibit("generate", "--companies", "2", "--periods", "3", "--seed", "9", corpus.toString())).isZero();
        assertThat(out).matches("exhibit: wrote 6 documents of 2 companies to .*corpus: 0\\.\\d MB, \\d+ expected facts,"
                + " \\d+ planted faults, in \\d+\\.\\d s\\.\\R");
        try (var files = Files.list(corpus)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .hasSize(8).contains("expected-facts.csv", "planted-faults.csv").filteredOn(n -> n.endsWith(".txt")).hasSize(6);
        }
        assertThat(exhibit("generate", "--periods", "0", corpus.toString())).isEqualTo(2);
        assertThat(err).isEqualTo("exhibit: --companies, --periods and --megabytes must be at least 1.\n");
    }
}
