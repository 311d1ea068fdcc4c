package org.exhibit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cheap schema check at start-up agrees with the migration files, and a newer schema is refused. */
class SchemaVersionTest {

    @TempDir
    Path folder;

    @Test
    void theKnownVersionIsTheHighestMigrationFile() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int highest = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElse(0);
            assertThat(Database.SCHEMA_VERSION).isEqualTo(highest);
        }
    }

    @Test
    void aDatabaseFromANewerExhibitIsRefusedWithASentenceAndLeftByteForByteAsItWas() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("exhibit");
        try (Database database = Database.open(url); Statement s = database.connection().createStatement()) {
            s.execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"installed_by\", \"execution_time\", \"success\")"
                    + " values (99, '" + (Database.SCHEMA_VERSION + 1) + "', 'future', 'SQL', 'V99__future.sql', 'test', 0, true)");
        }
        Path file = folder.resolve("exhibit.mv.db");
        String before = sha256(file);
        assertThatThrownBy(() -> Database.open(url))
                .isInstanceOf(StoreException.class)
                .hasMessage("The database " + url + " was written by a newer exhibit (schema version "
                        + (Database.SCHEMA_VERSION + 1) + ", this one knows " + Database.SCHEMA_VERSION
                        + "); upgrade exhibit to open it.");
        assertThat(sha256(file)).isEqualTo(before);
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
