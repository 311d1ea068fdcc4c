package org.exhibit.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A fingerprint of the rows of the {@code facts} view that any engine gives alike, so that two databases can be said to
 * hold the same facts: each row is written as canonical text (the view's columns in order, named in lower case; dates
 * ISO 8601, numbers plain without trailing zeros, NULL as {@code \N}, tab between values), each text is hashed with
 * SHA-256, and the hashes are added modulo 2<sup>256</sup>. The sum does not depend on the order rows come in, on
 * internal ids, or on an engine's collation or hash functions; it changes with any value of any row, and with a row
 * more or less.
 *
 * @param rows how many rows the view holds
 * @param hex the sum of the rows' hashes, 64 hexadecimal digits
 */
public record FactsChecksum(long rows, String hex) {

    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    /** Reads every row of {@code facts} on {@code connection} and sums their hashes. */
    public static FactsChecksum of(Connection connection) throws SQLException {
        return of(connection, "facts");
    }

    /** The same sum over the rows of another view or table of the schema, {@code latest_facts} for one. */
    public static FactsChecksum of(Connection connection, String view) throws SQLException {
        if (!view.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a view name: " + view);
        }
        MessageDigest sha256 = sha256();
        BigInteger sum = BigInteger.ZERO;
        long rows = 0;
        try (Statement s = connection.createStatement()) {
            s.setFetchSize(10_000); // PostgreSQL streams only with a fetch size, and only inside a transaction
            try (ResultSet rs = s.executeQuery("select * from " + view)) {
                ResultSetMetaData meta = rs.getMetaData();
                String header = header(meta);
                StringBuilder text = new StringBuilder(256);
                while (rs.next()) {
                    text.setLength(0);
                    text.append(header);
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        text.append(i == 1 ? '\n' : '\t');
                        appendValue(text, rs, i, meta.getColumnType(i));
                    }
                    byte[] hash = sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8));
                    sum = sum.add(new BigInteger(1, hash));
                    rows++;
                }
            }
        }
        String hex = sum.mod(MODULUS).toString(16);
        return new FactsChecksum(rows, "0".repeat(64 - hex.length()) + hex);
    }

    /** The column names, lower case, tab-separated: part of each row's text, so that a renamed column changes the sum. */
    private static String header(ResultSetMetaData meta) throws SQLException {
        StringBuilder header = new StringBuilder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            header.append(i == 1 ? "" : "\t").append(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
        }
        return header.toString();
    }

    /** Appends the canonical text of one value: the same for the same value whichever engine returned it. */
    private static void appendValue(StringBuilder text, ResultSet rs, int column, int type) throws SQLException {
        String value = switch (type) {
            case Types.DATE -> {
                LocalDate date = rs.getObject(column, LocalDate.class);
                yield date == null ? null : date.toString();
            }
            case Types.DECIMAL, Types.NUMERIC, Types.INTEGER, Types.BIGINT, Types.SMALLINT, Types.TINYINT,
                    Types.DOUBLE, Types.REAL, Types.FLOAT -> {
                BigDecimal number = rs.getBigDecimal(column);
                yield number == null ? null : plain(number);
            }
            default -> rs.getString(column);
        };
        if (value == null) {
            text.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    /** A number in plain digits without trailing zeros: 403000.00000000 and 403000 are one text. */
    static String plain(BigDecimal number) {
        if (number.signum() == 0) {
            return "0";
        }
        return number.stripTrailingZeros().toPlainString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return rows + (rows == 1 ? " fact" : " facts") + ", checksum " + hex;
    }
}
