package org.exhibit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text from a document cut to the column it goes to, as the column declares it (read from the statement's parameter
 * metadata on H2; on PostgreSQL, whose driver does not know a parameter's column, from the catalogue's columns named
 * by an insert's column list; so a migration that widens or narrows a column needs no change here): a title of 10,000
 * characters is kept as its first 1,999 and an ellipsis instead of failing the whole document.
 */
final class ColumnText {

    private static final Pattern INSERT = Pattern.compile(
            "(?is)^\\s*insert\\s+into\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*values\\s*\\(([^)]*)\\).*");

    private final Map<PreparedStatement, int[]> lengths = new IdentityHashMap<>();
    private Map<String, Integer> widths;

    /**
     * Learns the column of each parameter of an insert on PostgreSQL ({@code insert into t (a, b) values (?, ?)}); on
     * H2 the statement's own metadata says it.
     */
    void prepared(PreparedStatement statement, String sql) throws SQLException {
        Connection connection = statement.getConnection();
        Matcher insert = INSERT.matcher(sql);
        if (Engine.of(connection) != Engine.POSTGRES || !insert.matches()) {
            return;
        }
        String table = insert.group(1).toLowerCase(Locale.ROOT);
        String[] columns = insert.group(2).split(",");
        String[] values = insert.group(3).split(",");
        List<Integer> known = new ArrayList<>();
        known.add(0);
        for (int i = 0; i < values.length && i < columns.length; i++) {
            if (values[i].trim().equals("?")) {
                known.add(widths(connection).getOrDefault(table + "." + columns[i].trim().toLowerCase(Locale.ROOT), 0));
            }
        }
        lengths.put(statement, known.stream().mapToInt(Integer::intValue).toArray());
    }

    private Map<String, Integer> widths(Connection connection) throws SQLException {
        if (widths == null) {
            widths = new HashMap<>();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("select table_name, column_name, character_maximum_length"
                         + " from information_schema.columns where table_schema = current_schema()"
                         + " and character_maximum_length is not null")) {
                while (rs.next()) {
                    widths.put(rs.getString(1) + "." + rs.getString(2), rs.getInt(3));
                }
            }
        }
        return widths;
    }

    /** Binds {@code value} to parameter {@code index} of {@code statement}, cut to the column's length. */
    void set(PreparedStatement statement, int index, String value) throws SQLException {
        statement.setString(index, fit(value, length(statement, index)));
    }

    private int length(PreparedStatement statement, int index) throws SQLException {
        int[] known = lengths.get(statement);
        if (known == null) {
            var meta = statement.getParameterMetaData();
            known = new int[meta.getParameterCount() + 1];
            for (int i = 1; i < known.length; i++) {
                known[i] = meta.getPrecision(i);
            }
            lengths.put(statement, known);
        }
        return index < known.length ? known[index] : 0;
    }

    /** {@code value} when it fits in {@code length} characters (0: no limit known), else cut with an ellipsis. */
    static String fit(String value, int length) {
        if (value == null || length <= 0 || value.length() <= length) {
            return value;
        }
        int end = length - 1;
        if (end > 0 && Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }
}
