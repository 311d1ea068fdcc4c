package org.exhibit.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finds a table's value columns from the whole block: the right edges that numbers share across many lines.
 *
 * <p>Only the numbers after a line's last word count: a number followed by words ("$0.10 par value") is part of a
 * label. Numbers at the end of a label ("allowance of $425 (2003)") rarely share an edge with enough other lines to
 * form a column, so they stay part of their labels too.
 */
public final class ColumnFinder {

    /** Positions whose edges differ by at most this many characters belong to one column. */
    private static final int EDGE_TOLERANCE = 2;
    /** A column needs numbers on at least this share of the table's numeric lines. */
    private static final double MIN_SUPPORT_SHARE = 0.2;
    /** A plain year: a leftmost column of nothing else is a column of row labels ("1996  0.14  0.18"). */
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private ColumnFinder() {
    }

    /**
     * Column spans found in the numeric tokens of a table's body lines, left to right: each is
     * {first character position, leftmost right edge, rightmost right edge}.
     */
    public static List<int[]> find(List<List<Token>> lines) {
        TreeMap<Integer, List<int[]>> byEdge = new TreeMap<>();
        TreeMap<Integer, Boolean> allYears = new TreeMap<>();
        int numericLines = 0;
        for (int lineIndex = 0; lineIndex < lines.size(); lineIndex++) {
            List<Token> trailing = trailingNumbers(lines.get(lineIndex));
            for (Token token : trailing) {
                byEdge.computeIfAbsent(token.edge(), e -> new ArrayList<>()).add(new int[] {lineIndex, token.start()});
                allYears.merge(token.edge(), YEAR.matcher(token.text()).matches(), Boolean::logicalAnd);
            }
            if (!trailing.isEmpty()) {
                numericLines++;
            }
        }
        int threshold = numericLines < 2 ? 1 : Math.max(2, (int) Math.ceil(numericLines * MIN_SUPPORT_SHARE));
        List<int[]> columns = new ArrayList<>();
        List<int[]> group = new ArrayList<>();
        int groupStart = -1;
        int lastEdge = Integer.MIN_VALUE;
        for (var entry : byEdge.entrySet()) {
            if (entry.getKey() - lastEdge > EDGE_TOLERANCE && !group.isEmpty()) {
                addIfSupported(columns, group, groupStart, lastEdge, threshold);
                group = new ArrayList<>();
            }
            if (group.isEmpty()) {
                groupStart = entry.getKey();
            }
            group.addAll(entry.getValue());
            lastEdge = entry.getKey();
        }
        if (!group.isEmpty()) {
            addIfSupported(columns, group, groupStart, lastEdge, threshold);
        }
        if (columns.size() > 1 && allYears.subMap(columns.get(0)[1], true, columns.get(0)[2], true).values().stream()
                .allMatch(Boolean::booleanValue)) {
            columns.remove(0);
        }
        return columns;
    }

    /**
     * The numbers at the end of a line, after its last word: a number followed by words is part of a label. Ranges
     * ("4.25-4.50") are passed over: they stand in columns that numbers make, but are no column's evidence.
     */
    static List<Token> trailingNumbers(List<Token> tokens) {
        List<Token> trailing = new ArrayList<>();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if (token.kind() == Token.Kind.TEXT) {
                break;
            }
            if (token.kind() == Token.Kind.FOOTNOTE && i > 0 && !tokens.get(i - 1).isNumeric()) {
                break;
            }
            if (token.isNumeric() && token.kind() != Token.Kind.RANGE) {
                trailing.add(token);
            }
        }
        Collections.reverse(trailing);
        return trailing;
    }

    private static void addIfSupported(List<int[]> columns, List<int[]> group, int firstEdge, int lastEdge, int threshold) {
        long support = group.stream().mapToInt(g -> g[0]).distinct().count();
        if (support >= threshold) {
            int start = group.stream().mapToInt(g -> g[1]).min().orElse(firstEdge);
            columns.add(new int[] {start, firstEdge, lastEdge});
        }
    }
}
