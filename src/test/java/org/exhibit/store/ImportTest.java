package org.exhibit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.exhibit.TestDatabase;
import org.exhibit.parse.DocumentParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Importing the sample documents into a fresh database built by the real migrations, on each engine. */
@ParameterizedClass
@EnumSource(Engine.class)
class ImportTest {

    private static final Path Q1 = Path.of("data/innovo-2003-q1-ex99.txt");
    private static final Path Q3 = Path.of("data/innovo-2003-q3-ex99.txt");

    @TempDir
    Path folder;

    @Parameter
    Engine engine;

    private TestDatabase fresh;
    private Database database;

    @BeforeEach
    void open() throws StoreException {
        fresh = TestDatabase.fresh(engine, folder);
        database = Database.open(fresh.url());
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
        if (fresh != null) {
            fresh.close();
        }
    }

    private ImportResult load(Path file) throws Exception {
        return new Importer(database).load(file.getFileName().toString(), Files.readAllBytes(file));
    }

    private List<String> rows(String sql) throws SQLException {
        return SqlRows.of(database.connection(), sql);
    }

    @Test
    void theFactsViewHoldsEveryNumberOfBothSeeds() throws Exception {
        assertThat(load(Q1).facts()).isEqualTo(80);
        assertThat(load(Q3).facts()).isEqualTo(116);

        assertThat(rows("select document, count(*) from facts group by document order by document"))
                .containsExactly("innovo-2003-q1-ex99.txt|80", "innovo-2003-q3-ex99.txt|116");
        assertThat(rows("select count(*) from facts where concept is null")).containsExactly("0");
        assertThat(rows("select distinct company, ticker, released from facts order by released"))
                .containsExactly("Innovo Group Inc.|INNO|2003-04-15", "Innovo Group Inc.|INNO|2003-10-14");
    }

    @Test
    void everyFactSaysWhatItsTableCoversInBothViews() throws Exception {
        load(Path.of("src/test/resources/corpus/goldmansachs-10k-2002-11-29.htm"));
        // this 10-K prints only the parent company's statements (Schedule I); the consolidated ones are in its annual report
        assertThat(rows("select statement, scope, count(*) from facts where concept = 'NetIncomeLoss' and months = 12"
                + " and period_end = date '2002-11-29' group by statement, scope order by statement, scope"))
                .containsExactly("cashflow|parent|1", "income|parent|1");
        assertThat(rows("select distinct scope from latest_facts where statement = 'fds'")).isEmpty();
        assertThat(rows("select count(*) from latest_facts where scope is null")).containsExactly("0");
    }

    @Test
    void aSubmissionAndAPlainReleaseOfTheSameCompanyAreOneCompanyWithItsCik() throws Exception {
        new Importer(database).load("0001017062-03-000805.txt", org.exhibit.TestFiles.submissionAroundQ1Seed());
        load(Q3);
        assertThat(rows("select distinct company, ticker, cik from facts"))
                .containsExactly("Innovo Group Inc.|INNO|0000844143");
        assertThat(rows("select distinct accession from facts where document = '0001017062-03-000805.txt'"))
                .containsExactly("0001017062-03-000805");
        assertThat(rows("select count(*) from facts where document = '0001017062-03-000805.txt' and line = 305"))
                .containsExactly("2");
    }

    @Test
    void valueAndLineWorkUnquotedAsTheContractPromises() throws Exception {
        load(Q3);
        assertThat(rows("select value, printed_value, line, unit from facts where concept = 'InterestExpense'"
                + " and months = 3 and period_end = date '2003-08-30'"))
                .containsExactly("403000.00000000|-403000.00000000|264|USD");
    }

    @Test
    void latestFactsKeepsOneRowPerCompanyConceptAndPeriodFromTheNewestRelease() throws Exception {
        load(Q1);
        load(Q3);
        assertThat(rows("select count(*) from (select company, coalesce(concept, label), period_end, months, count(*) c"
                + " from latest_facts group by company, coalesce(concept, label), period_end, months having count(*) > 1) repeated")).containsExactly("0");
        // The balance sheet of 2002-11-30 is printed in both releases: the later one (Q3) wins.
        assertThat(rows("select document from latest_facts where concept = 'Assets' and period_end = date '2002-11-30'"))
                .containsExactly("innovo-2003-q3-ex99.txt");
        assertThat(rows("select count(*) from latest_facts")).containsExactly(String.valueOf(196 - 48 / 2));
    }

    @Test
    void importingAnUnchangedDocumentAgainChangesNothing() throws Exception {
        load(Q1);
        List<String> before = rows("select * from facts order by line, period_end");
        ImportResult again = load(Q1);
        assertThat(again.outcome()).isEqualTo(ImportResult.Outcome.UNCHANGED);
        assertThat(rows("select * from facts order by line, period_end")).isEqualTo(before);
        assertThat(rows("select count(*) from document")).containsExactly("1");
    }

    @Test
    void aChangedDocumentWithTheSameNameReplacesTheEarlierVersion() throws Exception {
        load(Q1);
        String changed = Files.readString(Q1, StandardCharsets.ISO_8859_1)
                .replace("NET SALES                                           $ 11,915",
                         "NET SALES                                           $ 11,916");
        ImportResult result = new Importer(database).load("innovo-2003-q1-ex99.txt", changed.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.REPLACED);
        assertThat(rows("select value from facts where concept = 'Revenues' and period_end = date '2003-03-01'"))
                .containsExactly("11916000.00000000");
        assertThat(rows("select count(*) from facts")).containsExactly("80");
    }

    /**
     * Makes the database refuse any row labelled "Refused …" (as wide as the label it replaces, so that the table's
     * columns stay where they were), a stand-in for whatever a database may refuse part-way through a document (an
     * over-long label was one, before text was cut to its column).
     */
    private void refuseLabelsStartingRefused() throws SQLException {
        try (Statement s = database.connection().createStatement()) {
            s.execute("alter table line_item add constraint refused_label check (label not like 'Refused%')");
        }
    }

    @Test
    void aDocumentTheDatabaseRefusesLeavesTheDatabaseAsItWas() throws Exception {
        load(Q1);
        List<String> before = rows("select * from facts order by document, line, period_end");
        refuseLabelsStartingRefused();
        String text = Files.readString(Q3, StandardCharsets.ISO_8859_1).replaceFirst("Inventories", "Refused inv");
        ImportResult result = new Importer(database).load("broken.txt", text.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.FAILED);
        assertThat(result.summary()).startsWith("broken.txt: not imported");
        assertThat(rows("select * from facts order by document, line, period_end")).isEqualTo(before);
        assertThat(rows("select count(*) from document")).containsExactly("1");
        assertThat(rows("select count(*) from line_item")).containsExactly("40");
    }

    @Test
    void aRefusedDocumentAmongOthersIsUndoneAloneAndTheOthersAreImportedInOrder() throws Exception {
        refuseLabelsStartingRefused();
        String broken = Files.readString(Q3, StandardCharsets.ISO_8859_1).replaceFirst("Inventories", "Refused inv");
        List<String> told = new ArrayList<>();
        List<ImportResult> results = new Importer(database, 2).loadAll(List.of(
                Source.of("q1.txt", Files.readAllBytes(Q1)),
                Source.of("broken.txt", broken.getBytes(StandardCharsets.ISO_8859_1)),
                Source.of("missing.txt", folder.resolve("no-such-file.txt")),
                Source.of("q3.txt", Files.readAllBytes(Q3))), ImportListener.lines(told::add));

        assertThat(results).extracting(ImportResult::outcome).containsExactly(ImportResult.Outcome.IMPORTED,
                ImportResult.Outcome.FAILED, ImportResult.Outcome.FAILED, ImportResult.Outcome.IMPORTED);
        assertThat(told).hasSize(5).last().isEqualTo("Innovo Group Inc.: checks across documents found 1 warning");
        assertThat(rows("select name from document order by id")).containsExactly("q1.txt", "q3.txt");
        assertThat(rows("select count(*) from facts")).containsExactly("196");
        assertThat(rows("select count(*) from line_item li where not exists"
                + " (select 1 from statement_table t where t.id = li.table_id)")).containsExactly("0");
    }

    @Test
    void checksAcrossDocumentsLeftUndoneByAKilledImportAreDoneByTheNextImport() throws Exception {
        List<Source> both = List.of(Source.of("q1.txt", Files.readAllBytes(Q1)), Source.of("q3.txt", Files.readAllBytes(Q3)));
        new Importer(database).loadAll(both, ImportListener.NONE);
        assertThat(rows("select count(*) from setting where name like 'checks-across-documents-pending:%'"))
                .containsExactly("0");
        long company = Long.parseLong(rows("select id from company").get(0));
        try (Statement s = database.connection().createStatement()) {
            s.execute("delete from finding where rule in ('restatement', 'year-to-date', 'retained-earnings')");
            s.execute("insert into setting (name, val) values ('" + Checks.pendingName(company) + "', 'yes')");
        }

        List<String> told = new ArrayList<>();
        List<ImportResult> again = new Importer(database).loadAll(both, ImportListener.lines(told::add));

        assertThat(again).extracting(ImportResult::outcome).containsOnly(ImportResult.Outcome.UNCHANGED);
        assertThat(told).last().isEqualTo("Innovo Group Inc.: checks across documents found 1 warning");
        assertThat(rows("select count(*) from findings where rule = 'retained-earnings'")).containsExactly("1");
        assertThat(rows("select count(*) from setting where name like 'checks-across-documents-pending:%'"))
                .containsExactly("0");
    }

    @Test
    void anUnchangedDocumentIsMappedAgainAfterTheAliasesChange() throws Exception {
        load(Q1);
        try (Statement s = database.connection().createStatement()) {
            s.execute("insert into label_alias (label, concept) values ('Depreciation and amortization', 'OperatingExpenses')");
        }
        assertThat(load(Q1).outcome()).isEqualTo(ImportResult.Outcome.REPLACED);
        assertThat(rows("select distinct concept from facts where label = 'Depreciation and amortization'"))
                .containsExactly("OperatingExpenses");
        assertThat(load(Q1).outcome()).isEqualTo(ImportResult.Outcome.UNCHANGED);
    }

    @Test
    void anUnchangedDocumentReadByAnOlderExhibitIsReadAgain() throws Exception {
        load(Q1);
        try (Statement s = database.connection().createStatement()) {
            s.execute("update document set mapping = 'read by an older exhibit'");
        }
        assertThat(load(Q1).outcome()).isEqualTo(ImportResult.Outcome.REPLACED);
        assertThat(load(Q1).outcome()).isEqualTo(ImportResult.Outcome.UNCHANGED);
        List<org.exhibit.concept.Alias> aliases = List.of(new org.exhibit.concept.Alias("Net sales", "Revenues", null));
        assertThat(Importer.fingerprint(DocumentParser.reading(), aliases, List.of(), List.of()))
                .isNotEqualTo(Importer.fingerprint(DocumentParser.reading() + " before", aliases, List.of(), List.of()));
    }

    @Test
    void userAliasesWinOverBundledOnesAndSurviveReopening() throws Exception {
        try (Statement s = database.connection().createStatement()) {
            s.execute("insert into label_alias (label, concept) values ('Gross profit', 'Revenues')");
        }
        database.close();
        database = Database.open(fresh.url());
        load(Q1);
        assertThat(rows("select concept from facts where label = 'Gross Profit' and period_end = date '2003-03-01'"))
                .containsExactly("Revenues");
        assertThat(rows("select count(*) from label_alias where origin = 'bundled'")).doesNotContain("0");
    }

    @Test
    void theFindingsViewShowsWhatTheChecksFoundOnImport() throws Exception {
        assertThat(load(Q1).summary()).endsWith(", check: 2 errors, 1 warning");
        assertThat(rows("select document, rule, severity, concept, period_end, months, expected, actual, line,"
                + " relative_difference from findings where rule <> 'claim' order by line"))
                .containsExactly("innovo-2003-q1-ex99.txt|sum|error|LiabilitiesCurrent|2003-03-01|0|8198000.00000000"
                        + "|8188000.00000000|233|0.00121981",
                        "innovo-2003-q1-ex99.txt|retained-earnings|warning|RetainedEarningsAccumulatedDeficit|2003-03-01|0"
                        + "|-33225000.00000000|-33227000.00000000|246|0.00006019");
        assertThat(rows("select severity, count(*) from findings where rule = 'claim' group by severity order by severity"))
                .containsExactly("error|1", "info|21", "warning|1");
    }

    @Test
    void aCheckThatFailsLeavesTheImportDoneAndSaysSo() throws Exception {
        try (Statement s = database.connection().createStatement()) {
            s.execute("drop view findings");
            s.execute("drop table finding");
        }
        ImportResult result = load(Q1);
        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
        assertThat(result.summary()).startsWith("innovo-2003-q1-ex99.txt: imported, Innovo Group Inc., 2 tables, 80 facts,"
                + " not checked (");
        assertThat(rows("select count(*) from facts")).containsExactly("80");
    }

    @Test
    void noTextTheReaderKeepsCanMakeTheDatabaseRefuseADocument() throws Exception {
        String wide = "Consolidated Statements of Operations" + "   (continued from the previous page)".repeat(70);
        StringBuilder years = new StringBuilder();
        StringBuilder sales = new StringBuilder();
        for (int year = 1999; year > 1989; year--) {
            years.append(String.format("%12d", year));
            sales.append(String.format("%,12d", 1200 + (1999 - year) * 7));
        }
        String text = "ACME INDUSTRIES INC.\n\n" + wide + "\n\n"
                + "(Dollars in millions, except per share amounts      " + years + "\n\n"
                + String.format("%-46s", "Net sales") + sales + "\n"
                + String.format("%-46s", "Cost of sales") + sales + "\n"
                + String.format("%-46s", "Net income") + sales + "\n";
        ImportResult result = new Importer(database).load("ten-years.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(result.outcome()).as(result.summary()).isEqualTo(ImportResult.Outcome.IMPORTED);
        assertThat(rows("select scale from statement_table"))
                .containsExactly("x1000000 (in millions, except per share amounts)");
        assertThat(rows("select max(length(title)) <= 2000 and max(length(title)) > 1990 from statement_table"))
                .containsExactly("TRUE");

        String longLabel = "Net sales " + "and more ".repeat(300);
        String q3 = Files.readString(Q3, StandardCharsets.ISO_8859_1).replace("NET REVENUES ....", longLabel + "....");
        result = new Importer(database).load("long-label.txt", q3.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(result.outcome()).as(result.summary()).isEqualTo(ImportResult.Outcome.IMPORTED);
        assertThat(rows("select length(section), right(section, 1) from line_item where section like 'Net sales and more%' limit 1"))
                .containsExactly("2000|…");
    }
}
