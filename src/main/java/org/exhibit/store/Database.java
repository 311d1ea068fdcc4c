package org.exhibit.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * An open exhibit database: one JDBC connection to H2 or PostgreSQL ({@link Engine}) with the schema migrated, the
 * bundled concept data loaded, and the session set up so analysts can type the contract's column names unquoted.
 */
public final class Database implements AutoCloseable {

    /** The highest migration version in {@code db/migration}; a test keeps it in step with the files. */
    public static final int SCHEMA_VERSION = 5;

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

    /** Keeps Flyway's and jOOQ's logging to what users should see (see {@link QuietLibraries}). */
    static void quietLibraries() {
        QuietLibraries.ensure();
    }

    /** The database user a read-only session runs as: it may select from every table and view, and nothing else. */
    static final String READER = "EXHIBIT_READER";

    /**
     * The read-only user's password. A constant, so that a read-only session need not write a new one into the file:
     * it guards nothing, since whoever can read an embedded database's file can open it as its owner, and read-only
     * sessions open only such files.
     */
    private static final String READER_PASSWORD = "exhibit-read-only";

    private final String url;
    private final Engine engine;
    private final Connection connection;
    private final boolean readOnly;
    private final boolean holdsFile;
    private DSLContext dsl;
    private java.util.function.Consumer<String> notices = line -> System.err.println("exhibit: " + line);

    private Database(String url, Connection connection, boolean readOnly) {
        this.url = url;
        this.engine = Engine.ofUrl(url) == null ? Engine.H2 : Engine.ofUrl(url);
        this.connection = connection;
        this.readOnly = readOnly;
        this.holdsFile = SharedFile.holds(connection);
    }

    /**
     * Opens the database at a JDBC URL as {@link #open(String)} does or, when {@code readOnly}, as
     * {@link #openReadOnly} does.
     */
    public static Database open(String url, boolean readOnly) throws StoreException {
        return open(url, readOnly, false);
    }

    /**
     * Opens the database at a JDBC URL, read-only or not; a database file that holds objects exhibit's migrations do
     * not create is refused unless {@code trustForeign} (never honoured read-only), a damaged one always.
     */
    public static Database open(String url, boolean readOnly, boolean trustForeign) throws StoreException {
        return readOnly ? openReadOnly(url) : openWritable(url, trustForeign);
    }

    /**
     * Opens (creating and migrating when needed) the database at a JDBC URL, once its file has passed
     * {@link Inspection}. Every commit is written to the file before it returns ({@code WRITE_DELAY 0}; H2 otherwise
     * writes small transactions up to half a second later), so that a document an import has reported survives the
     * process being killed.
     */
    public static Database open(String url) throws StoreException {
        return openWritable(url, false);
    }

    private static Database openWritable(String url, boolean trustForeign) throws StoreException {
        Inspection.before(url, false, trustForeign);
        SharedFile.ownerOnly(url, false);
        Connection connection;
        try {
            connection = SharedFile.connect(SharedFile.writable(url));
        } catch (SQLException e) {
            throw cannotOpen(url, e);
        }
        Database database = new Database(url, connection, false);
        if (database.holdsFile) {
            SharedFile.ownerOnly(url, true);
            OwnerNote.write(url);
        }
        try {
            database.migrate();
            if (database.engine == Engine.H2) {
                try (Statement s = connection.createStatement()) {
                    s.execute("set non_keywords value");
                    s.execute("set write_delay 0");
                }
            }
            if (database.engine == Engine.H2) {
                SharedFile.waitForLocks(connection);
            }
            ConceptData.load(connection);
            return database;
        } catch (SQLException | FlywayException e) {
            database.close();
            throw new StoreException("Cannot prepare the database " + DatabaseUrl.shown(url) + ": "
                    + firstLine(e.getMessage()), e);
        } catch (StoreException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Opens an existing database file so that nothing can change it: H2 opens the file itself read-only
     * ({@code ACCESS_MODE_DATA=r}, so not a byte of it is written) and the session runs as a user with no right but
     * SELECT, so that H2 also refuses every way out to files and Java (CSVWRITE, FILE_READ, FILE_WRITE, CREATE ALIAS,
     * LINK_SCHEMA, RUNSCRIPT, SCRIPT need admin rights). The file is inspected first, and a database without that user
     * (or whose user has another password) gets it once, in a writable session, before the read-only one.
     */
    private static Database openReadOnly(String url) throws StoreException {
        if (Engine.ofUrl(url) == Engine.POSTGRES) {
            return new Database(url, PgReadOnly.open(url), true);
        }
        DatabaseFile file = Inspection.before(url, true, false)
                .orElse(null);
        if (file != null && file.schemaVersion() == 0) {
            throw new StoreException("The database " + DatabaseUrl.shown(url) + " holds no exhibit schema yet (its"
                    + " creation was cut short, or another program made it); open it once without --read-only so that"
                    + " exhibit creates it.", null);
        }
        if (file != null && file.schemaVersion() < SCHEMA_VERSION) {
            throw new StoreException("The database " + DatabaseUrl.shown(url) + " was written by an earlier exhibit"
                    + " (schema version " + file.schemaVersion() + ", this one uses " + SCHEMA_VERSION + "); open it once"
                    + " without --read-only so that exhibit upgrades it.", null);
        }
        Connection reader = reader(url, true);
        try (Statement s = reader.createStatement()) {
            s.execute("set non_keywords value");
        } catch (SQLException e) {
            try {
                reader.close();
            } catch (SQLException ignored) {
                // The session is unusable either way.
            }
            throw cannotOpen(url, e);
        }
        Database database = new Database(url, reader, true);
        if (database.holdsFile) {
            OwnerNote.write(url);
        }
        return database;
    }

    /**
     * A read-only user's session on the database at {@code url}: on the file opened read-only when no other process
     * holds it, else on the session of the process that serves it (the read-only user's rights then keep it read-only);
     * the user is added first when the database lacks it.
     */
    private static Connection reader(String url, boolean firstTry) throws StoreException {
        String own = DatabaseUrl.withoutSessionSettings(url) + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        String joined = SharedFile.joining(url);
        boolean held = false;
        try {
            try {
                return DriverManager.getConnection(own, READER, READER_PASSWORD);
            } catch (SQLException e) {
                if (e.getErrorCode() != OwnerNote.LOCKED) {
                    throw e;
                }
            }
            held = true;
            Connection served = SharedFile.connect(joined, READER, READER_PASSWORD);
            if (SharedFile.holds(served) && firstTry) {
                // The serving process left while this one joined: open the file read-only after all.
                served.close();
                return reader(url, false);
            }
            return served;
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD || !firstTry) {
                throw cannotOpen(url, e);
            }
            String admin = url.replaceAll("(?i);\\s*(ACCESS_MODE_DATA|IFEXISTS)\\s*=[^;]*", "");
            addReader((held ? SharedFile.writable(admin) : admin) + ";IFEXISTS=TRUE", url);
            return reader(url, false);
        }
    }

    /** Gives the database at {@code url} the user read-only sessions run as, with its fixed password. */
    private static void addReader(String adminUrl, String url) throws StoreException {
        try (Connection admin = DriverManager.getConnection(adminUrl);
             Statement s = admin.createStatement()) {
            s.execute("create user if not exists " + READER + " password '" + READER_PASSWORD + "'");
            s.execute("alter user " + READER + " set password '" + READER_PASSWORD + "'");
            s.execute("grant select on schema public to " + READER);
        } catch (SQLException e) {
            throw cannotOpen(url, e);
        }
    }

    /** One sentence for a connection the database refused: in use by another process, missing, or its first line. */
    static StoreException cannotOpen(String url, SQLException e) {
        if (e.getErrorCode() == OwnerNote.LOCKED) {
            return new StoreException(OwnerNote.inUse(url), e);
        }
        if (e.getErrorCode() == ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1
                || e.getErrorCode() == ErrorCode.REMOTE_DATABASE_NOT_FOUND_1) {
            return new StoreException("There is no exhibit database at " + DatabaseUrl.shown(url)
                    + "; --read-only opens only an existing one.", e);
        }
        return new StoreException("Cannot open the database " + DatabaseUrl.shown(url) + ": "
                + H2Messages.sentence(e), e);
    }

    /** The JDBC URL of the default database: an H2 file in the user's data directory. */
    public static String defaultUrl() {
        return "jdbc:h2:file:" + UserPaths.system().data().resolve("exhibit").toAbsolutePath();
    }

    /** The JDBC URL of the sample database, kept apart from the user's own: an H2 file beside the default one. */
    public static String samplesUrl() {
        return "jdbc:h2:file:" + UserPaths.system().data().resolve("samples").toAbsolutePath();
    }

    /** Whether the embedded file database at {@code url} exists (false for other kinds of database). */
    public static boolean exists(String url) {
        return OwnerNote.database(url).map(base -> java.nio.file.Files.exists(DatabaseFile.of(base))).orElse(false);
    }

    /** The file of the embedded database at {@code url}, as users see it; the URL itself for others. */
    public static String shownFile(String url) {
        return OwnerNote.database(url).map(base -> DatabaseFile.of(base).toString()).orElse(DatabaseUrl.shown(url));
    }

    /** The longest a statement of a read-only session may run, unless {@code --timeout} says otherwise. */
    public static final int READ_ONLY_TIMEOUT_SECONDS = 300;

    /** Stops any later statement of this session that runs longer than {@code seconds}. */
    public void limitStatements(int seconds) throws StoreException {
        try (Statement s = connection.createStatement()) {
            s.execute((engine == Engine.H2 ? "set query_timeout " : "set statement_timeout = ")
                    + Math.multiplyExact(seconds, 1000));
        } catch (SQLException | ArithmeticException e) {
            throw new StoreException("Cannot limit the time of statements: " + H2Messages.sentence(e), e);
        }
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
            if (Engine.of(connection) == Engine.POSTGRES) {
                return connection.isReadOnly();
            }
            return READER.equalsIgnoreCase(connection.getMetaData().getUserName());
        } catch (SQLException e) {
            return false;
        }
    }

    /** The engine this database runs on. */
    public Engine engine() {
        return engine;
    }

    /** The connection, for running analysts' SQL as it is. */
    public Connection connection() {
        return connection;
    }

    /** A jOOQ context on the connection, for exhibit's own typed statements. */
    public DSLContext dsl() {
        if (dsl == null) {
            QuietLibraries.ensure();
            dsl = DSL.using(connection, engine.dialect(), engine.settings());
        }
        return dsl;
    }

    /**
     * Applies migrations unless the schema is already at {@link #SCHEMA_VERSION}; see {@link SchemaUpgrade} for what
     * happens to a newer schema and to a migration that fails.
     */
    private void migrate() throws SQLException, StoreException {
        int version = currentVersion();
        if (version != SCHEMA_VERSION && engine == Engine.H2 && !holdsFile) {
            version = awaitSchemaOfHolder(version);
        }
        if (version != SCHEMA_VERSION) {
            QuietLibraries.ensure();
            SchemaUpgrade.migrate(connection, url, engine, version);
            if (version > 0) {
                // What a migration leaves to be derived (by rules written once, in Java) is derived again.
                dsl().transaction(tx -> CompanyFacts.refreshAll(tx.dsl()));
            }
        }
    }

    /**
     * Waits up to {@link SharedFile#LOCK_TIMEOUT_SECONDS} for the process that serves the file to finish creating or
     * upgrading the schema, which only the process holding the file does; returns the version then reached.
     */
    private int awaitSchemaOfHolder(int version) throws SQLException, StoreException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(SharedFile.LOCK_TIMEOUT_SECONDS);
        while (version != SCHEMA_VERSION && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            version = currentVersion();
        }
        if (version != SCHEMA_VERSION) {
            throw new StoreException("The database " + DatabaseUrl.shown(url) + " is served by another process at schema"
                    + " version " + version + " (this exhibit uses " + SCHEMA_VERSION + "), which only the process that"
                    + " holds the file can change: close the other exhibit processes using it and try again.", null);
        }
        return version;
    }

    /** The highest successfully applied migration, 0 for a new database. */
    private int currentVersion() throws SQLException {
        return schemaVersion(connection, engine);
    }

    /** The highest migration successfully applied to the database of {@code connection}, 0 for a new database. */
    static int schemaVersion(Connection connection, Engine engine) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from information_schema.tables"
                     + " where table_schema = " + engine.schemaSql() + " and table_name = 'flyway_schema_history'")) {
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
        if (!holdsFile || SharedFile.others(connection) > 0) {
            return; // another process's session would end with it
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

    /** Where this database says that closing waits for other processes (see {@link #close()}); stderr unless set. */
    public void notices(java.util.function.Consumer<String> notices) {
        this.notices = notices;
    }

    /**
     * Closes the session; when this process serves the file to others, first waits until none of them is
     * mid-statement or mid-transaction (see {@link SharedFile#awaitOthers}), saying so once.
     */
    @Override
    public void close() {
        if (holdsFile && !readOnly) {
            SharedFile.awaitOthers(connection, notices);
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing is best effort: H2 has already written every committed transaction.
        }
    }
}
