package org.exhibit.render;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** How values from a result set are turned into text: numbers plain and exact, dates ISO, NULL kept as null. */
final class Values {

    private Values() {
    }

    /** Column labels of a result. */
    static List<String> labels(ResultSetMetaData meta) throws SQLException {
        List<String> labels = new ArrayList<>(meta.getColumnCount());
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            labels.add(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT));
        }
        return labels;
    }

    /** Whether each column holds numbers, for right alignment and unquoted JSON. */
    static boolean[] numeric(ResultSetMetaData meta) throws SQLException {
        boolean[] numeric = new boolean[meta.getColumnCount()];
        for (int i = 1; i <= numeric.length; i++) {
            numeric[i - 1] = switch (meta.getColumnType(i)) {
                case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC,
                     Types.REAL, Types.FLOAT, Types.DOUBLE -> true;
                default -> false;
            };
        }
        return numeric;
    }

    /** Whether each column holds numbers that may have a fraction: decimal and floating-point columns. */
    static boolean[] fractional(ResultSetMetaData meta) throws SQLException {
        boolean[] fractional = new boolean[meta.getColumnCount()];
        for (int i = 1; i <= fractional.length; i++) {
            fractional[i - 1] = switch (meta.getColumnType(i)) {
                case Types.DECIMAL, Types.NUMERIC, Types.REAL, Types.FLOAT, Types.DOUBLE -> true;
                default -> false;
            };
        }
        return fractional;
    }

    /** The text of column {@code i} (1-based) of the current row, or null for SQL NULL. */
    static String text(ResultSet rs, int i) throws SQLException {
        Object value = rs.getObject(i);
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return plain(d);
        }
        if (value instanceof Double || value instanceof Float) {
            double v = ((Number) value).doubleValue();
            return Double.isFinite(v) ? plain(BigDecimal.valueOf(v)) : String.valueOf(v);
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof OffsetDateTime) {
            return value.toString();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toString();
        }
        if (value instanceof byte[] bytes) {
            return java.util.HexFormat.of().formatHex(bytes);
        }
        if (value instanceof Object[] array) {
            return java.util.Arrays.toString(array);
        }
        return value.toString();
    }

    /** A decimal without exponent, grouping or trailing zeros after the point. */
    static String plain(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
