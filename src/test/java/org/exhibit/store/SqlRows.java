package org.exhibit.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A query's rows as strings, columns joined by "|", for tests to compare. */
final class SqlRows {

    private SqlRows() {
    }

    /**
     * Runs {@code sql} and returns each row as its columns' values joined by "|" ("null" for SQL NULL, booleans as
     * TRUE and FALSE on every engine).
     */
    static List<String> of(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    int type = rs.getMetaData().getColumnType(i);
                    String value = rs.getString(i);
                    if (value != null && (type == java.sql.Types.BOOLEAN || type == java.sql.Types.BIT)) {
                        value = rs.getBoolean(i) ? "TRUE" : "FALSE";
                    }
                    row.append(i == 1 ? "" : "|").append(value);
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
