package org.exhibit.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.GZIPInputStream;
import org.h2.tools.RunScript;

/**
 * Loads a backup written by {@link Backup} into a database that holds nothing yet: the file is read through once to
 * prove it whole before the database is touched, and a script that fails part-way is undone, so the database is left
 * as it was.
 */
public final class Restore {

    private Restore() {
    }

    /** Restores {@code file} into the empty (or not yet created) database at {@code url}. */
    public static void into(String url, Path file) throws StoreException {
        verify(file);
        try (Connection connection = DriverManager.getConnection(url)) {
            if (hasTables(connection)) {
                throw new StoreException("The database " + url + " already holds tables; restore " + file
                        + " into a new database (give --db a new file).", null);
            }
            run(connection, file);
        } catch (SQLException e) {
            throw new StoreException("Cannot open the database " + url + ": " + Database.firstLine(e.getMessage()), e);
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
            String cause = e instanceof SQLException sql ? brief(sql.getMessage()) : e.getMessage();
            try (Statement s = connection.createStatement()) {
                s.execute("drop all objects");
            } catch (SQLException undo) {
                throw new StoreException(file + " failed part-way (" + cause + ") and what it had restored could not be"
                        + " removed: " + Database.firstLine(undo.getMessage()), undo);
            }
            throw new StoreException(file + ": not restored, the database is as it was: " + cause, e);
        }
    }

    /**
     * Reads {@code file} through to its gzip trailer (length and CRC), so that a truncated or damaged backup is refused
     * before anything is written.
     */
    static void verify(Path file) throws StoreException {
        try (Reader script = open(file)) {
            script.transferTo(java.io.Writer.nullWriter());
        } catch (NoSuchFileException e) {
            throw new StoreException(file + ": no such file.", e);
        } catch (IOException e) {
            throw new StoreException(file + ": not a whole exhibit backup (" + e.getMessage() + "); nothing was restored.", e);
        }
    }

    /** H2's message in one line short enough to read: the failing statement it quotes may be a whole table's rows. */
    private static String brief(String message) {
        String line = Database.firstLine(message);
        if (line.endsWith("; SQL statement:")) {
            line = line.substring(0, line.length() - "; SQL statement:".length());
        }
        return line.length() <= 200 ? line : line.substring(0, 100) + " ... " + line.substring(line.length() - 95);
    }

    private static Reader open(Path file) throws IOException {
        InputStream in = new GZIPInputStream(Files.newInputStream(file), 65536);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static boolean hasTables(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from information_schema.tables where table_schema = 'PUBLIC'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }
}
