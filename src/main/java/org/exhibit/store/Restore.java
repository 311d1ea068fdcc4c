package org.exhibit.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.GZIPInputStream;
import org.h2.tools.RunScript;

/**
 * Loads a backup written by {@link Archive} into a database that holds nothing yet: the archive is read whole and
 * checked against its manifest before the database is touched, the schema is built by exhibit's own migrations (up to
 * the archive's version; opening the database then brings it forward like any older one), the rows are loaded in one
 * transaction and counted, and anything that fails leaves the database empty. No SQL from the file is run. (The SQL
 * script of {@link Backup} is run only by {@link SchemaUpgrade}, on a script it has just written itself.)
 */
public final class Restore {

    private Restore() {
    }

    /** Restores {@code file} into the empty (or not yet created) database at {@code url}. */
    public static void into(String url, Path file) throws StoreException {
        Archive.Contents contents = Archive.read(file);
        if (contents.schemaVersion() > Database.SCHEMA_VERSION) {
            throw new StoreException(file + " was written by a newer exhibit (schema version " + contents.schemaVersion()
                    + ", this one knows " + Database.SCHEMA_VERSION + "); upgrade exhibit to restore it.", null);
        }
        Inspection.before(url, false, false);
        try (Connection connection = DriverManager.getConnection(url)) {
            if (hasTables(connection)) {
                throw new StoreException("The database " + DatabaseUrl.shown(url) + " already holds tables; restore "
                        + file + " into a new database (give --db a new file).", null);
            }
            try {
                SchemaUpgrade.flyway(url, contents.schemaVersion());
                Archive.load(connection, contents, file);
            } catch (StoreException | SQLException | RuntimeException e) {
                try (Statement s = connection.createStatement()) {
                    empty(s);
                }
                if (e instanceof StoreException store) {
                    throw store;
                }
                throw new StoreException(file + ": not restored, the database is as it was: " + H2Messages.sentence(e)
                        + ".", e);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot open the database " + DatabaseUrl.shown(url) + ": "
                    + H2Messages.sentence(e), e);
        }
    }

    /**
     * Runs the script of {@code file} on {@code connection}, whose database holds nothing; when a statement fails,
     * drops everything the script created and says which statement failed.
     */
    static void run(Connection connection, Path file) throws StoreException {
        try (Reader script = open(file)) {
            RunScript.execute(connection, script);
        } catch (IOException | SQLException e) {
            String cause = e instanceof SQLException sql ? H2Messages.sentence(sql) : e.getMessage();
            try (Statement s = connection.createStatement()) {
                empty(s);
            } catch (SQLException undo) {
                throw new StoreException(file + " failed part-way (" + cause + ") and what it had restored could not be"
                        + " removed: " + Database.firstLine(undo.getMessage()), undo);
            }
            throw new StoreException(file + ": not restored, the database is as it was: " + cause, e);
        }
    }

    /** Drops every object of the database, leaving it as a new one: how a restore or copy that failed is undone. */
    static void empty(Statement statement) throws SQLException {
        statement.execute("drop all objects");
    }

    private static Reader open(Path file) throws IOException {
        InputStream in = new GZIPInputStream(Files.newInputStream(file), 65536);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Whether the database on {@code connection} holds any table (exhibit's or another program's). */
    static boolean hasTables(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from information_schema.tables where table_schema = 'PUBLIC'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }
}
