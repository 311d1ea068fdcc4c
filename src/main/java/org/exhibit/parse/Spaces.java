package org.exhibit.parse;

/** Collapses runs of whitespace to one space without a regex, exactly as {@code replaceAll("\\s+", " ")} does. */
final class Spaces {

    private Spaces() {
    }

    /** The text with each run of {@code \s} (space, tab, line feed, vertical tab, form feed, return) as one space. */
    static String collapse(String text) {
        return collapse(text, false);
    }

    /** The text with each run of {@code [\s\u00a0]}, whitespace or no-break spaces, as one space. */
    static String collapseWithNoBreak(String text) {
        return collapse(text, true);
    }

    private static String collapse(String text, boolean noBreak) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isSpace(c, noBreak)) {
                if (out != null) {
                    out.append(c);
                }
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && isSpace(text.charAt(end), noBreak)) {
                end++;
            }
            if (out == null && (c != ' ' || end > i + 1)) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(' ');
            }
            i = end;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isSpace(char c, boolean noBreak) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r' || (noBreak && c == '\u00a0');
    }
}
