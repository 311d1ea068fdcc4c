package org.exhibit.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Text from a document cut to the column it goes to, as the column declares it (read from the statement's parameter
 * metadata, so a migration that widens or narrows a column needs no change here): a title of 10,000 characters is
 * kept as its first 1,999 and an ellipsis instead of failing the whole document.
 */
final class ColumnText {

    private final Map<PreparedStatement, int[]> lengths = new IdentityHashMap<>();

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
