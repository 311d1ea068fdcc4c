package org.exhibit.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses a read-only session on a database whose owner has defined Java functions ({@code CREATE ALIAS},
 * {@code CREATE AGGREGATE}): H2 has no right to grant or withhold for calling them, so every user may call them, and a
 * read-only session promises no Java.
 */
final class JavaFunctions {

    private JavaFunctions() {
    }

    /** Throws when the database on {@code connection} (at {@code url}) defines any Java function. */
    static void refuseReadOnly(Connection connection, String url) throws SQLException, StoreException {
        List<String> names = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select distinct routine_schema || '.' || routine_name"
                     + " from information_schema.routines where routine_schema <> 'INFORMATION_SCHEMA' order by 1")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        if (!names.isEmpty()) {
            throw new StoreException("The database " + url + " defines Java functions (" + String.join(", ", names)
                    + ") that H2 lets every user call, so it cannot be opened read-only; drop them (drop alias ...) or"
                    + " leave out --read-only.", null);
        }
    }
}
