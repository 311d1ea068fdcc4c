package org.exhibit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.exhibit.TestDatabase;
import org.exhibit.store.FactsChecksum;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code exhibit copy} carries every table into a new database, says what it carried with a facts checksum counted
 * again in the copy, and refuses a target that holds anything, a missing source, and a database copied onto itself.
 */
class CopyTest {

    /** Statements whose answers must be the same in a database and its copy: the contract's views and users' data. */
    private static final String[] SAME_ANSWERS = {
        "select * from facts order by document, line, label, period_end, months, statement",
        "select * from latest_facts order by document, line, label, period_end, months",
        "select document, rule, severity, concept, period_end, months, expected, actual, message, line from findings"
                + " order by document, line, rule, message",
        "select label, concept, statement, origin from label_alias order by origin, label, concept",
        "select name, val from setting order by name",
        "select name, name_key, ticker, cik, year_end_month from company order by name_key",
        "select name, sha256, mapping, released, released_basis, imported_at from document order by name",
        "select count(*) from diagnostic",
        "select count(*) from line_item"};

    @TempDir
    Path folder;

    private String source;
    private String target;

    @BeforeEach
    void setUp() {
        source = "jdbc:h2:file:" + folder.resolve("source");
        target = "jdbc:h2:file:" + folder.resolve("target");
    }

    private static String answer(String url, String sql) {
        Exhibit run = Exhibit.run("query", "--db", url, "--format", "csv", sql);
        assertThat(run.status()).as(run.err()).isZero();
        return run.out();
    }

    private static FactsChecksum checksum(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            return FactsChecksum.of(c);
        }
    }

    private void sourceWithSamplesAndAUserAlias() {
        assertThat(Exhibit.run("import", "--db", source, "data").status()).isZero();
        answer(source, "insert into label_alias (label, concept, statement) values ('Sales to customers', 'Revenues',"
                + " 'income')");
    }

    @Test
    void everyTableArrivesAndTheCopyPrintsItsCountsAndTheFactsChecksum() throws Exception {
        sourceWithSamplesAndAUserAlias();

        Exhibit copy = Exhibit.run("copy", "--from", source, "--to", target);

        assertThat(copy.status()).as(copy.err()).isZero();
        FactsChecksum facts = checksum(source);
        assertThat(facts.rows()).isEqualTo(196);
        assertThat(checksum(target)).isEqualTo(facts);
        assertThat(copy.lines()).contains("facts checksum: " + facts.hex() + " (196 rows)");
        assertThat(copy.lines()).anyMatch(line -> line.matches("fact\\s+196"))
                .anyMatch(line -> line.matches("document\\s+2"))
                .anyMatch(line -> line.matches("company\\s+1"));
        assertThat(copy.err()).contains("every table's count and the facts checksum agree");
        for (String sql : SAME_ANSWERS) {
            assertThat(answer(target, sql)).as(sql).isEqualTo(answer(source, sql));
        }
        assertThat(answer(target, "select count(*) from label_alias where origin = 'user'")).isEqualTo("count(*)\n1\n");
    }

    @Test
    void aCopyGoesOnLikeTheOriginalAndTheSourceIsUnchanged() throws Exception {
        sourceWithSamplesAndAUserAlias();
        FactsChecksum before = checksum(source);
        assertThat(Exhibit.run("copy", "--from", source, "--to", target).status()).isZero();

        Exhibit again = Exhibit.run("import", "--db", target, "data");
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out() + again.err()).contains("unchanged");
        assertThat(checksum(target)).isEqualTo(before);
        assertThat(checksum(source)).isEqualTo(before);
        assertThat(answer(target, "select count(*) from document")).isEqualTo("count(*)\n2\n");
    }

    @Test
    void aTargetThatHoldsTablesIsRefusedAndLeftAsItWas() {
        sourceWithSamplesAndAUserAlias();
        assertThat(Exhibit.run("import", "--db", target, "data/innovo-2003-q1-ex99.txt").status()).isZero();

        Exhibit copy = Exhibit.run("copy", "--from", source, "--to", target);

        assertThat(copy.status()).isEqualTo(1);
        assertThat(copy.err()).startsWith("exhibit: The database " + target + " already holds tables;")
                .contains("--to").doesNotContain("Exception").hasLineCount(1);
        assertThat(answer(target, "select name from document")).isEqualTo("name\ninnovo-2003-q1-ex99.txt\n");
    }

    @Test
    void aMissingSourceIsRefusedBeforeTheTargetIsTouched() {
        Exhibit copy = Exhibit.run("copy", "--from", "jdbc:h2:file:" + folder.resolve("nothing"), "--to", target);

        assertThat(copy.status()).isEqualTo(1);
        assertThat(copy.err()).contains("There is no exhibit database at").hasLineCount(1);
        assertThat(Files.exists(folder.resolve("target.mv.db"))).isFalse();
        assertThat(Files.exists(folder.resolve("nothing.mv.db"))).isFalse();
    }

    @Test
    void aDatabaseIsNotCopiedOntoItself() {
        sourceWithSamplesAndAUserAlias();
        Exhibit copy = Exhibit.run("copy", "--from", source, "--to", source);
        assertThat(copy.status()).isEqualTo(1);
        assertThat(copy.err()).contains("name the same database").hasLineCount(1);
    }

    @Test
    void aDatabaseCopiedToPostgresqlAndBackHoldsIdenticalFacts() throws Exception {
        try (TestDatabase server = TestDatabase.onServer(null)) {
            sourceWithSamplesAndAUserAlias();
            String postgres = server.url();
            Exhibit there = Exhibit.run("copy", "--from", source, "--to", postgres);
            assertThat(there.status()).as(there.err()).isZero();
            Exhibit back = Exhibit.run("copy", "--from", postgres, "--to", target);
            assertThat(back.status()).as(back.err()).isZero();

            FactsChecksum facts = checksum(source);
            assertThat(checksum(postgres)).isEqualTo(facts);
            assertThat(checksum(target)).isEqualTo(facts);
            assertThat(there.lines()).contains("facts checksum: " + facts.hex() + " (196 rows)");
            assertThat(back.lines()).isEqualTo(there.lines());
            for (String sql : SAME_ANSWERS) {
                assertThat(answer(target, sql)).as(sql).isEqualTo(answer(source, sql));
            }
            Exhibit again = Exhibit.run("copy", "--from", source, "--to", postgres);
            assertThat(again.status()).isEqualTo(1);
            assertThat(again.err()).contains("already holds tables").hasLineCount(1);
        }
    }

    @Test
    void bothDatabasesMustBeNamed() {
        Exhibit copy = Exhibit.run("copy", "--from", source);
        assertThat(copy.status()).isEqualTo(2);
        assertThat(copy.err()).contains("--to");
    }
}
