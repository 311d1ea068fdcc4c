package org.exhibit.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.h2.api.ErrorCode;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

/**
 * How several exhibit processes share one embedded database file: H2's automatic mixed mode, in which the first
 * process to open the file serves it over loopback TCP and later ones connect to it ({@code AUTO_SERVER}); a session
 * whose server goes away between statements reconnects ({@code AUTO_RECONNECT}); a writer waits for rows another
 * session is writing ({@code LOCK_TIMEOUT}), and the serving process does not leave while another process is
 * mid-statement or mid-transaction.
 */
final class SharedFile {

    /** How long a statement waits for rows another session is writing before it fails with a sentence. */
    static final int LOCK_TIMEOUT_SECONDS = 20;

    /** How long opening waits for a process that holds the file without sharing it (a read-only session, H2's shell). */
    static final int HOLDER_WAIT_SECONDS = 10;

    private static final long RETRY_MILLIS = 200;

    private SharedFile() {
    }

    /**
     * {@code url} as a writable session opens it: shared when it names an embedded file and says nothing itself of
     * sharing, locking or access ({@code AUTO_SERVER}, {@code FILE_LOCK}, {@code ACCESS_MODE_DATA}).
     */
    static String writable(String url) {
        if (OwnerNote.database(url).isEmpty() || mentions(url, "AUTO_SERVER", "FILE_LOCK", "ACCESS_MODE_DATA")) {
            return url;
        }
        return url + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE";
    }

    /**
     * The URL on which a read-only session joins a file another process serves: the server's session, without opening
     * the file here (which H2 cannot do read-only beside a writer).
     */
    static String joining(String url) {
        return DatabaseUrl.withoutSessionSettings(url) + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE";
    }

    /**
     * Connects as the URL says, waiting up to {@link #HOLDER_WAIT_SECONDS} while the file is held by a process that does not share it,
     * and trying again when the serving process went away while this one connected.
     */
    static Connection connect(String url) throws SQLException {
        return connect(url, new java.util.Properties());
    }

    /** As {@link #connect(String)}, logging in as {@code user}. */
    static Connection connect(String url, String user, String password) throws SQLException {
        java.util.Properties login = new java.util.Properties();
        login.setProperty("user", user);
        login.setProperty("password", password);
        return connect(url, login);
    }

    private static Connection connect(String url, java.util.Properties login) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HOLDER_WAIT_SECONDS);
        while (true) {
            try {
                return DriverManager.getConnection(url, login);
            } catch (SQLException e) {
                boolean passing = e.getErrorCode() == ErrorCode.CONNECTION_BROKEN_1
                        || e.getErrorCode() == OwnerNote.LOCKED && mentions(url, "AUTO_SERVER");
                if (!passing || System.nanoTime() > deadline) {
                    throw e;
                }
                pause();
            }
        }
    }

    /** Whether this process holds the file of {@code connection}'s database (serving it to others when shared). */
    static boolean holds(Connection connection) {
        try {
            return connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Keeps the sharing to this user: the database's folder, when H2 is about to create it, is made readable by its
     * owner alone, and so is H2's lock file once this process holds the database, since it names the port the database
     * is served on and the key to connect with. Best effort: a file system without POSIX permissions keeps its own.
     */
    static void ownerOnly(String url, boolean holds) {
        java.util.Optional<java.nio.file.Path> base = OwnerNote.database(url);
        if (base.isEmpty() || !base.get().getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            java.nio.file.Path folder = base.get().getParent();
            if (!holds && folder != null && !java.nio.file.Files.exists(folder)) {
                java.nio.file.Files.createDirectories(folder, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
            }
            java.nio.file.Path lock = base.get().resolveSibling(base.get().getFileName() + ".lock.db");
            if (holds && java.nio.file.Files.exists(lock)) {
                java.nio.file.Files.setPosixFilePermissions(lock,
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            }
        } catch (java.io.IOException | SecurityException | UnsupportedOperationException e) {
            // H2 creates the folder itself, with the user's usual permissions.
        }
    }

    /** Makes the session wait up to {@link #LOCK_TIMEOUT_SECONDS} for rows another session is writing. */
    static void waitForLocks(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("set lock_timeout " + TimeUnit.SECONDS.toMillis(LOCK_TIMEOUT_SECONDS));
        }
    }

    /** How many other sessions are running a statement or, unless {@code running}, hold uncommitted changes. */
    static int busy(Connection connection, boolean running) {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from information_schema.sessions"
                     + " where session_id <> session_id() and (executing_statement is not null"
                     + (running ? ")" : " or contains_uncommitted)"))) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            return 0;
        }
    }

    /** How many other sessions the database has, idle or not. */
    static int others(Connection connection) {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from information_schema.sessions"
                     + " where session_id <> session_id()")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            return 0;
        }
    }

    /**
     * Waits, telling {@code notice} once, until no other session runs a statement or, for at most
     * {@link #LOCK_TIMEOUT_SECONDS}, holds a transaction open between statements: the serving process's last act, since
     * the others lose their session when it leaves.
     */
    static void awaitOthers(Connection connection, java.util.function.Consumer<String> notice) {
        int busy = busy(connection, false);
        if (busy == 0) {
            return;
        }
        notice.accept("waiting for " + (busy == 1 ? "another exhibit process" : busy + " other exhibit processes")
                + " using this database to finish (Ctrl-C leaves now: " + (busy == 1 ? "its" : "their")
                + " unfinished work is undone).");
        long idleSince = System.nanoTime();
        while (busy(connection, false) > 0) {
            if (busy(connection, true) > 0) {
                idleSince = System.nanoTime();
            } else if (System.nanoTime() - idleSince > TimeUnit.SECONDS.toNanos(LOCK_TIMEOUT_SECONDS)) {
                return;
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether {@code url}'s settings name any of {@code keys}. */
    private static boolean mentions(String url, String... keys) {
        int end = url.indexOf(';');
        if (end < 0) {
            return false;
        }
        String settings = url.substring(end).toUpperCase(Locale.ROOT).replace(" ", "");
        for (String key : keys) {
            if (settings.contains(";" + key + "=")) {
                return true;
            }
        }
        return false;
    }
}
