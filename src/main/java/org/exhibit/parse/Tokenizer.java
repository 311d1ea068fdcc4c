package org.exhibit.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a printed line into tokens, joining a lone "$" or "(" to the number after it. */
public final class Tokenizer {

    private static final Pattern NUMBER = Pattern.compile(
            "(\\()?\\$?(\\()?\\$?([-\u2212])?((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)%?(\\))?%?(-)?"
                    + "(\\([a-z]\\)|\\*+)?");
    private static final Pattern NOT_AVAILABLE = Pattern.compile("(?i)n/?a|n\\.a\\.|n/?m|n\\.m\\.|nil|none|\\*{1,3}");
    /** Two numbers joined by a dash ("4.25-4.50", "5%-7%"): a range, which is not one value. */
    private static final Pattern RANGE = Pattern.compile(
            "\\$?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?%?[-\u2013]\\$?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(%)?");
    private static final Pattern FOOTNOTE = Pattern.compile("\\([a-z]\\)|\\*+|/\\d/|\\[(?:\\d{1,2}|[a-zA-Z])]");
    /** A month's name, whole or cut short, as a date in a label begins. */
    private static final Pattern MONTH_NAME = Pattern.compile("(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
            + "(?:uary|ruary|ch|il|e|y|ust|ember|ober)?\\.?");
    private static final Pattern DAY = Pattern.compile("(?:[1-9]|[12]\\d|3[01]),?");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern DASH = Pattern.compile("\\$?(?:-{1,3}|\u2014|\u2013|\u2012|\u2212)");
    private static final Pattern LEADER = Pattern.compile("[.\u00b7_]{2,}|\\.");
    private static final Pattern LEADING_DOTS = Pattern.compile("^(\\.{2,})(.+)$");

    /**
     * The longest run read as a number, mark or dash; a longer run is a word or a leader, so that reading a line stays
     * linear in its length (a run of thousands of digits is not a printed amount).
     */
    private static final int LONGEST_NUMBER = 40;

    private Tokenizer() {
    }

    /** Tokens of one line, left to right. */
    public static List<Token> tokens(String line) {
        List<int[]> runs = runs(line);
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            int start = runs.get(i)[0];
            int end = runs.get(i)[1];
            String run = line.substring(start, end);
            if (isPrefix(run) && i + 1 < runs.size()) {
                int[] next = runs.get(i + 1);
                Token joined = classify(run + line.substring(next[0], next[1]), start, next[1]);
                if (joined.isNumeric()) {
                    int edge = next[0] + (joined.edge() - start - run.length());
                    tokens.add(new Token(joined.kind(), start, next[1], edge, line.substring(start, next[1]), joined.value()));
                    i++;
                    continue;
                }
            }
            Matcher dots = run.startsWith("..") ? LEADING_DOTS.matcher(run) : null;
            if (dots != null && dots.matches() && classify(dots.group(2), start + dots.end(1), end).isNumeric()) {
                tokens.add(new Token(Token.Kind.LEADER, start, start + dots.end(1), start + dots.end(1), dots.group(1), null));
                tokens.add(classify(dots.group(2), start + dots.end(1), end));
                continue;
            }
            tokens.add(inDate(classify(run, start, end), tokens));
        }
        return tokens;
    }

    /**
     * A number that completes a date begun by the words before it, one space apart, is text of the label: the day
     * after a month's name ("Outstanding, December 31"), and the year after such a day ("As of December 31, 2004").
     */
    private static Token inDate(Token token, List<Token> before) {
        if (token.kind() != Token.Kind.NUMBER || before.isEmpty()) {
            return token;
        }
        Token previous = before.get(before.size() - 1);
        if (previous.kind() != Token.Kind.TEXT || token.start() != previous.end() + 1) {
            return token;
        }
        boolean day = DAY.matcher(token.text()).matches() && MONTH_NAME.matcher(previous.text()).matches();
        boolean year = YEAR.matcher(token.text()).matches() && previous.text().endsWith(",") && before.size() > 1
                && DAY.matcher(previous.text()).matches()
                && MONTH_NAME.matcher(before.get(before.size() - 2).text()).matches();
        return day || year ? new Token(Token.Kind.TEXT, token.start(), token.end(), token.end(), token.text(), null) : token;
    }

    /** Reads one printed number ("(1,234)", "$ 0.02", "--") as a signed value, or null if it is not one. */
    public static BigDecimal parseNumber(String text) {
        Token token = classify(text.replace(" ", ""), 0, text.length());
        return token.value();
    }

    /** Whether a run is a "$" or "(" (or both) that the number after it belongs to. */
    private static boolean isPrefix(String run) {
        return run.equals("$") || run.equals("(") || run.equals("($") || run.equals("$(");
    }

    /** Whether a text starts as every match of {@link #NUMBER} does: "(", "$", a minus sign, a digit or ".". */
    private static boolean mayBeNumber(String text) {
        char c = text.charAt(0);
        return c == '(' || c == '$' || c == '-' || c == '\u2212' || c == '.' || (c >= '0' && c <= '9');
    }

    /**
     * Whether {@code first} is one of the characters a pattern's matches can start with, so that the pattern is tried
     * only where it might match: a digit or "$" for a range, "(", "/" or "[" for a footnote mark ("*" marks are not footnotes here), "n" or "*"
     * for a mark of no value, "$" or a dash for a zero dash, a dot or underscore for a leader.
     */
    private static boolean startsAny(char first, String starts) {
        return starts.indexOf(first) >= 0;
    }

    /** Whether a run is surely a word: it starts with a letter that no number, dash or "n/a" mark starts with. */
    private static boolean plainWord(String text) {
        char c = text.charAt(0);
        return Character.isLetter(c) && c != 'n' && c != 'N';
    }

    private static List<int[]> runs(String line) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                runs.add(new int[] {start, i});
            }
        }
        return runs;
    }

    private static Token classify(String text, int start, int end) {
        if (plainWord(text)) {
            return new Token(Token.Kind.TEXT, start, end, end, text, null);
        }
        if (text.length() > LONGEST_NUMBER) {
            Token.Kind kind = LEADER.matcher(text).matches() ? Token.Kind.LEADER : Token.Kind.TEXT;
            return new Token(kind, start, end, end, text, null);
        }
        Matcher number = mayBeNumber(text) ? NUMBER.matcher(text) : null;
        if (number != null && number.matches()) {
            boolean open = number.group(1) != null || number.group(2) != null;
            boolean close = number.group(5) != null;
            boolean minus = number.group(3) != null || number.group(6) != null;
            if (open == close && !(open && minus)) {
                BigDecimal value = new BigDecimal(number.group(4).replace(",", ""));
                int edge = start + number.end(4);
                return new Token(Token.Kind.NUMBER, start, end, edge, text, open || minus ? value.negate() : value);
            }
        }
        char first = text.charAt(0);
        if (startsAny(first, "$0123456789")) {
            Matcher range = RANGE.matcher(text);
            if (range.matches()) {
                return new Token(Token.Kind.RANGE, start, end, range.group(1) == null ? end : end - 1, text, null);
            }
        }
        if (startsAny(first, "(/[") && FOOTNOTE.matcher(text).matches()) {
            return new Token(Token.Kind.FOOTNOTE, start, end, end, text, null);
        }
        if (startsAny(first, "nN*") && NOT_AVAILABLE.matcher(text).matches()) {
            return new Token(Token.Kind.NOT_AVAILABLE, start, end, end, text, null);
        }
        if (startsAny(first, "$-\u2014\u2013\u2012\u2212") && DASH.matcher(text).matches()) {
            return new Token(Token.Kind.DASH, start, end, start + text.length(), text, BigDecimal.ZERO);
        }
        if (startsAny(first, ".\u00b7_") && LEADER.matcher(text).matches()) {
            return new Token(Token.Kind.LEADER, start, end, end, text, null);
        }
        return new Token(Token.Kind.TEXT, start, end, end, text, null);
    }
}
