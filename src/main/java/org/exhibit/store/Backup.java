package org.exhibit.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the snapshot {@link SchemaUpgrade} takes before migrating a database it has inspected: the SQL script of H2's
 * {@code SCRIPT} statement (every table, view, user and row), gzipped, written under a temporary name and moved into
 * place only when complete, and run again only by {@link Restore#run} to put a failed upgrade back. Users' backups are
 * data ({@link Archive}), never scripts.
 */
final class Backup {

    private Backup() {
    }

    /**
     * Writes the script of the database on {@code connection} to {@code file}, replacing it only once the new backup is
     * whole; returns the number of statements written.
     */
    static long write(Connection connection, Path file) throws StoreException {
        Path absolute = file.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        long statements = 0;
        try {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(
                    new GZIPOutputStream(Files.newOutputStream(partial)), StandardCharsets.UTF_8));
                 Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("script")) {
                while (rs.next()) {
                    out.write(rs.getString(1));
                    out.write('\n');
                    statements++;
                }
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return statements;
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new StoreException(file + ": cannot write the backup (" + e.getMessage() + ").", e);
        } catch (SQLException e) {
            deleteQuietly(partial);
            throw new StoreException(file + ": cannot write the backup: " + Database.firstLine(e.getMessage()), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The partial file is named as such; leaving it behind misleads no one.
        }
    }
}
