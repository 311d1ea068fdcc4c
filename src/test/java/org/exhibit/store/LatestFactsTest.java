package org.exhibit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.exhibit.TestDatabase;
import org.exhibit.generate.CorpusGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The {@code latest_facts} view, kept in a table by the importer, shows what the contract defines whatever the order of
 * imports: per company, concept (or label), period end and months, the value of the most recently released document.
 * Each test compares the view with that definition written as a window over every stored fact.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class LatestFactsTest {

    /** The contract's definition of latest_facts, ranked over every fact, in the view's columns and order. */
    private static final String RANKED = "select company, document, released, statement, concept, label, period_start,"
            + " period_end, months, value, printed_value, unit, line from ("
            + " select c.name as company, d.name as document, d.released as released, t.kind as statement,"
            + " li.concept as concept, li.label as label, f.period_start as period_start, f.period_end as period_end,"
            + " f.months as months, f.amount as value, f.printed_amount as printed_value,"
            + " coalesce(f.unit, li.unit) as unit, f.line as line, row_number() over (partition by d.company_id,"
            + " coalesce(li.concept, li.label), f.period_end, f.months order by d.released desc nulls last, d.id desc,"
            + " f.line) as recency"
            + " from fact f join line_item li on li.id = f.line_item_id join statement_table t on t.id = li.table_id"
            + " join document d on d.id = f.document_id join company c on c.id = d.company_id) ranked"
            + " where recency = 1 order by company, concept, label, period_end, months";
    private static final String VIEW = "select company, document, released, statement, concept, label, period_start,"
            + " period_end, months, value, printed_value, unit, line from latest_facts"
            + " order by company, concept, label, period_end, months";

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

    /** A small generated corpus: companies whose later filings print the earlier periods again, some restated. */
    private List<Path> corpus() throws Exception {
        Path dir = folder.resolve("corpus");
        CorpusGenerator.generate(new CorpusGenerator.Options(4, 6, 11, 0), dir);
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private List<String> rows(String sql) throws SQLException {
        return SqlRows.of(database.connection(), sql);
    }

    @Test
    void documentsImportedNewestFirstGiveTheSameLatestFactsAsTheDefinition() throws Exception {
        List<Path> newestFirst = corpus().stream().sorted(Comparator.reverseOrder()).toList();
        Importer importer = new Importer(database);
        for (Path file : newestFirst.subList(0, newestFirst.size() / 2)) {
            importer.loadFile(file);
        }
        importer.loadFiles(newestFirst.subList(newestFirst.size() / 2, newestFirst.size()), ImportListener.NONE);

        List<String> ranked = rows(RANKED);
        assertThat(ranked).hasSizeGreaterThan(500);
        assertThat(rows("select count(*) from facts")).isNotEqualTo(List.of(String.valueOf(ranked.size())));
        assertThat(rows(VIEW)).isEqualTo(ranked);
    }

    @Test
    void aReplacedDocumentGivesUpItsFactsToTheDocumentsThatPrintThemToo() throws Exception {
        List<Path> files = corpus();
        new Importer(database).loadFiles(files, ImportListener.NONE);
        String newest = rows("select document from latest_facts group by document order by count(*) desc limit 1").get(0);
        Path file = files.stream().filter(f -> f.getFileName().toString().equals(newest)).findFirst().orElseThrow();
        String text = Files.readString(file);
        // The same document again, cut to its first third: the facts of its other tables must now come from the earlier
        // documents that print them too.
        String shorter = text.substring(0, text.length() / 3);
        int held = rows("select * from latest_facts where document = '" + newest + "'").size();

        new Importer(database).load(newest, shorter.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(rows("select * from latest_facts where document = '" + newest + "'")).hasSizeLessThan(held);
        assertThat(rows(VIEW)).isEqualTo(rows(RANKED));
    }

    @Test
    void latestFactsLeftUnrankedByAKilledImportAreRankedByTheNextImport() throws Exception {
        List<Path> files = corpus();
        new Importer(database).loadFiles(files, ImportListener.NONE);
        List<String> before = rows(VIEW);
        long company = Long.parseLong(rows("select min(id) from company").get(0));
        try (Statement s = database.connection().createStatement()) {
            s.execute("delete from fact_latest where company_id = " + company);
            s.execute("insert into setting (name, val) values ('" + Checks.pendingName(company) + "', 'yes')");
        }
        assertThat(rows(VIEW)).hasSizeLessThan(before.size());

        new Importer(database).loadFiles(files, ImportListener.NONE);

        assertThat(rows(VIEW)).isEqualTo(before).isEqualTo(rows(RANKED));
    }

    @Test
    void checkRanksEveryCompanysLatestFactsAgain() throws Exception {
        new Importer(database).loadFiles(corpus(), ImportListener.NONE);
        try (Statement s = database.connection().createStatement()) {
            s.execute("delete from fact_latest where mod(fact_id, 3) = 0");
        }

        Checks.recheckAll(database.dsl());

        assertThat(rows(VIEW)).isEqualTo(rows(RANKED));
    }
}
