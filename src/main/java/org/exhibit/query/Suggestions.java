package org.exhibit.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Did you mean …" for a misspelt name, from the live schema: the closest table or view for an unknown table, the
 * closest column of the tables the statement names for an unknown column, the closest statement keyword for a
 * statement that starts with none.
 */
final class Suggestions {

    /** The words a statement may start with, for a misspelt first word. */
    private static final List<String> STATEMENT_WORDS = List.of("select", "with", "values", "table", "insert", "update",
            "delete", "merge", "create", "drop", "alter", "explain", "show", "call", "set", "grant", "revoke", "comment",
            "truncate", "commit", "rollback", "backup", "script", "help");
    /** H2's and PostgreSQL's words for a table or view they did not find. */
    private static final Pattern TABLE = Pattern.compile("(?:Table|View) \"([^\"]+)\" not found"
            + "|^relation \"([^\"]+)\" does not exist");
    /** H2's and PostgreSQL's words for a column they did not find. */
    private static final Pattern COLUMN = Pattern.compile("Column \"([^\"]+)\" not found"
            + "|^column \"([^\"]+)\" does not exist");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Suggestions() {
    }

    /** The name closest to the one the database did not find, from the schema {@code connection} sees; empty when none is close. */
    static Optional<String> forMissingName(String message, String sql, Connection connection) {
        try {
            Matcher table = TABLE.matcher(message);
            if (table.find()) {
                return closest(last(found(table)), relations(connection));
            }
            Matcher column = COLUMN.matcher(message);
            if (column.find()) {
                List<String> relations = relations(connection);
                List<String> named = new ArrayList<>();
                Matcher word = WORD.matcher(sql);
                while (word.find()) {
                    String w = word.group().toLowerCase(Locale.ROOT);
                    if (relations.contains(w) && !named.contains(w)) {
                        named.add(w);
                    }
                }
                return closest(last(found(column)), columns(connection, named));
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The name a {@link #TABLE} or {@link #COLUMN} match found, in whichever engine's words. */
    private static String found(Matcher match) {
        return match.group(1) != null ? match.group(1) : match.group(2);
    }

    /** The statement keyword closest to {@code word}; empty when none is close. */
    static Optional<String> forStatementWord(String word) {
        return closest(word, STATEMENT_WORDS);
    }

    /** The candidate nearest {@code name} by edit distance, when within a third of its length (at least 1, at most 3). */
    static Optional<String> closest(String name, List<String> candidates) {
        String lower = name.toLowerCase(Locale.ROOT);
        int limit = Math.min(3, Math.max(1, lower.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d > 0 && d <= limit && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Damerau-Levenshtein distance (optimal string alignment): a swap of two letters counts once. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** The part of a qualified name after its last dot. */
    private static String last(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** The tables and views of the current schema, in lower case, views first (a tie goes to the contract's views). */
    private static List<String> relations(Connection connection) throws SQLException {
        return names(connection, "select lower(table_name) from information_schema.tables where table_schema = current_schema"
                + " order by case table_type when 'VIEW' then 0 else 1 end, table_name", List.of());
    }

    /** The columns of {@code relations} (of every table and view when none is named), in lower case. */
    private static List<String> columns(Connection connection, List<String> relations) throws SQLException {
        String sql = "select distinct lower(column_name) from information_schema.columns where table_schema = current_schema"
                + (relations.isEmpty() ? "" : " and lower(table_name) = any(?)");
        return names(connection, sql, relations);
    }

    private static List<String> names(Connection connection, String sql, List<String> parameter) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var ps = connection.prepareStatement(sql)) {
            if (!parameter.isEmpty()) {
                ps.setArray(1, connection.createArrayOf("VARCHAR", parameter.toArray()));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }
}
