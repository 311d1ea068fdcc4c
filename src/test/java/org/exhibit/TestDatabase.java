package org.exhibit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exhibit.store.Engine;

/**
 * A fresh, empty database for one test on one engine: an H2 file in the test's temporary folder, or a new database
 * ({@code exhibit_t_<random>}) on the PostgreSQL server that {@code EXHIBIT_TEST_PG} names, dropped on {@link #close}.
 * Without that variable the PostgreSQL cases are skipped by an assumption that says how to run them; with it, a server
 * that cannot be reached fails them.
 */
public final class TestDatabase implements AutoCloseable {

    /** The environment variable naming a PostgreSQL server (a login that may create databases) for the tests. */
    public static final String SERVER = "EXHIBIT_TEST_PG";

    private static final Pattern DATABASE = Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(\\?.*)?$");
    private static final AtomicInteger H2_FILES = new AtomicInteger();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Engine engine;
    private final String url;
    private final String dropped;

    private TestDatabase(Engine engine, String url, String dropped) {
        this.engine = engine;
        this.url = url;
        this.dropped = dropped;
    }

    /** A new empty database on {@code engine}; an H2 one is a file in {@code folder}. */
    public static TestDatabase fresh(Engine engine, Path folder) {
        if (engine == Engine.H2) {
            String file = "exhibit-" + H2_FILES.incrementAndGet();
            return new TestDatabase(engine, "jdbc:h2:file:" + folder.resolve(file), null);
        }
        return onServer(null);
    }

    /** An H2 database this fixture did not make (a file copied into a test's folder). */
    public static TestDatabase h2(String url) {
        return new TestDatabase(Engine.H2, url, null);
    }

    /**
     * A new database on the test server, a copy of the PostgreSQL database {@code template} (empty when null), which no
     * session may be connected to.
     */
    public static TestDatabase onServer(String template) {
        String name = "exhibit_t_" + HexFormat.of().formatHex(RANDOM.generateSeed(6));
        String server = server();
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("create database " + name + (template == null ? "" : " template " + template));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on the PostgreSQL server " + SERVER
                    + " names (" + server + "): " + e.getMessage(), e);
        }
        return new TestDatabase(Engine.POSTGRES, on(server, name), name);
    }

    /** The name of this database on the PostgreSQL server (null for H2). */
    public String name() {
        return dropped;
    }

    /** The URL of the test server, or skips the test (an assumption) when {@code EXHIBIT_TEST_PG} is not set. */
    public static String server() {
        String url = System.getenv(SERVER);
        assumeTrue(url != null && !url.isBlank(), "the PostgreSQL cases are skipped: set " + SERVER
                + "=jdbc:postgresql://host:port/postgres?user=... (a login that may create databases) to run them");
        return url;
    }

    /** The URL of {@code database} on the server of {@code serverUrl}, with the same parameters. */
    public static String on(String serverUrl, String database) {
        Matcher m = DATABASE.matcher(serverUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException(SERVER + " is not a URL of the form"
                    + " jdbc:postgresql://host:port/database?...: " + serverUrl);
        }
        return m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
    }

    /** The engine this database is on. */
    public Engine engine() {
        return engine;
    }

    /** Its JDBC URL, for {@code --db} or {@code Database.open}. */
    public String url() {
        return url;
    }

    /** Drops the PostgreSQL database (an H2 file goes with its temporary folder). */
    @Override
    public void close() {
        if (dropped == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(server()); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + dropped + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop the test database " + dropped + ": " + e.getMessage(), e);
        }
    }
}
