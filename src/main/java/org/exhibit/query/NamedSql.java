package org.exhibit.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A statement whose {@code :name} parameters were replaced by JDBC {@code ?} markers, so that values are always bound
 * and never pasted into SQL text.
 *
 * @param jdbcSql the statement with {@code ?} markers
 * @param names the parameter name of each marker, in order
 */
public record NamedSql(String jdbcSql, List<String> names) {

    /** A statement uses names that were given no value: a usage problem, worded by whoever runs the statement. */
    public static final class MissingValues extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final List<String> missing;

        MissingValues(List<String> missing) {
            super("The statement uses :" + String.join(", :", missing) + " but no value was given");
            this.missing = missing;
        }

        /** The names without a value, in the order they stand. */
        public List<String> missing() {
            return missing;
        }
    }

    /** Finds {@code :name} outside quotes and comments ({@code ::} casts are left alone). */
    public static NamedSql parse(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        List<String> names = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = Script.closing(sql, i, c);
                end = end < 0 ? n : end;
                out.append(sql, i, end);
                i = end;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
                out.append(sql, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                out.append(sql, i, end);
                i = end;
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < n && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                names.add(sql.substring(i + 1, end));
                out.append('?');
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return new NamedSql(out.toString(), List.copyOf(names));
    }

    /**
     * The value of each marker, in order.
     *
     * @throws MissingValues when names have no value
     */
    public List<String> values(Map<String, String> params) {
        List<String> missing = names.stream().filter(name -> !params.containsKey(name)).distinct().toList();
        if (!missing.isEmpty()) {
            throw new MissingValues(missing);
        }
        return names.stream().map(params::get).toList();
    }
}
