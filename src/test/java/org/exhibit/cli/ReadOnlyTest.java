package org.exhibit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Under {@code --read-only} H2 itself refuses, for want of rights, every statement that would change the database or
 * reach files, Java or other databases: each is refused with one sentence, nothing is written or read, and the database
 * is unchanged. The statements name {@code FOLDER}, replaced by a temporary folder holding {@code secret.txt} and
 * {@code secret.sql}, files that must not be read.
 */
class ReadOnlyTest {

    private static final String SECRET = "the contents of a file no query may read";

    @TempDir
    static Path folder;

    private static String db;

    private String out;
    private String err;

    @BeforeAll
    static void importTheSamplesAndCreateTheReadOnlyUser() throws Exception {
        db = "jdbc:h2:file:" + folder.resolve("exhibit");
        for (String[] args : List.of(new String[] {"import", "--db", db, "data"},
                new String[] {"query", "--read-only", "--db", db, "select 1"})) {
            assertThat(new Main(new Context(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(new ByteArrayOutputStream()), false)).run(args)).isZero();
        }
        Files.writeString(folder.resolve("secret.txt"), SECRET + "\n");
        Files.writeString(folder.resolve("secret.sql"), "select '" + SECRET + "';\n");
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

    /** Everything the database holds but the read-only user's password, which each read-only session sets anew. */
    private static String contents() throws SQLException {
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("script")) {
            StringBuilder script = new StringBuilder();
            while (rs.next()) {
                if (!rs.getString(1).startsWith("CREATE USER")) {
                    script.append(rs.getString(1)).append('\n');
                }
            }
            return script.toString();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "insert into setting values ('x', 'y')",
        "update fact set amount = 0",
        "delete from fact",
        "merge into company (id, name, name_key) key (id) values (1, 'x', 'x')",
        "truncate table finding",
        "drop view facts",
        "drop table fact",
        "create table t (x int)",
        "alter table fact add column x int",
        "create index x on fact (amount)",
        "call csvwrite('FOLDER/written.csv', 'select 1')",
        "select * from csvread('FOLDER/secret.txt')",
        "select file_read('FOLDER/secret.txt')",
        "select file_write('x', 'FOLDER/written.txt')",
        "create alias env for 'java.lang.System.getenv'",
        "create alias x as 'String f() { return \"x\"; }'",
        "create trigger t before insert on fact call 'org.h2.tools.TriggerAdapter'",
        "call link_schema('L', '', 'jdbc:h2:mem:other', '', '', 'PUBLIC')",
        "create linked table l ('', 'jdbc:h2:mem:other', '', '', 'T')",
        "runscript from 'FOLDER/secret.sql'",
        "script to 'FOLDER/written.sql'",
        "backup to 'FOLDER/written.zip'",
        "set exclusive 1",
        "set cache_size 1",
        "set database_event_listener 'org.example.Listener'",
        "set java_object_serializer 'org.example.Serializer'",
        "shutdown",
        "shutdown immediately",
        "create user intruder password 'x' admin",
        "grant all on schema public to public",
        "checkpoint sync",
    })
    void eachDangerousStatementIsRefusedInOneSentenceAndChangesNothing(String template) throws Exception {
        String sql = template.replace("FOLDER", folder.toString());
        String before = contents();

        assertThat(exhibit("query", "--read-only", "--db", db, sql)).as(sql).isEqualTo(1);
        assertThat(err).as(sql).startsWith("query:1").endsWith(
                "; the database is open read-only (--read-only): queries only, no changes, no files, no Java\n");
        assertThat(err.lines()).as(sql).hasSize(1);
        assertThat(out + err).as(sql).doesNotContain(SECRET).doesNotContain(System.getProperty("user.home"));

        assertThat(contents()).as(sql).isEqualTo(before);
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("written")).collect(Collectors.toList()))
                    .as(sql).isEmpty();
        }
    }
}
