package org.exhibit.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the {@code <TABLE>} blocks of a document and reads each into a {@link Table}. */
final class TableReader {

    private static final Pattern TABLE_START = Pattern.compile("(?i)\\s*<TABLE\\b[^>]*>.*");
    private static final Pattern TABLE_END = Pattern.compile("(?i)\\s*</TABLE>.*");
    private static final Pattern CAPTION = Pattern.compile("(?i)\\s*<CAPTION>.*");
    private static final Pattern TITLE_STOP = Pattern.compile("(?i)\\s*(</?TABLE\\b.*|<PAGE>.*)");
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\s*(-\\s*)?(\\d{1,3}|[ivxlc]{1,6})(\\s*-)?\\s*|\\s*(page|f-)\\s*\\d+.*",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_TITLE_LINES = 8;
    /** How many lines of labels and headings may split one statement into two tables without tags. */
    private static final int LABEL_LINES = 12;
    /** How many lines of prose in a row make a paragraph that no table holds. */
    private static final int PARAGRAPH_LINES = 4;
    /** A line that opens with a scale ("In millions, except ...", "(Dollars in thousands"). */
    private static final Pattern SCALE_FIRST = Pattern.compile(
            "(?i)\\(?\\s*(?:(?:\\$|dollars|amounts)\\s+)?in\\s+(?:thousands|millions|billions)\\b");
    private static final Pattern PAGE_TAG = Pattern.compile("(?i)\\s*<PAGE>.*");
    /** How many lines above a table are searched for the top of its page: more than a printed page holds. */
    private static final int PAGE_LINES = 120;
    /** How many lines with words at the top of a page make its running heading (company, section, scale). */
    private static final int PAGE_HEADING_LINES = 4;
    /** How many short headings may stand between two tables that share a scale. */
    private static final int MAX_HEADINGS_BETWEEN = 2;
    /** How many lines with words above a table are searched for the heading of the section it stands in. */
    private static final int HEADING_LINES = 20;
    /** How many distinct ends of periods of one length make a table a summary of years or quarters, not a statement. */
    private static final int SUMMARY_PERIODS = 4;
    /** A title that calls its table a statement or a balance sheet, as financial statements' titles do. */
    private static final Pattern NAMES_A_STATEMENT = Pattern.compile("(?i)\\bstatements?\\b|\\bbalance sheets?\\b");
    private static final Pattern NOTES_HEADING = Pattern.compile("(?i)(?<=\\s{2})notes?\\b(?=\\s{2}|$)");

    private TableReader() {
    }

    /**
     * Every table of a document of type {@code exhibit}, in order: the {@code <TABLE>} blocks, then the tables laid
     * out without tags in the text between them; {@code calendar} holds the dates the document prints in its headers
     * and {@code yearEnd} the end of the year an annual report covers, or null (see {@link HeaderReader}). Problems go
     * to {@code diagnostics}.
     */
    static List<Table> read(Lines lines, String exhibit, List<java.time.LocalDate> calendar, java.time.LocalDate yearEnd,
                            List<Diagnostic> diagnostics) {
        List<Table> tables = new ArrayList<>();
        boolean[] tagged = new boolean[lines.size()];
        Table previous = null;
        int previousEnd = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!Chars.isTag(TABLE_START, "<TABLE", lines.get(i))) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !Chars.isTag(TABLE_END, "</TABLE>", lines.get(end))) {
                end++;
            }
            if (end == lines.size()) {
                diagnostics.add(new Diagnostic(lines.number(i), "<TABLE> is never closed; read to the end of the file.",
                        lines.get(i).trim()));
            }
            int paragraph = paragraphStart(lines, i, end);
            if (paragraph >= 0) {
                end = paragraph;
                java.util.Arrays.fill(tagged, i, end, true);
            } else {
                java.util.Arrays.fill(tagged, i, Math.min(end + 1, lines.size()), true);
            }
            Table continued = previous != null && onlyTitleBetween(lines, previousEnd, i) ? previous : null;
            Scale scaleAbove = previous != null && onlyHeadingsBetween(lines, previousEnd, i) ? previous.scale() : null;
            Table adjacent = previous != null && onlyBlanksBetween(lines, previousEnd, i) ? previous : null;
            Table table = readTagged(lines, i, end, exhibit, new Context(calendar, yearEnd, continued, scaleAbove,
                    headingsAbove(lines, i, previousEnd), adjacent), diagnostics);
            if (table != null) {
                tables.add(table);
            }
            previous = table;
            previousEnd = end;
            i = end;
        }
        Table above = null;
        int aboveEnd = -1;
        for (UntaggedTables.Block block : UntaggedTables.find(lines, tagged)) {
            Table headless = above != null && onlyLabelsBetween(lines, aboveEnd, block.headerFrom()) ? above : null;
            Table table = build(lines, block.bodyFrom(), lines.text().subList(block.headerFrom(), block.bodyFrom()),
                    title(lines, block.headerFrom()), lines.slice(block.bodyFrom(), block.bodyTo()), exhibit,
                    new Context(calendar, yearEnd, null, null, headingsAbove(lines, block.headerFrom(), -1), headless),
                    diagnostics);
            if (table != null) {
                tables.add(table);
            }
            above = table;
            aboveEnd = block.bodyTo() - 1;
        }
        tables.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return tables;
    }

    /**
     * Where a paragraph of running text begins inside a {@code <TABLE>} block that runs from {@code open} to
     * {@code close}, after its column tags: {@link #PARAGRAPH_LINES} lines of prose in a row, which no table holds but
     * which a filing whose {@code </TABLE>} was left out until a later table does (the notes after a statement). The
     * table ends there, and what follows is read as the text between tables. -1 when there is none.
     */
    static int paragraphStart(Lines lines, int open, int close) {
        int from = open + 1;
        for (int i = open + 1; i < close; i++) {
            if (isColumnTags(lines.get(i))) {
                from = i + 1;
                break;
            }
        }
        int run = 0;
        for (int i = from; i < close; i++) {
            run = isProse(lines.get(i)) ? run + 1 : 0;
            if (run == PARAGRAPH_LINES) {
                return i - PARAGRAPH_LINES + 1;
            }
        }
        return -1;
    }

    /**
     * Whether a line is only {@code <S>}/{@code <C>} column tags (at least one) and spaces; read character by
     * character, since a repeated group in a pattern recurses once a repetition and overflows the stack on a line of
     * thousands of tags.
     */
    static boolean isColumnTags(String line) {
        boolean tag = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (" \t\n\u000B\f\r".indexOf(c) >= 0) {
                i++;
            } else if (c == '<' && i + 2 < line.length() && "SCsc".indexOf(line.charAt(i + 1)) >= 0
                    && line.charAt(i + 2) == '>') {
                tag = true;
                i += 3;
            } else {
                return false;
            }
        }
        return tag;
    }

    /**
     * A {@code <TABLE>} block: title lines inside it before {@code <CAPTION>}, header lines up to the line of
     * {@code <S>}/{@code <C>} tags (or the first line of values), then the body.
     */
    private static Table readTagged(Lines lines, int open, int close, String exhibit, Context context,
                                    List<Diagnostic> diagnostics) {
        int bodyStart = -1;
        for (int i = open + 1; i < close; i++) {
            if (isColumnTags(lines.get(i))) {
                bodyStart = i + 1;
                break;
            }
        }
        int headerEnd = bodyStart < 0 ? UntaggedTables.firstValueLine(lines, open + 1, close) : bodyStart - 1;
        bodyStart = bodyStart < 0 ? headerEnd : bodyStart;
        int headerStart = open + 1;
        List<String> title = new ArrayList<>(title(lines, open));
        for (int i = open + 1; i < headerEnd; i++) {
            if (Chars.isTag(CAPTION, "<CAPTION>", lines.get(i))) {
                lines.text().subList(open + 1, i).stream().filter(l -> !l.isBlank()).forEach(title::add);
                headerStart = i + 1;
                break;
            }
        }
        List<String> header = lines.text().subList(headerStart, Math.max(headerStart, headerEnd));
        return build(lines, open, header, title, lines.slice(bodyStart, close), exhibit, context, diagnostics);
    }

    /**
     * What a table is read with besides its own lines: the document's calendar, the end of the year an annual report
     * covers (or null), the statement table it may continue on a new page (or null), and the scale of the table just
     * above it with nothing but short headings between (or null), which a table stating no scale of its own shares,
     * as the tables under one note's heading share the "(in millions)" it prints once, and the headings above it
     * (see {@link #headingsAbove}), and the table just above it with only short headings between (without tags) or
     * only blank lines between (tagged), or null, whose columns a table that dates none of its own continues.
     */
    private record Context(List<java.time.LocalDate> calendar, java.time.LocalDate yearEnd, Table continued,
                           Scale scaleAbove, String headings, Table above) {
    }

    /**
     * The headings (see {@link #isHeading}) among the {@link #HEADING_LINES} last lines with words above line
     * {@code open}, after line {@code floor} and below any earlier table tag or page break: the section a table stands
     * in ("Item 6. Selected Financial Data", "Note 20 - Parent Company Only Financial Information").
     */
    private static String headingsAbove(Lines lines, int open, int floor) {
        List<String> headings = new ArrayList<>();
        int seen = 0;
        for (int i = open - 1; i > floor && seen < HEADING_LINES; i--) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (Chars.isTag(TITLE_STOP, line)) {
                break;
            }
            seen++;
            if (isHeading(line)) {
                headings.add(0, line.trim());
            }
        }
        return String.join(" / ", headings);
    }

    /**
     * Whether only blank lines and at most {@link #MAX_HEADINGS_BETWEEN} short headings ("INTEREST AND OTHER INCOME
     * (EXPENSE)") stand between the end of one table and the start of the next: no running text, no page break, and
     * no title of a statement ("STATEMENTS OF CASH FLOWS" begins another statement, whose scale is its own).
     */
    private static boolean onlyHeadingsBetween(Lines lines, int previousEnd, int open) {
        int headings = 0;
        for (int i = previousEnd + 1; i < open; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (++headings > MAX_HEADINGS_BETWEEN || isProse(line) || isSentence(line) || line.trim().length() > 60
                    || PAGE_NUMBER.matcher(line).matches() || Chars.isTag(TITLE_STOP, line)
                    || NAMES_A_STATEMENT.matcher(line).find()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether nothing but blank lines stands between the end of one table and the start of the next, as between the
     * assets and the "LIABILITIES AND SHAREHOLDERS' EQUITY" of one balance sheet printed as two {@code <TABLE>}s.
     */
    private static boolean onlyBlanksBetween(Lines lines, int previousEnd, int open) {
        for (int i = previousEnd + 1; i < open; i++) {
            if (!lines.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether only labels and headings stand between the end of one table and the start of the next: at most
     * {@link #LABEL_LINES} lines, no running text, sentence, page number or page break, as between the parts of
     * one statement that a heading and the wrapped labels under it ("Preferred stock, $2 convertible series:") split.
     */
    private static boolean onlyLabelsBetween(Lines lines, int previousEnd, int open) {
        if (open - previousEnd - 1 > LABEL_LINES) {
            return false;
        }
        for (int i = previousEnd + 1; i < open; i++) {
            String line = lines.get(i);
            if (!line.isBlank() && (isProse(line) || isSentence(line) || PAGE_NUMBER.matcher(line).matches()
                    || Chars.isTag(TITLE_STOP, line))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a page break or page number and, besides, only a short title of two lines at most stand between two
     * tables: the second may then be the next page of the first.
     */
    private static boolean onlyTitleBetween(Lines lines, int previousEnd, int open) {
        int text = 0;
        boolean newPage = false;
        for (int i = previousEnd + 1; i < open; i++) {
            String line = lines.get(i);
            if (PAGE_NUMBER.matcher(line).matches() || TITLE_STOP.matcher(line).matches()) {
                newPage |= !line.isBlank();
                continue;
            }
            if (!line.isBlank() && (++text > 2 || isProse(line) || isSentence(line))) {
                return false;
            }
        }
        return newPage;
    }

    /**
     * A table from its header lines, title lines and body lines; null when the body has no columns of numbers. When
     * the header dates no column, the title lines are read as the header, for tables whose header stands above the
     * {@code <TABLE>} tag. A table that names no statement and states no scale, on the page after a statement with as
     * many columns, continues that statement: its kind, scale and title are the statement's, its own title added
     * ("Non-Technical Account" after AEGON's "Consolidated Income Statements"). Only a table whose title calls it a
     * statement or balance sheet and states its scale has years alone over its columns dated by the year an annual
     * report covers: elsewhere a bare year may head a ten-year summary whose scale is printed in the prose above.
     */
    private static Table build(Lines lines, int start, List<String> header, List<String> titleLines, Lines body,
                               String exhibit, Context context, List<Diagnostic> diagnostics) {
        List<List<Token>> bodyTokens = body.text().stream().map(Tokenizer::tokens).toList();
        List<int[]> spans = ColumnFinder.find(bodyTokens);
        if (spans.isEmpty()) {
            reportUnread(body, diagnostics);
            return null;
        }
        String title = String.join(" / ", titleLines.stream().map(l -> Spaces.collapse(l.trim())).toList());
        if (HeaderReader.marks(header).stream().noneMatch(HeaderReader.Mark::datesAColumn)) {
            List<String> combined = new ArrayList<>(titleLines);
            combined.addAll(header);
            header = combined;
        }
        String headerText = String.join(" ", header);
        StatementKind kind = StatementKind.fromTitle(title);
        boolean titled = isStatement(kind) && NAMES_A_STATEMENT.matcher(title).find();
        if (kind == StatementKind.OTHER) {
            kind = StatementKind.fromTitle(headerText);
        }
        Scale scale = ScaleReader.scale(title + " " + headerText);
        Table continued = context.continued();
        if (continued != null && kind == StatementKind.OTHER && scale.phrase().isEmpty()
                && isStatement(continued.kind()) && continued.columns().size() == spans.size()) {
            kind = continued.kind();
            scale = continued.scale();
            title = title.isEmpty() ? continued.title() : continued.title() + " / " + title;
            titled = NAMES_A_STATEMENT.matcher(title).find();
        }
        List<Column> columns = HeaderReader.columns(spans, header, title, kind, context.calendar(),
                titled && !scale.phrase().isEmpty() ? context.yearEnd() : null);
        boolean ownScale = !scale.phrase().isEmpty();
        if (!ownScale && context.scaleAbove() != null) {
            scale = context.scaleAbove();
        }
        Table above = context.above();
        boolean continuesAbove = false;
        if (above != null && isStatement(above.kind()) && !ownScale && undated(columns)
                && aligned(columns, above.columns())) {
            columns = datedAs(columns, above.columns());
            continuesAbove = true;
            kind = above.kind();
            scale = above.scale();
            title = title.isEmpty() ? above.title() : above.title() + " / " + title;
        }
        if (scale.phrase().isEmpty()) {
            scale = pageHeadingScale(lines, start, scale);
        }
        List<Row> rows = new RowReader(body, bodyTokens, spans, notesColumn(header, spans.get(0)[0]), diagnostics).read();
        if (kind == StatementKind.BALANCE && !continuesAbove) {
            rows = BalanceTotals.name(rows);
        }
        for (Column column : columns) {
            if (column.period() == null && column.role() == Column.Role.PERIOD) {
                diagnostics.add(new Diagnostic(lines.number(start), "Column " + (column.index() + 1)
                        + " of the table has no complete period (date and duration) in its header; its numbers were not"
                        + " stored as facts.", title));
            }
        }
        return new Table(lines.number(start), exhibit, title, kind, scope(title, headerText, context.headings(), kind,
                columns), scale, columns, rows);
    }

    /**
     * The scale stated in the running heading of the page a table stands on, else {@code none}: a line among the
     * first {@link #PAGE_HEADING_LINES} lines with words after the {@code <PAGE>} tag just above the table (at most
     * {@link #PAGE_LINES} lines up) that states a
     * scale ("(dollars in millions)" under "NOTES TO CONSOLIDATED FINANCIAL STATEMENTS"), before any running text. A
     * table stating no scale of its own is printed in the scale its page heading states.
     */
    static Scale pageHeadingScale(Lines lines, int start, Scale none) {
        int page = start - 1;
        while (page >= 0 && start - page <= PAGE_LINES && !Chars.isTag(PAGE_TAG, "<PAGE>", lines.get(page))) {
            page--;
        }
        if (page < 0 || start - page > PAGE_LINES) {
            return none;
        }
        int seen = 0;
        for (int i = page + 1; i < start && seen < PAGE_HEADING_LINES; i++) {
            String line = lines.get(i);
            if (line.isBlank() || PAGE_NUMBER.matcher(line).matches()) {
                continue;
            }
            if (isProse(line) || isSentence(line)) {
                return none;
            }
            seen++;
            if (statesScale(line)) {
                Scale stated = ScaleReader.scale(line);
                return stated.phrase().isEmpty() ? none : stated;
            }
        }
        return none;
    }

    /**
     * What a table covers: the scope its title names, else its header, else the headings above it may name a parent company, pro forma or
     * selected figures but not a segment or the consolidated company, which running sections name in passing, unless
     * its title names a statement; and a table whose title names no statement nor another scope and that has {@link #SUMMARY_PERIODS} or more periods
     * of one length, ending on different days, is a summary of years or quarters: selected data.
     */
    private static Scope scope(String title, String header, String headings, StatementKind kind, List<Column> columns) {
        Scope named = Scope.named(title);
        named = named != null ? named : Scope.named(header);
        boolean statement = NAMES_A_STATEMENT.matcher(title).find();
        if ((named == null || named == Scope.CONSOLIDATED) && !statement && isSummary(columns)) {
            return Scope.SELECTED;
        }
        if (named == null && !statement) {
            Scope section = Scope.named(headings);
            named = section == Scope.SEGMENT || section == Scope.CONSOLIDATED ? null : section;
        }
        return Scope.of(named, kind);
    }

    /** Whether columns give {@link #SUMMARY_PERIODS} or more different ends to periods of one length. */
    private static boolean isSummary(List<Column> columns) {
        java.util.Map<Integer, java.util.Set<java.time.LocalDate>> ends = new java.util.HashMap<>();
        for (Column column : columns) {
            if (column.period() != null) {
                ends.computeIfAbsent(column.period().months(), m -> new java.util.HashSet<>()).add(column.period().end());
            }
        }
        return ends.values().stream().anyMatch(e -> e.size() >= SUMMARY_PERIODS);
    }

    /** Whether no column of periods has its period. */
    private static boolean undated(List<Column> columns) {
        return columns.stream().noneMatch(c -> c.period() != null)
                && columns.stream().anyMatch(c -> c.role() == Column.Role.PERIOD);
    }

    /**
     * Whether every dated column of the table above has a column of this one ending within two characters of it, as
     * the part of a statement below a heading ("STOCKHOLDERS' EQUITY") that splits it in two has.
     */
    private static boolean aligned(List<Column> columns, List<Column> above) {
        return !above.isEmpty() && above.stream().allMatch(a -> a.period() != null && below(a, columns) != null);
    }

    /** The column ending within two characters of {@code a}, or null. */
    private static Column below(Column a, List<Column> columns) {
        return columns.stream().filter(c -> Math.abs(c.end() - a.end()) <= 2).findFirst().orElse(null);
    }

    /**
     * The columns with the periods, headings and roles of the columns above them; a column under none (numbers of a
     * wrapped label, "37,302,343 common shares") keeps no period.
     */
    private static List<Column> datedAs(List<Column> columns, List<Column> above) {
        List<Column> dated = new ArrayList<>(columns);
        for (Column a : above) {
            Column c = below(a, columns);
            dated.set(columns.indexOf(c), new Column(c.index(), c.start(), c.end(), a.period(), a.heading(), a.role(),
                    a.measure()));
        }
        return dated;
    }

    private static boolean isStatement(StatementKind kind) {
        return kind == StatementKind.INCOME || kind == StatementKind.BALANCE || kind == StatementKind.CASHFLOW;
    }

    /**
     * Where a column of note references starts: the position of a "Notes" heading left of the first column of values
     * (IBM prints "Notes  1997  1996" and a note letter beside each label); -1 when the header has none.
     */
    static int notesColumn(List<String> header, int valueArea) {
        for (String line : header) {
            if (!Chars.asciiLower(line).contains("note")) {
                continue;
            }
            Matcher m = NOTES_HEADING.matcher(line);
            while (m.find()) {
                if (m.start() > 0 && m.end() < valueArea) {
                    return m.start();
                }
            }
        }
        return -1;
    }

    /**
     * The title block just above a table: the short lines above it, across single blank lines, up to a page break,
     * a page number, an earlier table, a paragraph of prose (but for a long line that starts by naming a statement)
     * or two blank lines.
     */
    private static List<String> title(Lines lines, int open) {
        List<String> title = new ArrayList<>();
        int blanks = 0;
        for (int i = open - 1; i >= 0 && title.size() < MAX_TITLE_LINES; i--) {
            String line = lines.get(i);
            if (line.isBlank()) {
                if (++blanks >= 2 && !title.isEmpty()) {
                    break;
                }
                continue;
            }
            if (Chars.isTag(TITLE_STOP, line) || PAGE_NUMBER.matcher(line).matches()
                    || (isProse(line) && !namesAStatementFirst(line) && !statesScale(line)) || isSentence(line)) {
                break;
            }
            blanks = 0;
            title.add(0, line);
        }
        return title;
    }

    /**
     * Whether a line starts with a scale ("In millions, except per common share and selected data and financial
     * ratios") or ends with one in parentheses ("Note 3 - Consolidated Financial Statement Details (in millions)"), as
     * a heading over tables does and running text does not.
     */
    static boolean statesScale(String line) {
        String trimmed = line.trim();
        int open = trimmed.lastIndexOf('(');
        return SCALE_FIRST.matcher(trimmed).lookingAt()
                || trimmed.endsWith(")") && open >= 0 && !ScaleReader.scale(trimmed.substring(open)).phrase().isEmpty();
    }

    /**
     * Whether a line starts by naming a statement in three capitalised words ("Consolidated Balance Sheets at December
     * 31 (after profit appropriation)") and does not end with a colon, as a long title does and running text rarely
     * does.
     */
    static boolean namesAStatementFirst(String line) {
        String[] words = line.trim().split("\\s+", 4);
        if (words.length < 3 || line.trim().endsWith(":")) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            if (!Character.isUpperCase(words[i].charAt(0))) {
                return false;
            }
        }
        return StatementKind.fromTitle(words[0] + " " + words[1] + " " + words[2]) != StatementKind.OTHER;
    }

    /**
     * Whether a line reads as a heading: short, no sentence nor running text, and in capitals or with most of its
     * longer words capitalised ("Note 20 - Parent Company Only Financial Information"), as a line of a narrow
     * paragraph ("remitted to the parent company. Exclusive of amounts that") is not.
     */
    static boolean isHeading(String line) {
        String trimmed = line.trim();
        if (trimmed.length() > 100 || isProse(line) || isSentence(line) || trimmed.endsWith(",")) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (String word : trimmed.split("[\\s/]+")) {
            String letters = word.replaceAll("^[^\\p{Alnum}]+", "");
            if (letters.length() > 3) {
                words++;
                capitalised += Character.isLowerCase(letters.charAt(0)) ? 0 : 1;
            }
        }
        return words > 0 && capitalised * 10 >= words * 7;
    }

    /** Whether a line ends a sentence of several words, as titles do not. */
    static boolean isSentence(String line) {
        String trimmed = line.trim();
        return trimmed.endsWith(".") && trimmed.split("\\s+").length >= 5;
    }

    /**
     * Whether a line reads as running text rather than a title or a table line: long, many words, no wide gaps, not
     * centred and not a parenthetical such as "(Unaudited, in millions of dollars except per share amounts)".
     */
    static boolean isProse(String line) {
        if (line.length() < 60) {
            return false;
        }
        String trimmed = line.trim();
        if (trimmed.length() < 60 || trimmed.contains("   ")) {
            return false;
        }
        int indent = line.indexOf(trimmed.substring(0, 1));
        return indent <= 8 && !trimmed.startsWith("(") && words(trimmed) >= 9;
    }

    /** How many pieces {@code split("\\s+")} cuts a trimmed, non-empty text into: its runs of whitespace plus one. */
    private static int words(String trimmed) {
        int words = 1;
        for (int i = 1; i < trimmed.length(); i++) {
            if (isSpace(trimmed.charAt(i)) && !isSpace(trimmed.charAt(i - 1))) {
                words++;
            }
        }
        return words;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    private static void reportUnread(Lines body, List<Diagnostic> diagnostics) {
        for (int i = 0; i < body.size(); i++) {
            List<Token> tokens = Tokenizer.tokens(body.get(i));
            if (tokens.stream().anyMatch(t -> t.kind() == Token.Kind.NUMBER)) {
                diagnostics.add(new Diagnostic(body.number(i),
                        "Numbers in a table whose columns could not be found; line not read.", body.get(i).trim()));
            }
        }
    }
}
