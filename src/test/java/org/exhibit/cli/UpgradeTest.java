package org.exhibit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.GZIPInputStream;
import org.exhibit.store.Database;
import org.exhibit.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by each released schema version opens with this exhibit: it migrates forward, keeps every fact
 * and finding that version stored, and answers queries, {@code check} and a re-import.
 *
 * <p>The fixtures in {@code src/test/resources/upgrade/v<N>/} are real databases, not generated here: each is the file
 * that exhibit at schema version N wrote when it imported {@code data/}, with what that exhibit printed for the queries
 * {@link #FACTS} and {@link #FINDINGS} ({@code facts.csv}, {@code findings.csv}; version 1 had no findings). They were
 * made from this repository's history, outside any worktree: {@code git archive <commit> | tar -x -C /tmp/vN-build},
 * {@code mvn -B -q package -DskipTests} there, {@code java -jar target/exhibit.jar import --db
 * jdbc:h2:file:/tmp/fx/vN/exhibit data/}, the two queries with {@code query --format csv} (whose lines then ended in CR LF,
 * so they are compared with {@code --crlf}), then H2's
 * {@code shutdown compact} and {@code gzip -9 exhibit.mv.db}. v1 is commit c87a85d (the last before V2__checks.sql),
 * v2 is commit 9346d39. When a migration V(N+1) is added, make vN the same way from the last commit before it and add
 * it to the versions below.
 */
class UpgradeTest {

    /** Every fact with every column of the contract, in an order that leaves no ties between different rows. */
    static final String FACTS = "select company, ticker, cik, document, accession, released, statement, concept, label,"
            + " period_start, period_end, months, value, printed_value, unit, line from facts"
            + " order by document, line, statement, label, period_end, months, value, printed_value";
    /** Every latest fact, in the order of its key (company, concept or label, period end, months). */
    static final String LATEST_FACTS = "select company, ticker, cik, document, accession, released, statement, concept,"
            + " label, period_start, period_end, months, value, printed_value, unit, line from latest_facts"
            + " order by company, concept, label, period_end, months";
    /** Every finding, in an order that leaves no ties between different rows. */
    static final String FINDINGS = "select document, rule, severity, concept, period_end, months, expected, actual,"
            + " message, line from findings order by document, line, rule, concept, period_end, months, message";

    @TempDir
    Path folder;

    private String out;

    private int exhibit(String... args) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        Context context = new Context(new ByteArrayInputStream(new byte[0]),
                new PrintStream(outBytes, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true),
                false);
        int status = new Main(context).run(args);
        out = outBytes.toString(StandardCharsets.UTF_8);
        return status;
    }

    /** Unpacks the fixture of {@code version} into its own folder and returns its URL. */
    static String unpack(String version, Path folder) throws IOException {
        Path dir = Files.createDirectories(folder.resolve(version));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(fixture(version).resolve("exhibit.mv.db.gz")))) {
            Files.copy(in, dir.resolve("exhibit.mv.db"));
        }
        return "jdbc:h2:file:" + dir.resolve("exhibit");
    }

    static Path fixture(String version) {
        return Path.of("src/test/resources/upgrade", version);
    }

    private String query(String db, String sql) {
        assertThat(exhibit("query", "--db", db, "--format", "csv", "--crlf", sql)).as(sql).isZero();
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v2"})
    void aDatabaseOfAnEarlierVersionMigratesForwardKeepingEveryFact(String version) throws IOException {
        String db = unpack(version, folder);

        assertThat(query(db, FACTS)).isEqualTo(Files.readString(fixture(version).resolve("facts.csv")));
        assertThat(query(db, "select max(cast(\"version\" as int)) as v from \"flyway_schema_history\" where \"success\""))
                .isEqualTo("v\r\n" + Database.SCHEMA_VERSION + "\r\n");
        Path findings = fixture(version).resolve("findings.csv");
        if (Files.exists(findings)) {
            assertThat(query(db, FINDINGS)).isEqualTo(Files.readString(findings));
        }
        Path latest = fixture(version).resolve("latest-facts.csv");
        if (Files.exists(latest)) {
            assertThat(query(db, LATEST_FACTS)).isEqualTo(Files.readString(latest));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v2"})
    void anUpgradedDatabaseChecksAndReimportsLikeANewOne(String version) throws IOException {
        String upgraded = unpack(version, folder);
        String fresh = "jdbc:h2:file:" + folder.resolve("fresh");
        assertThat(exhibit("import", "--db", fresh, "data")).isZero();
        // The fiscal year end the migration derived in SQL is the one the importer derives.
        String yearEnds = "select name, year_end_month from company order by name";
        assertThat(query(upgraded, yearEnds)).isEqualTo(query(fresh, yearEnds)).contains("Innovo Group Inc.,11");

        assertThat(exhibit("check", "--db", upgraded)).isZero();
        assertThat(out).contains("2 documents checked");
        assertThat(exhibit("import", "--db", upgraded, "data")).isZero();
        assertThat(out.lines()).filteredOn(line -> line.contains(": replaced,")).hasSize(2);

        assertThat(query(upgraded, FACTS)).isEqualTo(query(fresh, FACTS));
        assertThat(query(upgraded, LATEST_FACTS)).isEqualTo(query(fresh, LATEST_FACTS));
        assertThat(query(upgraded, FINDINGS)).isEqualTo(query(fresh, FINDINGS));
    }

    @Test
    void aMigrationThatFailsPartWayPutsTheDatabaseBackAsTheEarlierVersionLeftIt() throws Exception {
        String db = unpack("v1", folder);
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement()) {
            s.execute("create table prose_line (note varchar(100))");
            s.execute("insert into prose_line values ('an analyst''s own table, named as version 2 names one')");
        }
        String before = script(db);

        assertThatThrownBy(() -> Database.open(db))
                .hasMessageContaining("(table PUBLIC.PROSE_LINE (not as exhibit defines it))");
        assertThatThrownBy(() -> Database.open(db, false, true))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Cannot upgrade the database " + db + " from schema version 1 to "
                        + Database.SCHEMA_VERSION + " (Failed to execute script V2__checks.sql: Table \"PROSE_LINE\" already"
                        + " exists); it was put back as it was, so the exhibit that wrote it still opens it.");

        assertThat(script(db)).isEqualTo(before);
    }

    /** Everything the database holds, as H2's SQL script: its tables, views, users, sequences and rows. */
    private static String script(String db) throws SQLException {
        StringBuilder script = new StringBuilder();
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("script")) {
            while (rs.next()) {
                script.append(rs.getString(1)).append('\n');
            }
        }
        return script.toString();
    }
}
