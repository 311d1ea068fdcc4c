package org.exhibit.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.exhibit.store.BundledData;
import org.exhibit.store.Database;
import org.exhibit.store.Importer;
import org.jline.reader.Candidate;
import org.jline.reader.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completion offers what fits where the cursor stands, read from the live schema. */
class SqlCompleterTest {

    @TempDir
    static Path folder;

    private static Database database;
    private static Catalog catalog;

    @BeforeAll
    static void open() throws Exception {
        database = Database.open("jdbc:h2:mem:completer;DB_CLOSE_DELAY=-1");
        BundledData.importAll(new Importer(database));
        catalog = new Catalog(database.connection());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    /** The values offered for the line typed so far (the cursor at its end), and the word they would replace. */
    private static List<String> offered(String typed) {
        return offered(typed, typed.length());
    }

    /** The same with the cursor at {@code cursor}. */
    private static List<String> offered(String typed, int cursor) {
        SqlParser.SqlLine line = (SqlParser.SqlLine) new SqlParser().parse(typed, cursor, Parser.ParseContext.COMPLETE);
        List<Candidate> candidates = new ArrayList<>();
        new SqlCompleter(catalog).complete(null, line, candidates);
        return candidates.stream().map(Candidate::value).filter(v -> v.regionMatches(true, 0, line.word(), 0, line.word().length()))
                .toList();
    }

    @Test
    void afterFromAndJoinTablesAndViews() {
        assertThat(offered("select * from fa")).containsExactlyInAnyOrder("fact", "fact_latest", "facts");
        assertThat(offered("select * from facts f join late")).containsExactly("latest_facts");
        assertThat(offered("select * from facts, fin")).containsExactlyInAnyOrder("finding", "findings");
        assertThat(offered("select * from fa")).doesNotContain("flyway_schema_history");
    }

    @Test
    void elsewhereKeywordsInTheCaseTypedAndColumnsOfTheTablesNamed() {
        assertThat(offered("sel")).containsExactly("select");
        assertThat(offered("SEL")).containsExactly("SELECT");
        assertThat(offered("select per from facts", "select per".length())).containsExactly("period_start", "period_end");
        assertThat(offered("select sha from document", "select sha".length())).containsExactly("sha256");
        assertThat(offered("select period_e")).containsExactly("period_end");
        assertThat(offered("select * from document where sha")).containsExactly("sha256");
        assertThat(offered("select * from facts where pri")).containsExactly("printed_value");
    }

    @Test
    void insideQuotesConceptsAndCompaniesAsStringLiterals() {
        assertThat(offered("select * from facts where concept = 'NetInc")).containsExactly("'NetIncomeLoss'");
        assertThat(offered("select * from facts where company = 'innovo")).containsExactly("'Innovo Group Inc.'");
        assertThat(offered("select * from facts where label = 'it''s a")).isEmpty();
    }

    @Test
    void backslashCommandsAndTheirArguments() {
        assertThat(offered("\\ti")).containsExactly("\\timing");
        assertThat(offered("\\d late")).containsExactly("latest_facts");
        assertThat(offered("\\format js")).containsExactly("json");
        assertThat(offered("\\x a")).containsExactly("auto");
    }

    @Test
    void namesAreReadAgainAfterTheSchemaChanges() throws Exception {
        assertThat(offered("select * from quarterly")).isEmpty();
        try (Statement s = database.connection().createStatement()) {
            s.execute("create view quarterly_revenues as select * from facts where concept = 'Revenues' and months = 3");
        }
        assertThat(offered("select * from quarterly")).as("not before the catalog is told").isEmpty();
        catalog.invalidate();
        assertThat(offered("select * from quarterly")).containsExactly("quarterly_revenues");
    }
}
