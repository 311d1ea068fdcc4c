package org.exhibit.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * An open exhibit database: one JDBC connection to H2 with the schema migrated, the bundled concept data loaded,
 * and the session set up so analysts can type the contract's column names unquoted.
 */
public final class Database implements AutoCloseable {

    /** The highest migration version in {@code db/migration}; a test keeps it in step with the files. */
    public static final int SCHEMA_VERSION = 4;

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    /**
     * Flyway and jOOQ log through java.util.logging; users should see jOOQ's warnings and Flyway's failures only as the
     * sentence {@link SchemaUpgrade} makes of them. Set up when either is
     * first used, so that a query on a migrated database does not start java.util.logging at all.
     */
    private static final class QuietLibraries {
        private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
        private static final Logger JOOQ_LOG = Logger.getLogger("org.jooq");

        static {
            FLYWAY_LOG.setLevel(Level.OFF);
            JOOQ_LOG.setLevel(Level.WARNING);
        }

        static void ensure() {
            // Loading the class has set the levels.
        }
    }

    /** The database user a read-only session runs as: it may select from every table and view, and nothing else. */
    static final String READER = "EXHIBIT_READER";

    private final String url;
    private final Connection connection;
    private final boolean readOnly;
    private DSLContext dsl;

    private Database(String url, Connection connection, boolean readOnly) {
        this.url = url;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /**
     * Opens the database at a JDBC URL as {@link #open(String)} does, then, when {@code readOnly}, hands out a
     * connection of a user with no right but SELECT: H2 refuses it every change, and every way out to files and Java
     * (CSVWRITE, FILE_READ, FILE_WRITE, CREATE ALIAS, LINK_SCHEMA, RUNSCRIPT, SCRIPT need admin rights); a database
     * whose owner defined Java functions, which H2 lets every user call, is refused.
     */
    public static Database open(String url, boolean readOnly) throws StoreException {
        Database admin = open(url);
        if (!readOnly) {
            return admin;
        }
        try (admin) {
            JavaFunctions.refuseReadOnly(admin.connection, url);
            String password = java.util.HexFormat.of().formatHex(new java.security.SecureRandom().generateSeed(16));
            try (Statement s = admin.connection.createStatement()) {
                s.execute("create user if not exists " + READER + " password '" + password + "'");
                s.execute("alter user " + READER + " set password '" + password + "'");
                s.execute("grant select on schema public to " + READER);
            }
            Connection reader = DriverManager.getConnection(url, READER, password);
            try (Statement s = reader.createStatement()) {
                s.execute("set non_keywords value");
            }
            return new Database(url, reader, true);
        } catch (SQLException e) {
            throw new StoreException("Cannot open the database " + url + " read-only: " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * Opens (creating and migrating when needed) the database at a JDBC URL. Every commit is written to the file
     * before it returns ({@code WRITE_DELAY 0}; H2 otherwise writes small transactions up to half a second later), so
     * that a document an import has reported survives the process being killed.
     */
    public static Database open(String url) throws StoreException {
        Connection connection;
        try {
            connection = DriverManager.getConnection(url);
        } catch (SQLException e) {
            if (e.getErrorCode() == OwnerNote.LOCKED) {
                throw new StoreException(OwnerNote.inUse(url), e);
            }
            throw new StoreException("Cannot open the database " + url + ": " + firstLine(e.getMessage()), e);
        }
        OwnerNote.write(url);
        Database database = new Database(url, connection, false);
        try {
            database.migrate();
            try (Statement s = connection.createStatement()) {
                s.execute("set non_keywords value");
                s.execute("set write_delay 0");
            }
            ConceptData.load(connection);
            return database;
        } catch (SQLException | FlywayException e) {
            database.close();
            throw new StoreException("Cannot prepare the database " + url + ": " + firstLine(e.getMessage()), e);
        } catch (StoreException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The JDBC URL of the default database: an H2 file in the user's data directory. */
    public static String defaultUrl() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return "jdbc:h2:file:" + base.resolve("exhibit").resolve("exhibit").toAbsolutePath();
    }

    /** The JDBC URL this database was opened with. */
    public String url() {
        return url;
    }

    /** Whether this session may only read (see {@link #open(String, boolean)}). */
    public boolean readOnly() {
        return readOnly;
    }

    /** Whether {@code connection} is a read-only session's, whose refusals deserve a word of explanation. */
    public static boolean isReadOnly(Connection connection) {
        try {
            return READER.equalsIgnoreCase(connection.getMetaData().getUserName());
        } catch (SQLException e) {
            return false;
        }
    }

    /** The connection, for running analysts' SQL as it is. */
    public Connection connection() {
        return connection;
    }

    /** A jOOQ context on the connection, for exhibit's own typed statements. */
    public DSLContext dsl() {
        if (dsl == null) {
            QuietLibraries.ensure();
            dsl = DSL.using(connection, SQLDialect.H2, new Settings().withExecuteLogging(false));
        }
        return dsl;
    }

    /**
     * Applies migrations unless the schema is already at {@link #SCHEMA_VERSION}; see {@link SchemaUpgrade} for what
     * happens to a newer schema and to a migration that fails.
     */
    private void migrate() throws SQLException, StoreException {
        int version = currentVersion();
        if (version != SCHEMA_VERSION) {
            QuietLibraries.ensure();
            SchemaUpgrade.migrate(connection, url, version);
        }
    }

    /** The highest successfully applied migration, 0 for a new database. */
    private int currentVersion() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from information_schema.tables"
                     + " where table_schema = 'PUBLIC' and table_name = 'flyway_schema_history'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return 0;
            }
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select max(cast(\"version\" as int)) from \"flyway_schema_history\""
                     + " where \"success\" and \"version\" is not null")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Whether no document has been imported yet. */
    public boolean isEmpty() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select count(*) from document")) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /**
     * Compacts the database file and closes the database when less than half of the file's chunks is in use: every
     * commit of an import is written at once and H2 reuses the space of the pages it replaces only later, so that a
     * large import leaves a file many times the size of its data (H2's {@code SHUTDOWN COMPACT} rewrites it, in about
     * a second per 10 MB kept). Does nothing when the file is dense or the database is not an embedded file.
     */
    public void compactIfSparse() {
        if (!url.toLowerCase(java.util.Locale.ROOT).matches("jdbc:h2:(file:)?[^:;]*(;.*)?|jdbc:h2:file:.*")) {
            return; // a server's database or one in memory is not this process's to shut down
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select setting_value from information_schema.settings"
                     + " where setting_name = 'info.CHUNKS_FILL_RATE'")) {
            if (rs.next() && Integer.parseInt(rs.getString(1).trim()) < 50) {
                s.execute("shutdown compact");
            }
        } catch (SQLException | NumberFormatException e) {
            // Compacting only saves disk space: a database that cannot be compacted now is still whole.
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing is best effort: H2 has already written every committed transaction.
        }
    }
}
