package org.exhibit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup is data: a zip of one CSV file per table and a manifest; restoring runs no SQL from it, and a backup that is
 * altered, cut short, or an earlier exhibit's SQL script leaves the target database as it was.
 */
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
        Path backup = folder.resolve("backup.zip");
        assertThat(exhibit("import", "--db", db, "data")).isZero();
        assertThat(exhibit("backup", "--db", db, backup.toString())).as(err).isZero();
        return backup;
    }

    private String query(String url, String sql) {
        assertThat(exhibit("query", "--db", url, "--format", "csv", sql)).as(err).isZero();
        return out;
    }

    private static Map<String, String> entries(Path zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static Path rewrite(Path zip, Path to, UnaryOperator<Map<String, String>> change) throws IOException {
        Map<String, String> entries = change.apply(entries(zip));
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return to;
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The tables of the database at {@code url}, counted over a plain connection (exhibit would create them). */
    private static long tables(String url) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(url); var s = c.createStatement();
             var rs = s.executeQuery("select count(*) from information_schema.tables where table_schema = 'PUBLIC'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aBackupIsOneCsvFilePerTableWithAManifestAndNullIsNotAnEmptyText() throws Exception {
        assertThat(exhibit("import", "--db", db, "data")).isZero();
        query(db, "insert into company (name, name_key, ticker, cik) values ('Empty Ticker Inc.', 'empty ticker', '', null)");
        Path backup = folder.resolve("backup.zip");
        assertThat(exhibit("backup", "--db", db, backup.toString())).as(err).isZero();

        Map<String, String> entries = entries(backup);
        assertThat(entries).containsKeys("manifest.csv", "tables/fact.csv", "tables/document.csv", "tables/company.csv")
                .doesNotContainKey("tables/flyway_schema_history.csv");
        String manifest = entries.get("manifest.csv");
        assertThat(manifest).startsWith("# exhibit-data-archive 1; schema version ");
        assertThat(manifest).contains("FACT,tables/fact.csv,196," + sha256(entries.get("tables/fact.csv")));
        assertThat(entries.get("tables/company.csv")).contains("\"Empty Ticker Inc.\",\"empty ticker\",\"\",,");
        assertThat(entries.get("tables/document.csv")).containsPattern("\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d");

        String restored = "jdbc:h2:file:" + folder.resolve("restored");
        assertThat(exhibit("restore", "--db", restored, backup.toString())).as(err).isZero();
        assertThat(query(restored, "select ticker = '' as empty, cik is null as missing from company where name_key = 'empty ticker'"))
                .isEqualTo("empty,missing\ntrue,true\n");
        String facts = "select * from facts order by document, line, period_end, label";
        assertThat(query(restored, facts)).isEqualTo(query(db, facts));
        query(restored, "insert into company (name, name_key) values ('New', 'new')");
    }

    @Test
    void aBackupWhoseRowsDifferFromItsManifestOrWhoseFileWasAlteredRestoresNothing() throws Exception {
        Path backup = backupOfTheSamples();
        String target = "jdbc:h2:file:" + folder.resolve("target");

        Path altered = rewrite(backup, folder.resolve("altered.zip"), e -> {
            e.put("tables/fact.csv", e.get("tables/fact.csv").replaceFirst("\"1000", "\"9000"));
            return e;
        });
        assertThat(exhibit("restore", "--db", target, altered.toString())).isEqualTo(1);
        assertThat(err).isEqualTo("exhibit: " + altered + ": not a whole exhibit backup (tables/fact.csv is not what was"
                + " written (its SHA-256 differs)); nothing was restored.\n");
        assertThat(folder.resolve("target.mv.db")).doesNotExist();

        Path miscounted = rewrite(backup, folder.resolve("miscounted.zip"), e -> {
            e.put("manifest.csv", e.get("manifest.csv").replaceFirst("FACT,tables/fact.csv,196,", "FACT,tables/fact.csv,197,"));
            return e;
        });
        assertThat(exhibit("restore", "--db", target, miscounted.toString())).isEqualTo(1);
        assertThat(err).isEqualTo("exhibit: " + miscounted + ": not a whole exhibit backup (table FACT holds 196 rows"
                + " after loading, the manifest says 197); nothing was restored.\n");
        assertThat(tables(target)).as("tables left behind").isZero();
    }

    /** A value that reads as SQL is a value: nothing in a backup is run. */
    @Test
    void sqlInABackupIsDataAndAnEarlierExhibitsScriptIsRefused() throws Exception {
        Path backup = backupOfTheSamples();
        Path marker = folder.resolve("marker");
        String hostile = "x'); CALL FILE_WRITE('ran', '" + marker + "'); --";
        Path planted = rewrite(backup, folder.resolve("planted.zip"), e -> {
            String settings = e.get("tables/setting.csv") + "\"hostile\",\"" + hostile.replace("\"", "\"\"") + "\"\n";
            e.put("tables/setting.csv", settings);
            e.put("manifest.csv", e.get("manifest.csv").lines().map(line -> {
                if (!line.startsWith("SETTING,")) {
                    return line;
                }
                String[] parts = line.split(",");
                try {
                    return "SETTING,tables/setting.csv," + (Long.parseLong(parts[2]) + 1) + "," + sha256(settings);
                } catch (Exception ex) {
                    throw new IllegalStateException(ex);
                }
            }).reduce("", (a, b) -> a + b + "\n"));
            return e;
        });
        String target = "jdbc:h2:file:" + folder.resolve("target");
        assertThat(exhibit("restore", "--db", target, planted.toString())).as(err).isZero();
        assertThat(query(target, "select val from setting where name = 'hostile'")).contains("FILE_WRITE");
        assertThat(marker).doesNotExist();

        Path script = folder.resolve("old.sql.gz");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(script))) {
            gz.write(("CREATE ALIAS RUN AS 'void run() {}';\nCALL FILE_WRITE('ran', '" + marker + "');\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        String other = "jdbc:h2:file:" + folder.resolve("other");
        assertThat(exhibit("restore", "--db", other, script.toString())).isEqualTo(1);
        assertThat(err).isEqualTo("exhibit: " + script + " is a backup of an earlier exhibit, an SQL script; exhibit no"
                + " longer restores scripts, since restoring one runs whatever SQL it holds. Restore it with the exhibit"
                + " that wrote it and back it up again with this one.\n");
        assertThat(marker).doesNotExist();
        assertThat(folder.resolve("other.mv.db")).doesNotExist();
    }

    @Test
    void restoreRefusesADatabaseThatHoldsTablesAndChangesNothingInIt() {
        Path backup = backupOfTheSamples();
        String other = "jdbc:h2:file:" + folder.resolve("other");
        assertThat(exhibit("import", "--db", other, "data/innovo-2003-q1-ex99.txt")).isZero();

        assertThat(exhibit("restore", "--db", other, backup.toString())).isEqualTo(1);
        assertThat(err).isEqualTo("exhibit: The database " + other + " already holds tables; restore " + backup
                + " into a new database (give --db a new file).\n");
        assertThat(query(other, "select count(*) as n from facts")).isEqualTo("n\n80\n");
    }

    @Test
    void aMissingBackupIsRefusedInOneSentenceAndABackupMayBeTakenReadOnly() {
        assertThat(exhibit("restore", "--db", db, folder.resolve("nosuch.zip").toString())).isEqualTo(1);
        assertThat(err).isEqualTo("exhibit: " + folder.resolve("nosuch.zip") + ": no such file.\n");
        assertThat(exhibit("restore", "--read-only", "--db", db, "x.zip")).isEqualTo(2);
        backupOfTheSamples();
        assertThat(exhibit("backup", "--read-only", "--db", db, folder.resolve("read-only.zip").toString())).as(err).isZero();
        assertThat(exhibit("backup", "--db", db, folder.resolve("no/such/folder/x.zip").toString())).isEqualTo(1);
        assertThat(err).startsWith("exhibit: " + folder.resolve("no/such/folder/x.zip") + ": cannot write the backup");
        assertThat(err.lines()).hasSize(1);
    }
}
