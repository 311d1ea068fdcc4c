package org.exhibit.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the body lines of a table into rows: joins wrapped labels, tracks the heading each row sits under,
 * names totals printed under a rule without a label, and reports numbers it cannot place.
 */
final class RowReader {

    /**
     * A rule line: dashes, equals signs or underscores with at least one run of three, also as EDGAR escapes a leading
     * dash ("- -------") or as rules of several widths print side by side ("-- ---------- ---").
     */
    static final Pattern RULE = Pattern.compile("\\s*(?=[-=_\\s]*[-=_]{3})[-=_][-=_\\s]*");
    private static final Pattern TAG = Pattern.compile("(?i)\\s*</?(PAGE|CAPTION|FN|F\\d+)>.*");
    private static final Set<String> CONNECTORS = Set.of(
            "and", "or", "of", "for", "to", "from", "in", "on", "by", "with", "the", "a", "an", "less", "before",
            "after", "at", "including", "excluding", "plus", "minus", "per", "into", "between", "under");
    private static final Pattern TOTAL = Pattern.compile("(?i)total\\b.*");
    private static final Pattern LEADING_DASHES = Pattern.compile("^\\s*- -+\\s*");
    private static final Pattern LEADERS = Pattern.compile("\\.{2,}|(\\s\\.)+(?=\\s|$)|[_\u00b7]{2,}");
    private static final Pattern NOTE_REFERENCE = Pattern.compile("(?i)\\((see )?notes? [^)]*\\)");

    private final Lines lines;
    private final List<List<Token>> tokens;
    private final List<int[]> spans;
    /** Where the column of note references starts, or -1 when the table has none. */
    private final int notesColumn;
    private final List<Diagnostic> diagnostics;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> pending = new ArrayList<>();
    private int pendingIndent;
    /** The open headings, innermost first. */
    private final Deque<Heading> headings = new ArrayDeque<>();
    private boolean ruleSinceLastRow;

    /**
     * @param lines the body lines of the table
     * @param tokens the tokens of each body line (see {@link Tokenizer#tokens}), read once for the columns and the rows
     * @param spans the value columns found in the body
     * @param notesColumn where a column of note references starts left of the values, or -1
     * @param diagnostics where lines that cannot be read are reported
     */
    RowReader(Lines lines, List<List<Token>> tokens, List<int[]> spans, int notesColumn, List<Diagnostic> diagnostics) {
        this.lines = lines;
        this.tokens = tokens;
        this.spans = spans;
        this.notesColumn = notesColumn;
        this.diagnostics = diagnostics;
    }

    /** The rows of the body, top to bottom. */
    List<Row> read() {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = lines.number(i);
            if (TableReader.isColumnTags(line) || Chars.isTag(TAG, line)) {
                continue;
            }
            if (line.isBlank()) {
                flushPendingAsHeading();
                continue;
            }
            if (RULE.matcher(line).matches()) {
                flushPendingAsHeading();
                ruleSinceLastRow = true;
                continue;
            }
            List<Token> lineTokens = tokens.get(i);
            int firstValue = firstValueToken(lineTokens);
            if (firstValue >= 0 && wordAfter(lineTokens, firstValue) && TableReader.isProse(line)) {
                readProseLine(line, number);
            } else if (firstValue < 0) {
                readTextLine(line, i);
            } else {
                readValueLine(line, i, lineTokens, firstValue);
            }
        }
        flushPendingAsHeading();
        return rows;
    }

    /** Whether a word stands after the first value of a line ("from 2000 to 2001"), as it does in no row. */
    private static boolean wordAfter(List<Token> tokens, int firstValue) {
        for (int t = firstValue + 1; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            if (token.kind() == Token.Kind.TEXT && Character.isLetter(token.text().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reports a line of running text whose numbers happen to stand under the columns ("market share from 2000 to 2001"
     * in a footnote below a table): a long line of many words without wide gaps, with words among its numbers, is prose
     * and not a row, and the text lines above it that were waiting to become a label are the same paragraph.
     */
    private void readProseLine(String line, int number) {
        pending.clear();
        diagnostics.add(new Diagnostic(number, "A line of running text stands among the rows; its numbers were not read"
                + " as values.", line.trim()));
    }

    /** Reads a line without values: a heading, part of a wrapped label, or the end of a header wrapped into the body. */
    private void readTextLine(String line, int index) {
        if (rows.isEmpty() && headings.isEmpty() && pending.isEmpty() && Character.isLowerCase(line.trim().charAt(0))) {
            return;
        }
        if (continuesPreviousRow(line, index)) {
            Row previous = rows.remove(rows.size() - 1);
            rows.add(previous.relabelled(clean(previous.label() + " " + line), previous.section()));
            return;
        }
        String next = index + 1 < lines.size() ? lines.get(index + 1) : "";
        boolean continues = continuesInto(line, next);
        if (pending.isEmpty()) {
            if (!continues) {
                startSection(clean(line), indent(line));
                return;
            }
            pendingIndent = indent(line);
        }
        pending.add(line.trim());
        if (!continues && (!hasValues(index + 1) || clean(line).endsWith(":"))) {
            flushPendingAsHeading();
        }
    }

    private void readValueLine(String line, int index, List<Token> tokens, int firstValue) {
        int number = lines.number(index);
        List<Cell> cells = new ArrayList<>();
        for (int t = firstValue; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            int column = columnOf(token);
            if (column >= 0 && token.hasValue()) {
                cells.add(new Cell(column, token.value(), token.text(), lines.cellLine(index, token.edge())));
            } else if (column >= 0 && token.kind() == Token.Kind.RANGE) {
                diagnostics.add(new Diagnostic(number, "\"" + token.text() + "\" is a range, not one value; it was not"
                        + " stored.", line.trim()));
            } else if (column < 0 && token.kind() != Token.Kind.LEADER && token.kind() != Token.Kind.FOOTNOTE) {
                diagnostics.add(new Diagnostic(number,
                        "\"" + token.text() + "\" stands in the value area but under no column; the row was read without it.",
                        line.trim()));
            }
        }
        String printedLabel = clean(withoutNoteReference(line.substring(0, tokens.get(firstValue).start())));
        int labelIndent = pending.isEmpty() ? indent(line) : pendingIndent;
        if (!pending.isEmpty()) {
            printedLabel = clean(String.join(" ", pending) + " " + printedLabel);
            pending.clear();
        }
        boolean unlabeled = printedLabel.isEmpty();
        if (unlabeled && !ruleSinceLastRow && headings.isEmpty()) {
            diagnostics.add(new Diagnostic(number, "Numbers with no label, no rule and no heading above them; read as"
                    + " an unlabeled total.", line.trim()));
        }
        boolean closesBlock = false;
        if (!unlabeled) {
            while (!headings.isEmpty() && headings.peek().childIndent >= 0 && labelIndent < headings.peek().childIndent) {
                if (ruleSinceLastRow) {
                    closesBlock = true;
                    break;
                }
                headings.pop();
            }
            if (!headings.isEmpty() && headings.peek().childIndent < 0) {
                headings.peek().childIndent = labelIndent;
            }
        }
        headings.forEach(h -> h.hasRows = true);
        String section = section();
        String label = unlabeled ? (section == null ? "Total" : "Total " + section.toLowerCase(Locale.ROOT)) : printedLabel;
        rows.add(new Row(number, label, section, List.copyOf(cells), unlabeled, ruleSinceLastRow, context()));
        ruleSinceLastRow = false;
        if (unlabeled || closesBlock || TOTAL.matcher(printedLabel).matches()) {
            headings.poll();
        }
    }

    /**
     * The label part of a line without what stands in the table's column of note references ("O", "C & R"), when
     * the label ends before that column with a gap of two spaces.
     */
    private String withoutNoteReference(String labelPart) {
        if (notesColumn < 2 || labelPart.length() <= notesColumn || !labelPart.startsWith("  ", notesColumn - 2)) {
            return labelPart;
        }
        return labelPart.substring(0, notesColumn);
    }

    /** Every open heading, outermost first, joined with spaces; null when none is open. */
    private String context() {
        if (headings.isEmpty()) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        headings.descendingIterator().forEachRemaining(h -> texts.add(h.text));
        return String.join(" ", texts);
    }

    /** The innermost open heading, or null. */
    private String section() {
        return headings.isEmpty() ? null : headings.peek().text;
    }

    /**
     * Opens a heading, first closing the open ones it is not nested in: those as prominent or less (by indent and
     * case) that already have rows; a heading with no rows yet is the parent of the next one. A heading ending in a
     * colon ("Earnings per common share:") stays open over its sub-headings without one ("Basic", then "Diluted"): a
     * new sub-heading closes the one before it, not their group.
     */
    private void startSection(String text, int indent) {
        Heading heading = new Heading(text.replaceAll(":$", "").trim(), indent, text.endsWith(":"));
        if (heading.text.isEmpty()) {
            return;
        }
        boolean closedSubHeading = false;
        while (!headings.isEmpty() && headings.peek().rank() >= heading.rank() && headings.peek().hasRows) {
            if (closedSubHeading && headings.peek().group && !heading.group) {
                break;
            }
            closedSubHeading = !headings.pop().group;
        }
        headings.push(heading);
    }

    private void flushPendingAsHeading() {
        if (!pending.isEmpty()) {
            startSection(clean(String.join(" ", pending)), pendingIndent);
            pending.clear();
        }
    }

    /**
     * A heading over rows: its text, its indent, whether it ended in a colon (a group over sub-headings), the indent
     * of its first row once seen (-1 before), and whether any row, its own or a sub-heading's, stands under it yet.
     */
    private static final class Heading {
        final String text;
        final int indent;
        final boolean group;
        int childIndent = -1;
        boolean hasRows;

        Heading(String text, int indent, boolean group) {
            this.text = text;
            this.indent = indent;
            this.group = group;
        }

        /** Outer headings rank lower: less indented, and in capitals before mixed case. */
        int rank() {
            return indent * 2 + (isAllCaps(text) ? 0 : 1);
        }
    }

    /** Whether a text is in capitals, note references aside ("AMOUNTS PER SHARE (Note 1)"). */
    private static boolean isAllCaps(String text) {
        String words = NOTE_REFERENCE.matcher(text).replaceAll("");
        return words.equals(words.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether a text line ends the label of the row printed just above it, wrapped after its values: that label ends
     * with a connector ("of", "and", ",") and this line follows it directly.
     */
    private boolean continuesPreviousRow(String line, int index) {
        if (!pending.isEmpty() || rows.isEmpty() || index == 0 || rows.get(rows.size() - 1).line() != lines.number(index - 1)) {
            return false;
        }
        Row previous = rows.get(rows.size() - 1);
        return !previous.unlabeledTotal() && endsWithConnector(previous.label()) && !clean(line).endsWith(":");
    }

    /** Whether a text line is the first part of a label continued on the next line, rather than a heading. */
    private static boolean continuesInto(String line, String next) {
        if (next.isBlank() || RULE.matcher(next).matches() || TableReader.isColumnTags(next)
                || Chars.isTag(TAG, next)) {
            return false;
        }
        String text = clean(line);
        if (text.endsWith(":")) {
            return false;
        }
        String trimmedNext = next.trim();
        if (Character.isLowerCase(trimmedNext.charAt(0)) || trimmedNext.startsWith("(") || endsWithConnector(text)) {
            return true;
        }
        boolean allCaps = isAllCaps(text);
        int hanging = indent(next) - indent(line);
        if (allCaps) {
            return trimmedNext.equals(trimmedNext.toUpperCase(Locale.ROOT)) && (hanging == 1 || hanging == 2);
        }
        return hanging <= 1 && !isShortRowLabel(trimmedNext);
    }

    /**
     * Whether a line starts with a short capitalised label before wide space ("Basic      $.55"): the row under a
     * heading such as "Earnings Per Common Share", not the end of a wrapped label.
     */
    private static boolean isShortRowLabel(String trimmedLine) {
        String label = trimmedLine.split("\\s{2,}|\\.{2,}", 2)[0].trim();
        return !label.isEmpty() && Character.isUpperCase(label.charAt(0)) && label.split("\\s+").length <= 2
                && trimmedLine.length() > label.length() + 1 && !label.endsWith(",");
    }

    private static boolean endsWithConnector(String text) {
        if (text.endsWith(",") || text.endsWith("-") || text.endsWith("&") || text.endsWith("(")) {
            return true;
        }
        String[] words = text.split("\\s+");
        return CONNECTORS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /** Whether body line {@code index} holds values; false past the last line. */
    private boolean hasValues(int index) {
        return index < lines.size() && !lines.get(index).isBlank() && firstValueToken(tokens.get(index)) >= 0;
    }

    /** Index of the first token that stands in a value column, or -1 when the line holds no values. */
    private int firstValueToken(List<Token> tokens) {
        if (spans.isEmpty()) {
            return -1;
        }
        int valueArea = spans.get(0)[0];
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            if (token.isNumeric() && columnOf(token) >= 0 && token.start() >= valueArea - 1) {
                return firstInValueArea(tokens, t, valueArea);
            }
        }
        return -1;
    }

    /**
     * Steps back from a token in a column over other numbers already inside the value area, and over ranges that stand
     * in a column though they reach left of the numbers under it.
     */
    private int firstInValueArea(List<Token> tokens, int index, int valueArea) {
        int first = index;
        while (first > 0 && tokens.get(first - 1).isNumeric() && (tokens.get(first - 1).start() >= valueArea
                || (tokens.get(first - 1).kind() == Token.Kind.RANGE && columnOf(tokens.get(first - 1)) >= 0))) {
            first--;
        }
        return first;
    }

    /**
     * The column a token stands in: the one whose right edges its own edge meets, or, for a dash printed short of
     * that edge (centred, or set left of a "$" sign), the one whose numbers it stands within; -1 for none.
     */
    private int columnOf(Token token) {
        if (!token.isNumeric()) {
            return -1;
        }
        for (int c = 0; c < spans.size(); c++) {
            int[] span = spans.get(c);
            if (token.edge() >= span[1] - 1 && token.edge() <= span[2] + 1) {
                return c;
            }
        }
        if (token.kind() == Token.Kind.DASH) {
            for (int c = 0; c < spans.size(); c++) {
                int[] span = spans.get(c);
                if (token.start() >= span[0] && token.edge() < span[1]) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** A label as printed: leaders, a trailing "$" and runs of spaces removed. */
    static String clean(String text) {
        String label = text.contains("- -") ? LEADING_DASHES.matcher(text).replaceAll("") : text;
        if (label.indexOf('.') >= 0 || label.indexOf('_') >= 0 || label.indexOf('\u00b7') >= 0) {
            label = LEADERS.matcher(label).replaceAll(" ");
        }
        label = label.stripTrailing();
        if (label.endsWith("$")) {
            label = label.substring(0, label.length() - 1);
        }
        return Spaces.collapse(label).trim();
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }
}
