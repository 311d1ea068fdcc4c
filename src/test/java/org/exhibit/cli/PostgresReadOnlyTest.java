package org.exhibit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.exhibit.TestDatabase;
import org.exhibit.store.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Under {@code --read-only} on PostgreSQL the server refuses every change: exhibit opens the session only as a login
 * the server lets only read (a member of the role exhibit_read the migration makes), refuses any other login with a
 * sentence saying how to make one, and each statement that would change the database or reach the server's files or
 * programs is refused in one sentence and changes nothing. Runs only with {@code EXHIBIT_TEST_PG}.
 */
class PostgresReadOnlyTest {

    private static final String SECRET = "the contents of a file no query may read";

    @TempDir
    static Path folder;

    private static TestDatabase database;
    private static String reader;
    private static String writer;

    @BeforeAll
    static void importTheSamplesAndMakeTwoLogins() throws Exception {
        database = TestDatabase.fresh(Engine.POSTGRES, folder);
        assertThat(Exhibit.run("import", "--db", database.url(), "data").status()).isZero();
        String suffix = HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        reader = "exhibit_t_reader_" + suffix;
        writer = "exhibit_t_writer_" + suffix;
        admin("create role " + reader + " login in role exhibit_read");
        admin("create role " + writer + " login in role exhibit_read");
        try (Connection c = DriverManager.getConnection(database.url()); Statement s = c.createStatement()) {
            s.execute("grant insert on setting to " + writer);
        }
        Files.writeString(folder.resolve("secret.txt"), SECRET + "\n");
    }

    @AfterAll
    static void dropTheLoginsAndTheDatabase() throws SQLException {
        if (database == null) {
            return;
        }
        database.close();
        admin("drop role if exists " + reader);
        admin("drop role if exists " + writer);
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestDatabase.server()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The database's URL with another login. */
    private static String as(String login) {
        return database.url().replaceAll("([?&])user=[^&]*", "$1user=" + login);
    }

    /** Everything a user could change: each table's row count and the sum of the facts. */
    private static String contents() {
        return Exhibit.run("query", "--db", database.url(), "--format", "csv", "select (select count(*) from fact) as facts,"
                + " (select sum(amount) from fact) as total, (select count(*) from setting) as settings,"
                + " (select count(*) from document) as documents, (select count(*) from fact_latest) as latest,"
                + " (select count(*) from information_schema.tables where table_schema = current_schema) as tables").out();
    }

    @Test
    void aLoginInRoleExhibitReadQueries() {
        Exhibit run = Exhibit.run("query", "--read-only", "--db", as(reader), "--format", "csv",
                "select count(*) as n, sum(value) as total from facts");
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.lines()).containsExactly("n,total", "196,942025999.56");
    }

    @Test
    void aLoginThatCouldWriteIsRefusedWithHowToMakeOneThatCannot() {
        TestDatabase.server();
        for (String login : new String[] {writer, null}) {
            String url = login == null ? database.url() : as(login);
            Exhibit run = Exhibit.run("query", "--read-only", "--db", url, "select 1");
            assertThat(run.status()).as(url).isEqualTo(1);
            assertThat(run.err().lines()).as(url).hasSize(1);
            assertThat(run.err()).as(url).startsWith("exhibit: --read-only on PostgreSQL needs a login the server lets"
                    + " only read, but ").contains("create role alice login password '…' in role exhibit_read");
        }
        assertThat(Exhibit.run("query", "--read-only", "--db", as(writer), "select 1").err())
                .contains(writer + " may change setting;");
        assertThat(Exhibit.run("query", "--read-only", "--db", database.url(), "select 1").err())
                .contains(" is a superuser;");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "insert into setting values ('x', 'y')",
        "update fact set amount = 0",
        "delete from fact_latest",
        "truncate table finding",
        "drop view facts",
        "create table t (x int)",
        "alter table fact add column x int",
        "create index x on fact (amount)",
        "grant all on fact to public",
        "copy fact to '/tmp/exhibit-written.csv'",
        "copy (select 1) to program 'touch /tmp/exhibit-written'",
        "copy setting from 'FOLDER/secret.txt'",
        "select pg_read_file('FOLDER/secret.txt')",
        "select lo_import('FOLDER/secret.txt')",
        "create function f() returns int language sql as 'select 1'",
        "set role exhibit_read",
        "set session characteristics as transaction read write",
        "start transaction read write; insert into setting values ('x', 'y')",
    })
    void eachDangerousStatementIsRefusedInOneSentenceAndChangesNothing(String template) {
        String sql = template.replace("FOLDER", folder.toString());
        String before = contents();

        Exhibit run = Exhibit.run("query", "--read-only", "--db", as(reader), sql);
        assertThat(run.status()).as(sql).isEqualTo(1);
        assertThat(run.err()).as(sql).startsWith("query:1").endsWith(
                "; the database is open read-only (--read-only): queries only, no changes, no files, no Java\n");
        assertThat(run.err().lines()).as(sql).hasSize(1);
        assertThat(run.out() + run.err()).as(sql).doesNotContain(SECRET);

        assertThat(contents()).as(sql).isEqualTo(before);
        assertThat(Path.of("/tmp/exhibit-written.csv")).as(sql).doesNotExist();
        assertThat(Path.of("/tmp/exhibit-written")).as(sql).doesNotExist();
    }
}
