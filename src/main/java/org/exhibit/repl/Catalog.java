package org.exhibit.repl;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names completion offers, read from the live database when first needed and read again after anything may have
 * changed them (a statement that is not a query, an import).
 */
final class Catalog {

    /**
     * The names at one moment.
     *
     * @param relations tables and views, lower case, each with its columns in order
     * @param views which of them are views
     * @param concepts canonical concept names
     * @param companies company names as stored
     */
    record Names(Map<String, List<String>> relations, List<String> views, List<String> concepts, List<String> companies) {
    }

    private final Connection connection;
    private Names names;

    Catalog(Connection connection) {
        this.connection = connection;
    }

    /** The names now, read from the database unless read since the last change. */
    Names names() {
        if (names == null) {
            try {
                names = read();
            } catch (SQLException e) {
                return new Names(Map.of(), List.of(), List.of(), List.of());
            }
        }
        return names;
    }

    /** Forgets the names, so that the next completion reads them again. */
    void invalidate() {
        names = null;
    }

    /** Whether a table or view of this name (any letter case) exists. */
    boolean hasRelation(String name) {
        return names().relations().containsKey(name.toLowerCase(Locale.ROOT));
    }

    private Names read() throws SQLException {
        Map<String, List<String>> relations = new LinkedHashMap<>();
        List<String> views = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("select table_name, table_type from information_schema.tables"
                    + " where table_schema = current_schema and table_name <> 'flyway_schema_history' order by table_name")) {
                while (rs.next()) {
                    String name = rs.getString(1).toLowerCase(Locale.ROOT);
                    relations.put(name, new ArrayList<>());
                    if ("VIEW".equals(rs.getString(2))) {
                        views.add(name);
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("select table_name, column_name from information_schema.columns"
                    + " where table_schema = current_schema order by table_name, ordinal_position")) {
                while (rs.next()) {
                    List<String> columns = relations.get(rs.getString(1).toLowerCase(Locale.ROOT));
                    if (columns != null) {
                        columns.add(rs.getString(2).toLowerCase(Locale.ROOT));
                    }
                }
            }
            return new Names(relations, views, strings(s, "select name from concept order by name"),
                    strings(s, "select name from company order by name"));
        }
    }

    private static List<String> strings(Statement s, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
