package org.exhibit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import org.exhibit.render.OutputStreams;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database file from someone else cannot run code, a damaged one is never taken for an empty one, a read-only session
 * changes nothing, and output that cannot be written is a failure: each hole found by trying exhibit as a hostile user
 * would, reproduced on a real database imported from the bundled samples.
 */
class FilesFromOthersTest {

    @TempDir
    static Path folder;

    private static Path original;

    private String out;
    private String err;

    @BeforeAll
    static void importTheSamples() {
        original = folder.resolve("original");
        assertThat(new Main(new Context(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()), false)).run("import", "--db", url(original), "data")).isZero();
    }

    private static String url(Path base) {
        return "jdbc:h2:file:" + base;
    }

    private static Path file(Path base) {
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }

    /** A copy of the imported database under a new name. */
    private static Path copy(String name) throws Exception {
        Path base = folder.resolve(name);
        Files.copy(file(original), file(base));
        return base;
    }

    private int exhibit(String... args) {
        return exhibit(new ByteArrayOutputStream(), args);
    }

    private int exhibit(java.io.OutputStream stdout, String... args) {
        ByteArrayOutputStream outBytes = stdout instanceof ByteArrayOutputStream b ? b : new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream printed = stdout instanceof ByteArrayOutputStream
                ? new PrintStream(outBytes, true, StandardCharsets.UTF_8)
                : OutputStreams.remembering(stdout, StandardCharsets.UTF_8);
        Context context = new Context(new ByteArrayInputStream(new byte[0]), printed,
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), false);
        int status = new Main(context).run(args);
        out = outBytes.toString(StandardCharsets.UTF_8);
        err = errBytes.toString(StandardCharsets.UTF_8);
        return status;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static void plant(Path base, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(url(base)); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    /**
     * The two ways the hostile user ran a shell command: a trigger's Java source (compiled and started when H2 opens
     * the database, and fired on each SELECT) and a linked table whose URL runs a script when H2 connects it on
     * opening. Each writes a marker file instead; exhibit must refuse the file in every mode without the marker
     * appearing, while H2 opening the same file writes it (so the plant is live and the test can fail).
     */
    @ParameterizedTest
    @CsvSource({"trigger, trigger PUBLIC.TR", "linked, linked table PUBLIC.LT"})
    void aTriggerOrLinkedTablePlantedInTheFileNeverRunsAndIsNamed(String kind, String named) throws Exception {
        Path base = copy("planted-" + kind);
        Path marker = folder.resolve("marker-" + kind);
        String markerPath = marker.toString().replace("\\", "/");
        if (kind.equals("trigger")) {
            plant(base, "create trigger tr before select on document as 'org.h2.api.Trigger create() throws Exception {"
                    + " java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + markerPath + "\"), \"ran\");"
                    + " return new org.h2.api.Trigger() { public void fire(java.sql.Connection c, Object[] o, Object[] n) {} }; }'");
        } else {
            Path script = folder.resolve("init-" + kind + ".sql");
            Files.writeString(script, "CALL FILE_WRITE('ran', '" + markerPath + "');\n");
            plant(base, "create linked table lt('org.h2.Driver', 'jdbc:h2:mem:x;INIT=RUNSCRIPT FROM ''"
                    + script.toString().replace("\\", "/") + "''', '', '', '(select 1 as one)')");
        }
        Files.deleteIfExists(marker);
        String before = sha256(file(base));

        for (List<String> command : List.of(
                List.of("query", "--read-only", "--db", url(base), "select count(*) from document"),
                List.of("saved", "--read-only", "--db", url(base), "margins", "--param", "company=innovo"),
                List.of("query", "--db", url(base), "select count(*) from document"),
                List.of("import", "--db", url(base), "data"),
                List.of("check", "--db", url(base)),
                List.of("backup", "--db", url(base), folder.resolve("b-" + kind + ".zip").toString()))) {
            assertThat(exhibit(command.toArray(String[]::new))).as(command.toString()).isEqualTo(1);
            assertThat(err).as(command.toString()).startsWith("exhibit: The database " + file(base) + " holds an object"
                    + " exhibit's migrations do not create (" + named + "), which could run code on this computer as"
                    + " soon as it opens, so exhibit does not open it").hasLineCount(1);
            assertThat(marker).as(command.toString()).doesNotExist();
        }
        assertThat(sha256(file(base))).isEqualTo(before);

        try (Connection c = DriverManager.getConnection(url(base))) {
            assertThat(marker).as("H2 itself runs the plant when it opens the file").exists();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "create alias owners_property for 'java.lang.System.getProperty' | Java function PUBLIC.OWNERS_PROPERTY",
        "create constant answer value 42 | constant PUBLIC.ANSWER",
        "create domain money as decimal(30, 8) | domain PUBLIC.MONEY",
        "create schema elsewhere | schema ELSEWHERE",
        "create table notes (x int) | table PUBLIC.NOTES",
        "create or replace view findings as select file_read('/etc/hostname') as document | view PUBLIC.FINDINGS",
        "alter table setting add column stamp varchar(100) default 'x' | table PUBLIC.SETTING",
        "create user intruder password 'x' admin; grant all on schema public to exhibit_reader | right",
        "set ignorecase true | setting IGNORECASE",
    })
    void everyObjectTheMigrationsDoNotCreateIsRefusedByName(String statements, String named) throws Exception {
        Path base = copy("foreign-" + Integer.toHexString(statements.hashCode()));
        if (statements.contains("exhibit_reader")) {
            assertThat(exhibit("query", "--read-only", "--db", url(base), "select 1")).isZero();
        }
        plant(base, statements.split("; "));

        assertThat(exhibit("query", "--read-only", "--db", url(base), "select count(*) from facts")).isEqualTo(1);
        assertThat(out).isEmpty();
        assertThat(err).contains("exhibit's migrations do not create (").contains(named).endsWith("--read-only never does.\n");
        assertThat(exhibit("query", "--db", url(base), "select count(*) from facts")).isEqualTo(1);
        assertThat(err).contains(named).contains("--allow-foreign-objects opens it anyway");
    }

    /** H2 records some things itself: columns' selectivity once tables grow (ANALYZE), where a sequence stands. */
    @Test
    void whatH2RecordsOfItsOwnIsNotForeign() throws Exception {
        Path base = copy("analyzed");
        plant(base, "analyze", "alter table label_alias alter column id restart with 5000");
        assertThat(exhibit("query", "--read-only", "--db", url(base), "select count(*) from document")).as(err).isZero();
        assertThat(exhibit("query", "--db", url(base), "select count(*) from document")).as(err).isZero();
    }

    @Test
    void allowForeignObjectsOpensAWritableSessionOnlyAndSaysWhatItRisks() throws Exception {
        Path base = copy("trusted");
        plant(base, "create alias owners_property for 'java.lang.System.getProperty'");

        assertThat(exhibit("query", "--allow-foreign-objects", "--db", url(base), "select count(*) from document")).isZero();
        assertThat(out.lines()).containsExactly("count(*)", "2");
        assertThat(exhibit("query", "--allow-foreign-objects", "--read-only", "--db", url(base), "select 1")).isEqualTo(1);
        assertThat(err).isEqualTo("exhibit: --allow-foreign-objects cannot be given with --read-only, whose promise (no"
                + " changes, no files, no Java) such objects would break.\n");
    }

    /** A failed copy or a full disk leaves a file cut short; H2 used to open it as a new, empty database and write one. */
    @ParameterizedTest
    @ValueSource(ints = {0, 2})
    void aDamagedFileIsRefusedAndNeverWrittenTo(int divisor) throws Exception {
        Path base = folder.resolve("damaged-" + divisor);
        byte[] whole = Files.readAllBytes(file(original));
        Files.write(file(base), java.util.Arrays.copyOf(whole, divisor == 0 ? 0 : whole.length / divisor));
        String before = sha256(file(base));

        for (List<String> command : List.of(
                List.of("query", "--read-only", "--db", url(base), "select count(*) from document"),
                List.of("query", "--db", url(base), "select count(*) from document"),
                List.of("import", "--db", url(base), "data"),
                List.of("--db", url(base)))) {
            assertThat(exhibit(command.toArray(String[]::new))).as(command.toString()).isEqualTo(1);
            assertThat(out).isEmpty();
            assertThat(err).as(command.toString()).startsWith("exhibit: The database " + file(base) + " looks damaged (")
                    .endsWith("); not touching it; restore a backup into a new file (exhibit restore), or salvage what H2 can"
                    + " read with its recovery tool (java -cp exhibit.jar org.h2.tools.Recover -dir FOLDER -db NAME).\n").hasLineCount(1);
        }
        assertThat(sha256(file(base))).isEqualTo(before);
    }

    @Test
    void readOnlyCreatesNoDatabase() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("nothing-here"));
        assertThat(exhibit("query", "--read-only", "--db", url(empty.resolve("exhibit")), "select 1")).isEqualTo(1);
        assertThat(err).isEqualTo("exhibit: There is no exhibit database at " + empty.resolve("exhibit")
                + "; --read-only opens only an existing one.\n");
        try (var files = Files.list(empty)) {
            assertThat(files).isEmpty();
        }
    }

    /** Read-only sessions once grew the file 30-120 KB each (a new password for their user, bundled data rewritten). */
    @Test
    void aHundredReadOnlySessionsLeaveTheFileTheSameSize() throws Exception {
        Path base = copy("hundred");
        assertThat(exhibit("query", "--read-only", "--db", url(base), "select 1")).isZero();
        long size = Files.size(file(base));
        for (int i = 0; i < 100; i++) {
            assertThat(exhibit("query", "--read-only", "--db", url(base), "select count(*) from facts")).isZero();
        }
        assertThat(Files.size(file(base))).isBetween(size - 4096, size + 4096);
    }

    @ParameterizedTest
    @ValueSource(strings = {"set password 'changed'", "set query_timeout 0", "  /* note */ SET lock_timeout 1"})
    void aReadOnlySessionChangesNoSettingNotEvenItsOwnPassword(String sql) throws Exception {
        Path base = copy("password-" + Integer.toHexString(sql.hashCode()));
        assertThat(exhibit("query", "--read-only", "--db", url(base), "select 1")).isZero();
        assertThat(exhibit("query", "--read-only", "--db", url(base), sql)).isEqualTo(1);
        assertThat(err).isEqualTo("query:1: SET changes a setting of the database or the session; the database is open"
                + " read-only (--read-only): queries only, no changes, no files, no Java\n");
        assertThat(exhibit("query", "--read-only", "--db", url(base), "select count(*) from document")).isZero();
    }

    @Test
    void aRunawayQueryIsStoppedByTheTimeLimit() {
        String forever = "select sum(a.x * b.x) from system_range(1, 1000000) a, system_range(1, 1000000) b";
        assertThat(exhibit("query", "--read-only", "--timeout", "1", "--db", url(original), forever)).isEqualTo(1);
        assertThat(err).matches("query:1: stopped after 1\\.\\d\\d\\d s, past the time limit \\(--timeout\\)\\.\n");
    }

    @Test
    void aPasswordIsNeverEchoedAndTheOwnerNoteIsPrivateAndHoldsNoCommandLine() throws Exception {
        Path base = copy("secret");
        assertThat(exhibit("query", "--db", url(base) + ";PASSWORD=hunter2", "select 1")).isEqualTo(1);
        assertThat(err).doesNotContain("hunter2").contains("PASSWORD=…");
        assertThat(exhibit("query", "--read-only", "--db", url(base) + ";PASSWORD=hunter2", "select 1")).isEqualTo(1);
        assertThat(err).doesNotContain("hunter2").contains("PASSWORD=…");

        assertThat(exhibit("query", "--db", url(base), "select 1")).isZero();
        Path note = folder.resolve("secret.owner");
        assertThat(Files.readString(note)).doesNotContain("--db").doesNotContain("select").doesNotContain(folder.toString());
        if (note.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(note))).isEqualTo("rw-------");
        }
    }

    /** Output lost to a full disk was reported as success, leaving a truncated file. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "query --format csv select * from facts",
        "query --format json select * from facts",
        "query --format table select * from facts",
        "saved --format csv margins --param company=innovo",
    })
    void outputThatCannotBeWrittenIsAFailure(String command) throws Exception {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(full), "/dev/full is a Linux device");
        List<String> args = new java.util.ArrayList<>(List.of(command.split(" ", 4)));
        int sql = args.get(0).equals("query") ? 3 : -1;
        List<String> words = sql < 0 ? List.of(command.split(" ")) : args;
        List<String> withDb = new java.util.ArrayList<>(words);
        withDb.addAll(1, List.of("--db", url(original)));
        try (FileOutputStream devFull = new FileOutputStream(full.toFile())) {
            assertThat(exhibit(devFull, withDb.toArray(String[]::new))).as(command).isEqualTo(1);
        }
        assertThat(err).as(command).endsWith("exhibit: cannot write the output (No space left on device).\n");
    }

    @Test
    void aReaderThatStopsReadingGetsNoMessage() {
        java.io.OutputStream closedPipe = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("Broken pipe");
            }
        };
        assertThat(exhibit(closedPipe, "query", "--db", url(original), "--format", "csv", "select * from facts"))
                .isEqualTo(1);
        assertThat(err).isEmpty();
    }

    @Test
    void aRunWhoseOutputCannotBeWrittenFails() throws Exception {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(full), "/dev/full is a Linux device");
        Path script = Files.writeString(folder.resolve("report.sql"), "select * from facts;\nselect 1 as one;\n");
        try (FileOutputStream devFull = new FileOutputStream(full.toFile())) {
            assertThat(exhibit(devFull, "run", "--db", url(original), script.toString())).isEqualTo(1);
        }
        assertThat(err).endsWith("exhibit: cannot write the output (No space left on device).\n");
    }

    /** A link planted in the --out folder was followed and its target overwritten. */
    @Test
    void aLinkPlantedWhereRunWritesIsReplacedNotFollowed() throws Exception {
        Path out = Files.createDirectories(folder.resolve("out"));
        Path victim = Files.writeString(folder.resolve("victim.txt"), "precious\n");
        Files.createSymbolicLink(out.resolve("report-1.csv"), victim);
        Path script = Files.writeString(folder.resolve("report.sql"), "select 1 as one;\n");

        assertThat(exhibit("run", "--out-dir", out.toString(), "--db", url(original), script.toString())).as(err).isZero();

        assertThat(Files.readString(victim)).isEqualTo("precious\n");
        assertThat(Files.isSymbolicLink(out.resolve("report-1.csv"))).isFalse();
        assertThat(Files.readString(out.resolve("report-1.csv")).lines()).containsExactly("one", "1");
        try (var files = Files.list(out)) {
            assertThat(files).hasSize(1);
        }
    }
}
