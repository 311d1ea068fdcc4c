package org.exhibit.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds tables printed without {@code <TABLE>} tags: runs of lines that end in numbers sharing right edges, with the
 * labels and headings between them, and the header lines (dates, years, durations) above.
 */
final class UntaggedTables {

    /** A table found in the text: header lines from {@code headerFrom}, body lines {@code bodyFrom} to {@code bodyTo}. */
    record Block(int headerFrom, int bodyFrom, int bodyTo) {
    }

    /** Lines of values aligned with each other that make a table. */
    private static final int MIN_VALUE_LINES = 3;
    /** Lines without aligned values (labels, headings, blank lines) that may stand between two value lines. */
    private static final int MAX_GAP = 5;
    private static final int MAX_HEADER_LINES = 10;
    /** Blank lines that may separate header lines from each other or from the first row. */
    private static final int MAX_BLANKS_IN_HEADER = 3;
    private static final int EDGE_TOLERANCE = 2;
    /** Words indented this far stand over the value columns rather than over the labels. */
    private static final int COLUMN_WORDS_INDENT = 25;
    private static final Pattern RULE = RowReader.RULE;
    private static final Pattern PLAIN_YEAR = Pattern.compile("\\(?(19|20)\\d\\d\\)?");
    private static final Pattern TAG = Pattern.compile("(?i)\\s*</?[A-Z][A-Z0-9-]*>.*");
    /** A rule under the column headings with a short caption at its left ("EARNINGS   --------   --------"). */
    private static final Pattern CAPTIONED_RULE = Pattern.compile("\\s*[^\\d\\s=_-][^\\d]{0,40}?\\s{2,}" + RULE.pattern());

    private UntaggedTables() {
    }

    /** The tables in {@code lines} outside the lines marked {@code excluded} (those of tagged tables). */
    static List<Block> find(Lines lines, boolean[] excluded) {
        int n = lines.size();
        List<List<Token>> trailing = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            trailing.add(excluded[i] ? List.of() : valueTokens(lines.get(i)));
        }
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (trailing.get(i).isEmpty()) {
                i++;
                continue;
            }
            List<Integer> edges = new ArrayList<>();
            trailing.get(i).forEach(t -> edges.add(t.edge()));
            int last = i;
            int valueLines = 1;
            int gap = 0;
            for (int j = i + 1; j < n && !excluded[j] && gap <= MAX_GAP; j++) {
                String line = lines.get(j);
                if (!trailing.get(j).isEmpty() && sharesEdge(trailing.get(j), edges)) {
                    trailing.get(j).forEach(t -> edges.add(t.edge()));
                    last = j;
                    valueLines++;
                    gap = 0;
                } else if (TableReader.isProse(line) || Chars.isTag(TAG, line)) {
                    break;
                } else {
                    gap++;
                }
            }
            if (valueLines >= MIN_VALUE_LINES) {
                int bodyFrom = labelsAbove(lines, excluded, i);
                int headerFrom = headerAbove(lines, excluded, bodyFrom);
                int bodyTo = last + 1;
                while (bodyTo < n && !excluded[bodyTo] && RULE.matcher(lines.get(bodyTo)).matches()) {
                    bodyTo++;
                }
                blocks.add(new Block(headerFrom, bodyFrom, bodyTo));
                i = bodyTo;
            } else {
                i++;
            }
        }
        return blocks;
    }

    /** The first line from {@code from} (before {@code to}) that ends in values, or {@code to} when none does. */
    static int firstValueLine(Lines lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!valueTokens(lines.get(i)).isEmpty()) {
                return i;
            }
        }
        return to;
    }

    /**
     * The numbers that end a line when they read as table values: set off from the text by a gap or leaders, with at
     * least one that is not a plain year (a header line of years is not a line of values); empty otherwise.
     */
    static List<Token> valueTokens(String line) {
        if (!endsLikeAValue(line) || TableReader.isProse(line) || RULE.matcher(line).matches()) {
            return List.of();
        }
        List<Token> tokens = Tokenizer.tokens(line);
        List<Token> trailing = ColumnFinder.trailingNumbers(tokens);
        if (trailing.isEmpty() || trailing.stream().allMatch(t -> PLAIN_YEAR.matcher(t.text()).matches())) {
            return List.of();
        }
        int first = trailing.get(0).start();
        int textEnd = 0;
        for (Token token : tokens) {
            if (token.start() >= first) {
                break;
            }
            if (token.kind() == Token.Kind.LEADER) {
                return trailing;
            }
            textEnd = token.end();
        }
        return textEnd == 0 || first - textEnd >= 2 ? trailing : List.of();
    }

    /**
     * A quick test that a line can end in a value: its last visible character is a digit, ")", "%", "*", a letter, or
     * a hyphen or dash (a zero).
     */
    private static boolean endsLikeAValue(String line) {
        int i = line.length() - 1;
        while (i >= 0 && Character.isWhitespace(line.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = line.charAt(i);
        return Character.isDigit(c) || c == ')' || c == '%' || c == '-' || c == '*' || Character.isLetter(c)
                || c == '\u2014' || c == '\u2013' || c == '\u2012' || c == '\u2212';
    }

    private static boolean sharesEdge(List<Token> tokens, List<Integer> edges) {
        for (Token token : tokens) {
            for (int edge : edges) {
                if (Math.abs(token.edge() - edge) <= EDGE_TOLERANCE) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Steps up from the first value line over the label and heading lines (and single blank lines) of the body. */
    private static int labelsAbove(Lines lines, boolean[] excluded, int first) {
        int top = first;
        for (int k = first - 1; k >= 0 && !excluded[k]; k--) {
            String line = lines.get(k);
            if (isLabelLine(line)) {
                top = k;
            } else if (!line.isBlank() || (k > 0 && lines.get(k - 1).isBlank())) {
                break;
            }
        }
        return top;
    }

    /** A line of label text only: no header marks, not blank, not a rule, not prose. */
    private static boolean isLabelLine(String line) {
        return !line.isBlank() && !RULE.matcher(line).matches() && !TableReader.isProse(line)
                && HeaderReader.marks(List.of(line)).isEmpty() && !Chars.isTag(TAG, line);
    }

    /** Whether a line holds a few words standing over the columns, such as "Ended" under "Three Months". */
    private static boolean isColumnWords(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        String words = line.trim();
        return indent >= COLUMN_WORDS_INDENT && !words.startsWith("(") && words.split("\\s+").length <= 6;
    }

    /**
     * Steps up from the body over header lines: dates, years, durations, column words, rules (with or without a caption
     * at their left, as a section heading beside the rule under the years is printed), a few blank lines.
     */
    private static int headerAbove(Lines lines, boolean[] excluded, int bodyFrom) {
        int top = bodyFrom;
        int k = bodyFrom - 1;
        int blanks = 0;
        while (k >= 0 && !excluded[k] && bodyFrom - k <= MAX_HEADER_LINES) {
            String line = lines.get(k);
            if (line.isBlank()) {
                if (++blanks > MAX_BLANKS_IN_HEADER) {
                    break;
                }
            } else if (RULE.matcher(line).matches() || CAPTIONED_RULE.matcher(line).matches()
                    || !HeaderReader.marks(List.of(line)).isEmpty() || isColumnWords(line)) {
                blanks = 0;
                top = k;
            } else {
                break;
            }
            k--;
        }
        return top;
    }
}
