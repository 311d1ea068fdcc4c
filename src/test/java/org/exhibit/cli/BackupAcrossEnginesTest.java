package org.exhibit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.exhibit.TestDatabase;
import org.exhibit.store.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code backup} and {@code restore} on PostgreSQL, and between the engines: a backup taken on either restores into a
 * new database on either with the same facts, and one that is altered restores nothing and leaves no table behind.
 * The PostgreSQL cases run only with {@code EXHIBIT_TEST_PG}.
 */
class BackupAcrossEnginesTest {

    private static final String FACTS = "select company, document, statement, scope, concept, label, period_start,"
            + " period_end, months, value, printed_value, unit, line from facts"
            + " order by document, line, period_end, label, months";

    @TempDir
    Path folder;

    private final List<TestDatabase> made = new ArrayList<>();

    @AfterEach
    void dropTheDatabases() {
        made.forEach(TestDatabase::close);
    }

    private String fresh(Engine engine) {
        TestDatabase database = TestDatabase.fresh(engine, folder);
        made.add(database);
        return database.url();
    }

    private static String query(String url, String sql) {
        Exhibit run = Exhibit.run("query", "--db", url, "--format", "csv", sql);
        assertThat(run.status()).as(run.err()).isZero();
        return run.out();
    }

    private Path backupOfTheSamples(String url) {
        Path backup = folder.resolve("backup.zip");
        assertThat(Exhibit.run("import", "--db", url, "data").status()).isZero();
        Exhibit run = Exhibit.run("backup", "--db", url, backup.toString());
        assertThat(run.status()).as(run.err()).isZero();
        return backup;
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({"H2, POSTGRES", "POSTGRES, POSTGRES", "POSTGRES, H2"})
    void aBackupRestoresIntoEitherEngineWithTheSameFacts(Engine from, Engine to) {
        String source = fresh(from);
        Path backup = backupOfTheSamples(source);
        String target = fresh(to);

        Exhibit restored = Exhibit.run("restore", "--db", target, backup.toString());
        assertThat(restored.status()).as(restored.err()).isZero();
        assertThat(restored.err()).startsWith("exhibit: restored 2 documents, 1 company, 196 facts from ");
        assertThat(query(target, FACTS)).isEqualTo(query(source, FACTS)).hasLineCount(197);
        assertThat(query(target, "select count(*) as n from findings")).isEqualTo(query(source,
                "select count(*) as n from findings"));
        // The identities continue after the rows restored: a new document imports.
        Exhibit more = Exhibit.run("import", "--db", target, "src/test/resources/corpus/dell-10k-2005-01-28.txt");
        assertThat(more.status()).as(more.err()).isZero();
    }

    @Test
    void anAlteredBackupRestoresNothingOnPostgresql() throws IOException {
        TestDatabase.server();
        Path backup = backupOfTheSamples(fresh(Engine.H2));
        Path altered = folder.resolve("altered.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(altered))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write((e.getName().equals("manifest.csv")
                        ? text.replaceFirst("FACT,tables/fact.csv,196,", "FACT,tables/fact.csv,197,") : text)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        String target = fresh(Engine.POSTGRES);

        Exhibit run = Exhibit.run("restore", "--db", target, altered.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("exhibit: " + altered + ": not a whole exhibit backup (table fact holds 196 rows"
                + " after loading, the manifest says 197); nothing was restored.\n");
        try (var c = java.sql.DriverManager.getConnection(target); var s = c.createStatement();
             var rs = s.executeQuery("select count(*) from information_schema.tables"
                     + " where table_schema = current_schema")) {
            rs.next();
            assertThat(rs.getLong(1)).as("tables left behind").isZero();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }

        Exhibit again = Exhibit.run("restore", "--db", target, backup.toString());
        assertThat(again.status()).as(again.err()).isZero();
        Exhibit refused = Exhibit.run("restore", "--db", target, backup.toString());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).startsWith("exhibit: The database " + target + " already holds tables;");
    }
}
