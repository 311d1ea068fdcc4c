package org.exhibit.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a database to the current schema with Flyway: an existing database is backed up first and, when a migration
 * fails part-way (H2 commits each DDL statement on its own), put back as it was, so the older exhibit still opens it;
 * a database of a newer schema is refused and left byte for byte as it was.
 */
final class SchemaUpgrade {

    private SchemaUpgrade() {
    }

    /**
     * Migrates the database at {@code url}, now at schema {@code version}, to {@link Database#SCHEMA_VERSION}. On
     * PostgreSQL, whose DDL is transactional, Flyway runs each migration in a transaction that a failure rolls back, so
     * no backup is taken first.
     */
    static void migrate(Connection connection, String url, Engine engine, int version) throws StoreException {
        if (version > Database.SCHEMA_VERSION) {
            if (engine == Engine.H2) {
                leaveUnwritten(connection, url);
            }
            throw new StoreException("The database " + DatabaseUrl.shown(url) + " was written by a newer exhibit (schema version " + version
                    + ", this one knows " + Database.SCHEMA_VERSION + "); upgrade exhibit to open it.", null);
        }
        if (version == 0 && engine == Engine.H2) {
            flyway(url, engine);
            return;
        }
        if (engine == Engine.POSTGRES) {
            try {
                flyway(url, engine);
            } catch (FlywayException e) {
                throw new StoreException("Cannot " + (version == 0 ? "create exhibit's schema in" : "upgrade")
                        + " the database " + DatabaseUrl.shown(url) + " (" + cause(e) + ")"
                        + (version == 0 ? "." : "; it is unchanged at schema version " + version + "."), e);
            }
            return;
        }
        Path before = backUp(connection, url, version);
        try {
            flyway(url, engine);
        } catch (FlywayException e) {
            putBack(connection, url, version, before, e);
        }
        try {
            Files.delete(before);
        } catch (IOException ignored) {
            // The database is upgraded; a backup left in the temporary folder is the system's to clear.
        }
    }

    /** Writes the backup an upgrade that fails is put back from, to a new file in the temporary folder. */
    private static Path backUp(Connection connection, String url, int version) throws StoreException {
        try {
            Path before = Files.createTempFile("exhibit-before-upgrade-", ".sql.gz");
            Backup.write(connection, before);
            return before;
        } catch (IOException | StoreException e) {
            throw new StoreException("Cannot upgrade the database " + DatabaseUrl.shown(url) + ": the backup taken first failed ("
                    + e.getMessage() + "); it is unchanged at schema version " + version + ".", e);
        }
    }

    /**
     * Closes an embedded database without the store H2 writes when its last connection closes, so a file that is
     * refused keeps its bytes; a server's database is left to the server, which other clients may be using.
     */
    private static void leaveUnwritten(Connection connection, String url) {
        if (url.startsWith("jdbc:h2:tcp:") || url.startsWith("jdbc:h2:ssl:")) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("shutdown immediately");
        } catch (SQLException ignored) {
            // Shutting down closes the connection under the statement; the database is closed either way.
        }
    }

    private static void putBack(Connection connection, String url, int version, Path before, FlywayException failure)
            throws StoreException {
        String cause = cause(failure);
        String upgrade = "Cannot upgrade the database " + DatabaseUrl.shown(url) + " from schema version " + version + " to "
                + Database.SCHEMA_VERSION + " (" + cause + ")";
        try (Statement s = connection.createStatement()) {
            s.execute("drop all objects");
            Restore.run(connection, before);
            Files.delete(before);
        } catch (SQLException | StoreException | IOException e) {
            throw new StoreException(upgrade + "; putting it back failed too, its backup is " + before + ".", failure);
        }
        throw new StoreException(upgrade + "; it was put back as it was, so the exhibit that wrote it still opens it.",
                failure);
    }

    /** The database's own words when Flyway's first line only names the script. */
    private static String cause(FlywayException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String reason = Database.firstLine(sql.getMessage());
                if (reason.endsWith("; SQL statement:")) {
                    reason = reason.substring(0, reason.length() - "; SQL statement:".length());
                }
                return Database.firstLine(failure.getMessage()) + ": " + reason;
            }
        }
        return Database.firstLine(failure.getMessage());
    }

    private static void flyway(String url, Engine engine) {
        Flyway.configure(Database.class.getClassLoader())
                .dataSource(url, null, null)
                .locations(engine.migrations())
                .load()
                .migrate();
    }

    /** Builds exhibit's schema up to {@code version} in the new database at {@code url}. */
    static void flyway(String url, int version) {
        Database.quietLibraries();
        Engine engine = Engine.ofUrl(url) == null ? Engine.H2 : Engine.ofUrl(url);
        Flyway.configure(Database.class.getClassLoader())
                .dataSource(url, null, null)
                .locations(engine.migrations())
                .target(org.flywaydb.core.api.MigrationVersion.fromVersion(Integer.toString(version)))
                .load()
                .migrate();
    }
}
