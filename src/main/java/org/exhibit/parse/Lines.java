package org.exhibit.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Text lines to parse, each with the 1-based line of the source file it stands for, so that text derived from a
 * source (one document of a submission, an HTML table laid out as text) still reports true source lines.
 *
 * @param text the lines, tabs expanded
 * @param numbers the source line of each text line
 * @param cellLines for lines laid out from cells on several source lines (an HTML table row), pairs of a number's
 *     right edge and its source line; null for a line, or for all lines, whose numbers stand on its own line
 */
public record Lines(List<String> text, int[] numbers, int[][] cellLines) {

    /** Lines whose numbers stand on the line's own source line. */
    public Lines(List<String> text, int[] numbers) {
        this(text, numbers, null);
    }

    private static final int TAB_WIDTH = 8;

    /** The lines of a whole text, numbered from 1. */
    public static Lines of(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(expandTabs(text.substring(start, i)));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(expandTabs(text.substring(start)));
        int[] numbers = new int[lines.size()];
        Arrays.setAll(numbers, i -> i + 1);
        return new Lines(lines, numbers);
    }

    /** How many lines there are. */
    public int size() {
        return text.size();
    }

    /** Line {@code i} (0-based) of the text. */
    public String get(int i) {
        return text.get(i);
    }

    /** The source line of text line {@code i} (0-based). */
    public int number(int i) {
        return numbers[i];
    }

    /** Lines {@code from} (inclusive) to {@code to} (exclusive), keeping their source numbers. */
    public Lines slice(int from, int to) {
        return new Lines(text.subList(from, to), Arrays.copyOfRange(numbers, from, to),
                cellLines == null ? null : Arrays.copyOfRange(cellLines, from, to));
    }

    /** The source line of the number whose right edge is {@code edge} on text line {@code i} (0-based). */
    public int cellLine(int i, int edge) {
        int[] pairs = cellLines == null ? null : cellLines[i];
        if (pairs != null) {
            for (int p = 0; p + 1 < pairs.length; p += 2) {
                if (Math.abs(pairs[p] - edge) <= 1) {
                    return pairs[p + 1];
                }
            }
        }
        return numbers[i];
    }

    private static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                do {
                    out.append(' ');
                } while (out.length() % TAB_WIDTH != 0);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
