package org.exhibit.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Carries a whole database to another, empty one, through the data-only format of {@link Archive} (so any engine can be
 * on either side): the source is read in one snapshot, written to a temporary archive, and restored by {@link Restore};
 * the copy is then verified by counting every table and by the {@link FactsChecksum} on both sides, and a copy that does
 * not match is removed again, leaving the target empty.
 */
public final class Copy {

    /**
     * What a copy carried, as verified on both sides.
     *
     * @param rows each table (named in lower case) with its number of rows, in the order the tables were loaded
     * @param facts the checksum of the facts, the same in the source and the target
     */
    public record Result(Map<String, Long> rows, FactsChecksum facts) {

        /** The number of rows of every table together. */
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The counts and the facts checksum of one database, read in one snapshot. */
    private record Snapshot(Map<String, Long> rows, FactsChecksum facts) {
    }

    private Copy() {
    }

    /** Copies every row of the database at {@code from} into the new or empty database at {@code to}. */
    public static Result between(String from, String to) throws StoreException {
        if (from.equals(to)) {
            throw new StoreException("--from and --to name the same database (" + DatabaseUrl.shown(from)
                    + "); copy into another one.", null);
        }
        Path folder = null;
        try (Database source = openSource(from)) {
            refuseNonEmpty(to);
            folder = Files.createTempDirectory("exhibit-copy");
            Path archive = folder.resolve("copy.zip");
            Snapshot written = archive(source, archive);
            Restore.into(to, archive);
            Snapshot copied;
            try (Connection connection = DriverManager.getConnection(to)) {
                connection.setAutoCommit(false); // PostgreSQL streams the facts only inside a transaction
                copied = snapshot(connection);
                connection.rollback();
            } catch (SQLException e) {
                throw new StoreException("Cannot read back the copy in " + DatabaseUrl.shown(to) + ": "
                        + H2Messages.sentence(e) + ".", e);
            }
            verify(written, copied, from, to);
            try (Database opened = Database.open(to)) {
                // Opening brings the copy to this exhibit's schema, as restore does, and loads the bundled data.
            }
            return new Result(copied.rows(), copied.facts());
        } catch (IOException e) {
            throw new StoreException("Cannot copy " + DatabaseUrl.shown(from) + ": no room for the temporary archive ("
                    + e.getMessage() + ").", e);
        } finally {
            deleteQuietly(folder);
        }
    }

    /**
     * Opens the source so that nothing changes it: an H2 file read-only (which refuses a file that does not exist); a
     * PostgreSQL database as its login may (a login for copying can write) once it is seen to hold tables, its snapshot
     * then read in a read-only transaction.
     */
    private static Database openSource(String from) throws StoreException {
        if (engine(from) == Engine.H2) {
            return Database.open(from, true);
        }
        try (Connection connection = DriverManager.getConnection(from)) {
            if (!Restore.hasTables(connection, Engine.POSTGRES)) {
                throw new StoreException("There is no exhibit database at " + DatabaseUrl.shown(from) + " to copy (it"
                        + " holds no tables).", null);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot open the database " + DatabaseUrl.shown(from) + ": "
                    + H2Messages.sentence(e) + ".", e);
        }
        return Database.open(from, false);
    }

    /** Refuses a target that already holds tables: a copy never mixes with what is there. */
    private static void refuseNonEmpty(String to) throws StoreException {
        Inspection.before(to, false, false);
        try (Connection connection = DriverManager.getConnection(to)) {
            if (Restore.hasTables(connection, engine(to))) {
                throw new StoreException("The database " + DatabaseUrl.shown(to) + " already holds tables; exhibit copy"
                        + " writes only into a new, empty database (give --to a new file or an empty database).", null);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot open the database " + DatabaseUrl.shown(to) + ": "
                    + H2Messages.sentence(e) + ".", e);
        }
    }

    /** Writes the source to {@code archive} and counts it, all in one snapshot of the source. */
    private static Snapshot archive(Database source, Path archive) throws StoreException {
        Connection connection = source.connection();
        try {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                Archive.write(connection, Database.SCHEMA_VERSION, archive);
                return snapshot(connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read " + DatabaseUrl.shown(source.url()) + ": " + H2Messages.sentence(e)
                    + ".", e);
        }
    }

    private static Snapshot snapshot(Connection connection) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : Archive.tables(connection)) {
            rows.put(table.toLowerCase(Locale.ROOT), Archive.count(connection, table));
        }
        return new Snapshot(rows, FactsChecksum.of(connection));
    }

    /** Removes the copy from the target, and says so, unless it holds what the source held, table by table. */
    private static void verify(Snapshot source, Snapshot target, String from, String to) throws StoreException {
        String difference = null;
        for (Map.Entry<String, Long> table : source.rows().entrySet()) {
            Long copied = target.rows().get(table.getKey());
            if (!table.getValue().equals(copied)) {
                difference = "table " + table.getKey() + " holds " + (copied == null ? "no" : copied) + " rows there, "
                        + table.getValue() + " in the source";
                break;
            }
        }
        if (difference == null && !source.facts().equals(target.facts())) {
            difference = "its facts (" + target.facts() + ") differ from the source's (" + source.facts() + ")";
        }
        if (difference == null) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(to)) {
            Restore.dropEverything(connection, engine(to));
        } catch (SQLException e) {
            throw new StoreException("The copy of " + DatabaseUrl.shown(from) + " in " + DatabaseUrl.shown(to)
                    + " is not whole (" + difference + ") and could not be removed: " + H2Messages.sentence(e) + ".", e);
        }
        throw new StoreException("The copy of " + DatabaseUrl.shown(from) + " in " + DatabaseUrl.shown(to)
                + " was not whole (" + difference + "), so it was removed; the target is empty again.", null);
    }

    private static Engine engine(String url) {
        Engine engine = Engine.ofUrl(url);
        return engine == null ? Engine.H2 : engine;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // A temporary folder left behind holds a copy of data the user already has; the system cleans it up.
        }
    }
}
