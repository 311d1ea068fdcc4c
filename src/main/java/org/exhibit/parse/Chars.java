package org.exhibit.parse;

import java.util.regex.Pattern;

/**
 * Cheap character tests that tell when a line cannot match a pattern, so that the pattern runs only on the few lines
 * that might match: each test is a necessary condition of the pattern it guards, never a replacement for it.
 */
final class Chars {

    private Chars() {
    }

    /** Whether a character is one that {@code \s} matches: space, tab, line feed, vertical tab, form feed, return. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /** The index of the first character that {@code \s} does not match; the length when there is none. */
    static int firstNonSpace(String line) {
        int i = 0;
        while (i < line.length() && isSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether the first character after leading {@code \s} is {@code <}, as in every pattern {@code \s*<...}. */
    static boolean startsWithTag(String line) {
        int i = firstNonSpace(line);
        return i < line.length() && line.charAt(i) == '<';
    }

    /** Whether a whole line matches a pattern that starts {@code \s*<}, tried only on lines that start with a tag. */
    static boolean isTag(Pattern tag, String line) {
        return startsWithTag(line) && tag.matcher(line).matches();
    }

    /**
     * Whether a whole line matches a pattern whose every match starts, after leading {@code \s}, with {@code opening}
     * in any letter case (as {@code "<TABLE"} opens {@code (?i)\s*<TABLE\b[^>]*>.*}); tried only on lines that do.
     */
    static boolean isTag(Pattern tag, String opening, String line) {
        return line.regionMatches(true, firstNonSpace(line), opening, 0, opening.length()) && tag.matcher(line).matches();
    }

    /**
     * The text with ASCII capitals in lower case and every other character as it is, the same length, so that
     * {@link String#contains} on it finds what a pattern under {@code (?i)} (which folds ASCII letters only) could.
     */
    static String asciiLower(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] lower = text.toCharArray();
                for (int j = i; j < lower.length; j++) {
                    if (lower[j] >= 'A' && lower[j] <= 'Z') {
                        lower[j] = (char) (lower[j] + ('a' - 'A'));
                    }
                }
                return new String(lower);
            }
        }
        return text;
    }

    /** Whether a lower-case text holds at least one of the given words. */
    static boolean containsAny(String lower, String... words) {
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Where {@code word} (ASCII, any letter case) first occurs in {@code text} at or after {@code from}, else -1. */
    static int indexOfIgnoreCase(String text, String word, int from) {
        char first = word.charAt(0);
        boolean letter = lower(first) != Character.toUpperCase(first);
        int last = text.length() - word.length();
        int i = Math.max(0, from);
        while (i <= last) {
            if (!letter) {
                i = text.indexOf(first, i);
                if (i < 0 || i > last) {
                    return -1;
                }
            }
            if (regionIsIgnoreCase(text, i, word)) {
                return i;
            }
            i++;
        }
        return -1;
    }

    private static boolean regionIsIgnoreCase(String text, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (lower(text.charAt(at + k)) != lower(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
