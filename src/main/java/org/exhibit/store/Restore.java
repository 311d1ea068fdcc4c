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
import java.util.ArrayList;
import java.util.List;
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
        Engine engine = Engine.ofUrl(url) == null ? Engine.H2 : Engine.ofUrl(url);
        if (engine == Engine.POSTGRES && contents.schemaVersion() < Engine.FIRST_POSTGRES_VERSION) {
            throw new StoreException(file + " was written at schema version " + contents.schemaVersion() + ", older than"
                    + " exhibit's first on PostgreSQL (" + Engine.FIRST_POSTGRES_VERSION + "); restore it into an H2"
                    + " file, open that once, back it up again and restore the new backup here.", null);
        }
        Inspection.before(url, false, false);
        try (Connection connection = DriverManager.getConnection(url)) {
            if (hasTables(connection, engine)) {
                throw new StoreException("The database " + DatabaseUrl.shown(url) + " already holds tables; restore "
                        + file + " into a new database (give --db a new file).", null);
            }
            try {
                SchemaUpgrade.flyway(url, contents.schemaVersion());
                Archive.load(connection, contents, file);
            } catch (StoreException | SQLException | RuntimeException e) {
                dropEverything(connection, engine);
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
                s.execute("drop all objects");
            } catch (SQLException undo) {
                throw new StoreException(file + " failed part-way (" + cause + ") and what it had restored could not be"
                        + " removed: " + Database.firstLine(undo.getMessage()), undo);
            }
            throw new StoreException(file + ": not restored, the database is as it was: " + cause, e);
        }
    }

    private static Reader open(Path file) throws IOException {
        InputStream in = new GZIPInputStream(Files.newInputStream(file), 65536);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Whether the database on {@code connection} holds any table in exhibit's schema (exhibit's or another program's). */
    static boolean hasTables(Connection connection, Engine engine) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from information_schema.tables where table_schema = "
                     + engine.schemaSql())) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    /**
     * Drops what a failed restore made in a database that held no table before it: on H2 every object, on PostgreSQL
     * every table and view of the schema (the server's other databases, roles and schemas are not the restore's).
     */
    static void dropEverything(Connection connection, Engine engine) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            if (engine == Engine.H2) {
                s.execute("drop all objects");
                return;
            }
            List<String> drops = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_type, table_name from information_schema.tables"
                    + " where table_schema = current_schema()")) {
                while (rs.next()) {
                    drops.add("drop " + (rs.getString(1).equals("VIEW") ? "view" : "table") + " if exists \""
                            + rs.getString(2).replace("\"", "\"\"") + "\" cascade");
                }
            }
            for (String drop : drops) {
                s.execute(drop);
            }
        }
    }
}
