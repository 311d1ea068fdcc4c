package org.exhibit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups refused or failing part-way leave the target database as it was. */
class BackupRestoreTest {

    @TempDir
    Path folder;

    private String db;
    private String out;
    private String err;

    @BeforeEach
    void setUp() {
        db = "jdbc:h2:file:" + folder.resolve("exhibit");
    }

    private int exhibit(String... args) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        Context context = new Context(new ByteArrayInputStream(new byte[0]),
                new PrintStream(outBytes, true, StandardCharsets.UTF_8), new PrintStream(errBytes, true, StandardCharsets.UTF_8),
                false);
        int status = new Main(context).run(args);
        out = outBytes.toString(StandardCharsets.UTF_8);
        err = errBytes.toString(StandardCharsets.UTF_8);
        return status;
    }

    private Path backupOfTheSamples() {
        Path backup = folder.resolve("backup.sql.gz");
        assertThat(exhibit("import", "--db", db, "data")).isZero();
        assertThat(exhibit("backup", "--db", db, backup.toString())).isZero();
        return backup;
    }

    private String count(String url, String sql) {
        assertThat(exhibit("query", "--db", url, "--format", "csv", sql)).as(err).isZero();
        return out;
    }

    @Test
    void aBackupWhoseScriptFailsHalfWayRestoresNothing() throws Exception {
        Path backup = backupOfTheSamples();
        List<String> lines;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(backup))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        Path broken = folder.resolve("broken.sql.gz");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(broken))) {
            int end = lines.size() / 2;
            while (!lines.get(end - 1).endsWith(";")) {
                end--;
            }
            String half = String.join("\n", lines.subList(0, end)) + "\ninsert into no_such_table values (1);\n";
            gz.write(half.getBytes(StandardCharsets.UTF_8));
        }
        String target = "jdbc:h2:file:" + folder.resolve("target");

        assertThat(exhibit("restore", "--db", target, broken.toString())).isEqualTo(1);
        assertThat(err).startsWith("exhibit: " + broken + ": not restored, the database is as it was: ")
                .contains("NO_SUCH_TABLE");
        assertThat(err.lines()).hasSize(1);
        assertThat(err.length()).as("H2 quotes the failing statement, cut short").isLessThan(400);
        try (var c = java.sql.DriverManager.getConnection(target); var s = c.createStatement();
             var rs = s.executeQuery("select count(*) from information_schema.tables where table_schema = 'PUBLIC'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("tables left behind").isZero();
        }
    }

    @Test
    void restoreRefusesADatabaseThatHoldsTablesAndChangesNothingInIt() {
        Path backup = backupOfTheSamples();
        String other = "jdbc:h2:file:" + folder.resolve("other");
        assertThat(exhibit("import", "--db", other, "data/innovo-2003-q1-ex99.txt")).isZero();

        assertThat(exhibit("restore", "--db", other, backup.toString())).isEqualTo(1);
        assertThat(err).isEqualTo("exhibit: The database " + other + " already holds tables; restore " + backup
                + " into a new database (give --db a new file).\n");
        assertThat(count(other, "select count(*) as n from facts")).isEqualTo("n\n80\n");
    }

    @Test
    void aMissingBackupAndReadOnlyAreRefusedInOneSentence() {
        assertThat(exhibit("restore", "--db", db, folder.resolve("nosuch.sql.gz").toString())).isEqualTo(1);
        assertThat(err).isEqualTo("exhibit: " + folder.resolve("nosuch.sql.gz") + ": no such file.\n");
        assertThat(exhibit("restore", "--read-only", "--db", db, "x.sql.gz")).isEqualTo(2);
        assertThat(exhibit("backup", "--read-only", "--db", db, "x.sql.gz")).isEqualTo(2);
        assertThat(exhibit("backup", "--db", db, folder.resolve("no/such/folder/x.sql.gz").toString())).isEqualTo(1);
        assertThat(err).startsWith("exhibit: " + folder.resolve("no/such/folder/x.sql.gz") + ": cannot write the backup");
        assertThat(err.lines()).hasSize(1);
    }
}
