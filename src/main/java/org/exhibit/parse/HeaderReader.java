package org.exhibit.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what each value column of a table measures from the header lines above it and the table's title: the date
 * over it (whole, or a year under it completed by a month and day printed elsewhere), the duration over a group of
 * columns, or a word saying the column is a change or a percentage rather than a period.
 */
final class HeaderReader {

    private static final String MONTH = DateWords.MONTH;
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\b");
    private static final Pattern WORDED_DATE = Pattern.compile(
            "\\b" + MONTH + "[ \\t]{1,3}(\\d{1,2})(?:,[ \\t]{0,3}|[ \\t]{1,3})(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "[ \\t]{1,3}(\\d{1,2})\\b(?!(?:,[ \\t]{0,3}|[ \\t]{1,3})\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "\\b(January|February|March|April|June|July|August|September|October|November|December)\\b(?!\\s+\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/,.$-])(19[5-9]\\d|20[0-4]\\d)(?![\\d/,.%])");
    private static final Pattern DURATION = Pattern.compile(
            "\\b(three|six|nine|twelve|thirteen|twenty[- ]six|thirty[- ]nine|fifty[- ]two|fifty[- ]three|\\d{1,2})"
                    + "[- ]+(months?|weeks?)\\b(?:\\s+(?:ended|ending))?|\\b(year|quarter|fiscal year)s?\\s+(?:ended|ending)\\b"
                    + "|\\b(first|second|third|fourth|1st|2nd|3rd|4th)[ \\t]+(?:fiscal[ \\t]+)?quarter\\b|\\b(full[- ]year)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGE = Pattern.compile(
            "\\bchange\\b|increase\\s*/?\\s*\\(?decrease\\)?|\\bvariance\\b|\\bdifference\\b|\\binc\\.?\\s*\\(dec\\.?\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INCEPTION = Pattern.compile("\\binception\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("%|\\bpercent(age)?\\b|\\bpct\\.?", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> COUNT_WORDS = Map.ofEntries(
            Map.entry("three", 3), Map.entry("six", 6), Map.entry("nine", 9), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("twenty six", 26), Map.entry("thirty nine", 39),
            Map.entry("fifty two", 52), Map.entry("fifty three", 53));
    /** The first three letters of each month, in lower case, packed in an int: the cheap pre-check of {@link #MONTH}. */
    private static final int[] MONTH_KEYS = java.util.stream.IntStream.rangeClosed(1, 12)
            .mapToObj(m -> java.time.Month.of(m).name().toLowerCase(Locale.ROOT))
            .mapToInt(m -> (m.charAt(0) << 16) | (m.charAt(1) << 8) | m.charAt(2)).toArray();
    private static final Pattern ENDED = Pattern.compile("(?i)\\b(year|quarter|period|months|weeks) ended\\s*$");
    private static final Pattern FISCAL_YEAR_ENDED = Pattern.compile("(?i)\\bfiscal year ended\\b");
    /** The words over a column of rates rather than amounts ("Average Yield", "Weighted Average Interest Rate"). */
    private static final Pattern RATE = Pattern.compile("(?i)\\b(?:yields?|rates?)\\W*$");
    /** A table's scale printed among its column headings ("(In millions, except interest rates)"). */
    private static final Pattern SCALE_WORDS = Pattern.compile(
            "(?i)\\(?\\b(?:(?:dollars|amounts|\\$)\\s+)?(?:in\\s+)?(?:millions|thousands|billions)\\b[^()]*\\)?");
    /** The words over a column of the years after the last one the table names. */
    private static final Pattern BEYOND = Pattern.compile("(?i)thereafter|beyond|later|after");
    /** The word over a table of contents' column of page numbers. */
    private static final Pattern PAGE = Pattern.compile("(?i)pages?");
    /** The words over a column that adds up the periods before it. */
    private static final Pattern TOTAL = Pattern.compile("(?i)total");
    /** A month's name, whole or cut short, which says when a column is, not what it measures. */
    private static final Pattern MONTH_WORD = Pattern.compile("(?i)\\b" + MONTH);
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}&/().'-]+");
    private static final Pattern LOOSE_ENDS = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}).]+$");
    private static final Pattern PHRASE = Pattern.compile("\\S+(?: \\S+)*");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\((?:[a-zA-Z]|\\d{1,2})\\)|\\*+|\\$");
    /** Words that say when a column's period is, or how sure its figures are, not what it measures. */
    private static final Pattern PERIOD_WORDS = Pattern.compile("(?i)\\b(?:fiscal|years?|quarters?|months?|weeks?|periods?"
            + "|ended|ending|end|as of|at|for the|for|of|the|from|through|to|and|in|un-?audited|audited|restated|as|"
            + "\\d+)\\b");
    /** How far down a file its cover page is looked for. */
    private static final int COVER_LINES = 200;
    /** A date or year printed further than this from a column's centre does not head that column. */
    static final int MAX_DISTANCE = 16;

    private HeaderReader() {
    }

    /** What a mark in the header says. */
    enum Kind { DATE, YEAR, MONTH_DAY, DURATION, CHANGE, PERCENT, INCEPTION }

    /**
     * Something read from the header with its horizontal extent: a date, a year, a month and day (day 0 for the
     * month's last day), a duration in months, or a word naming a change or percentage column.
     */
    record Mark(Kind kind, int start, int end, LocalDate date, int year, int month, int day, int months, String text) {
        int centre() {
            return (start + end) / 2;
        }

        /** Whether the mark can date a column by standing over it: a date or a year. */
        boolean datesAColumn() {
            return kind == Kind.DATE || kind == Kind.YEAR;
        }
    }

    /**
     * Every mark in the given lines; in the title, positions mean nothing and only the order counts. Each pattern is
     * tried only on lines holding what all its matches hold (a month's first letters, a slash, "19" or "20", ...).
     */
    static List<Mark> marks(List<String> lines) {
        List<Mark> marks = new ArrayList<>();
        for (String line : lines) {
            String lower = Chars.asciiLower(line);
            boolean month = hasMonthStart(line);
            List<int[]> taken = new ArrayList<>();
            addDates(marks, taken, line, month);
            Matcher m;
            if (month) {
                m = MONTH_DAY.matcher(line);
                while (m.find()) {
                    if (free(taken, m)) {
                        marks.add(new Mark(Kind.MONTH_DAY, m.start(), m.end(), null, 0, month(m.group(1)),
                                Integer.parseInt(m.group(2)), 0, m.group()));
                    }
                }
                m = MONTH_ALONE.matcher(line);
                while (m.find()) {
                    if (free(taken, m)) {
                        marks.add(new Mark(Kind.MONTH_DAY, m.start(), m.end(), null, 0, month(m.group(1)), 0, 0, m.group()));
                    }
                }
            }
            if (line.contains("19") || line.contains("20")) {
                m = YEAR.matcher(line);
                while (m.find()) {
                    if (free(taken, m)) {
                        marks.add(new Mark(Kind.YEAR, m.start(), m.end(), null, Integer.parseInt(m.group()), 0, 0, 0, m.group()));
                    }
                }
            }
            if (Chars.containsAny(lower, "month", "week", "end", "quarter", "full year", "full-year")) {
                m = DURATION.matcher(line);
                while (m.find()) {
                    int months = months(m);
                    if (months > 0) {
                        marks.add(new Mark(Kind.DURATION, m.start(), m.end(), null, 0, 0, 0, months, m.group()));
                    }
                }
            }
            if (line.indexOf('%') >= 0 || Chars.containsAny(lower, "percent", "pct")) {
                addWords(marks, line, PERCENT, Kind.PERCENT);
            }
            if (Chars.containsAny(lower, "change", "variance", "difference", "inc")) {
                addWords(marks, line, CHANGE, Kind.CHANGE);
            }
            if (lower.contains("inception")) {
                addWords(marks, line, INCEPTION, Kind.INCEPTION);
            }
        }
        return marks;
    }

    /**
     * Adds the whole dates of a line ({@link Kind#DATE} marks), numeric first, to {@code marks} and {@code taken}. A
     * worded date is matched only where a month's name starts (with the line around it in view for {@code \b}),
     * which finds what a search along the line finds, in the same order, without trying the pattern everywhere.
     */
    private static void addDates(List<Mark> marks, List<int[]> taken, String line, boolean month) {
        Matcher m;
        if (line.indexOf('/') >= 0) {
            m = NUMERIC_DATE.matcher(line);
            while (m.find()) {
                addDate(marks, taken, m, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        }
        if (month && hasDigit(line)) {
            m = WORDED_DATE.matcher(line).useTransparentBounds(true);
            for (int i = 0; i + 2 < line.length(); i++) {
                if (isMonthStart(line, i) && m.region(i, line.length()).lookingAt()) {
                    addDate(marks, taken, m, Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
                    i = m.end() - 1;
                }
            }
        }
    }

    /**
     * The columns of a table: for each span, its period (or its role when it is a change or percentage column).
     * When any date of the table falls off a month end, durations are counted in weeks.
     */
    static List<Column> columns(List<int[]> spans, List<String> headerLines, String title, StatementKind kind) {
        return columns(spans, headerLines, title, kind, List.of());
    }

    /**
     * The columns of a table, where a period end derived from a year (not printed whole over its column) is moved to
     * the nearest of {@code calendar}, the dates the document prints in its headers, when one lies within a week:
     * "Year Ended November" ends on the November 29 the balance sheet names, and fiscal 1999 on January 2, 2000; a
     * month's last day printed over a year ("Years ended December 31 ... 1997") stands as printed.
     * The columns of a balance sheet over which no date or year stands take the dates of its title in order when it
     * prints one for each ("BALANCE SHEET / December 31, 2007" over a single column).
     */
    static List<Column> columns(List<int[]> spans, List<String> headerLines, String title, StatementKind kind,
                                List<LocalDate> calendar) {
        return columns(spans, headerLines, title, kind, calendar, null);
    }

    /**
     * The columns of a statement in an annual report that covers the year ending on {@code yearEnd} (null for a table
     * that is no statement named by its title, or a document that is no annual report): a column headed by a year
     * alone, with no month or day printed over or above it and no duration, is the fiscal year ending in that year.
     */
    static List<Column> columns(List<int[]> spans, List<String> headerLines, String title, StatementKind kind,
                                List<LocalDate> calendar, LocalDate yearEnd) {
        List<Mark> header = new ArrayList<>();
        List<List<Mark>> lineMarks = ListedDates.spread(headerLines.stream().map(line -> marks(List.of(line))).toList(),
                headerLines, spans);
        for (int l = 0; l < headerLines.size(); l++) {
            header.addAll(unlisted(lineMarks.get(l), headerLines.get(l), spans.size()));
        }
        List<Mark> spanEnds = ListedDates.spanEnds(header, spans);
        header.removeAll(spanEnds);
        List<Mark> titleMarks = marks(List.of(title));
        List<Mark> titleDates = new ArrayList<>(titleMarks.stream().filter(m -> m.kind() == Kind.DATE).toList());
        titleDates.addAll(spanEnds);
        header.stream().filter(m -> m.kind() == Kind.DATE && !nearAnyColumn(m, spans)).forEach(titleDates::add);
        long yearColumns = spans.stream()
                .map(span -> nearest(header, (span[0] + span[2]) / 2, MAX_DISTANCE, Kind.DATE, Kind.YEAR))
                .filter(m -> m != null && m.kind() == Kind.YEAR).count();
        boolean titleDatesInOrder = yearColumns > 1 && titleDates.size() == yearColumns;
        boolean titleDatesAlone = kind == StatementKind.BALANCE && titleDates.size() == spans.size() && spans.stream()
                .allMatch(span -> nearest(header, (span[0] + span[2]) / 2, MAX_DISTANCE, Kind.DATE, Kind.YEAR) == null);
        int yearColumn = 0;
        List<Column> columns = new ArrayList<>();
        List<LocalDate> ends = new ArrayList<>();
        List<Mark> durations = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (int[] span : spans) {
            int centre = (span[0] + span[2]) / 2;
            Mark date = nearest(header, centre, MAX_DISTANCE, Kind.DATE, Kind.YEAR);
            Mark role = nearest(header, centre, MAX_DISTANCE, Kind.CHANGE, Kind.PERCENT);
            Mark percent = nearest(header, centre, MAX_DISTANCE, Kind.PERCENT);
            role = percent != null ? percent : role;
            if (role != null && (date == null || Math.abs(role.centre() - centre) < Math.abs(date.centre() - centre))) {
                ends.add(null);
                durations.add(null);
                headings.add(role.kind().name());
                continue;
            }
            LocalDate end = null;
            String heading = "";
            boolean fiscalYear = false;
            Period inception = inceptionToDate(header, titleMarks, centre);
            if (inception != null) {
                ends.add(inception.end());
                durations.add(new Mark(Kind.DURATION, 0, 0, inception.start(), 0, 0, 0, inception.months(), "inception to"));
                headings.add("from inception " + inception.start() + " to " + inception.end());
                continue;
            }
            if (date != null && date.kind() == Kind.DATE) {
                end = date.date();
                heading = date.text();
            } else if ((date != null && titleDatesInOrder) || (date == null && titleDatesAlone)) {
                Mark titleDate = titleDates.get(yearColumn++);
                end = titleDate.date();
                heading = titleDate.text();
            } else if (date != null) {
                Mark day = dayOfYearColumn(header, titleMarks, titleDates, centre, date.year());
                if (day == null && yearEnd != null) {
                    day = new Mark(Kind.DATE, 0, 0, yearEnd, yearEnd.getYear(), 0, 0, 0, "fiscal year");
                    fiscalYear = true;
                }
                if (day != null) {
                    boolean dayPrinted = day.kind() == Kind.MONTH_DAY && day.day() != 0;
                    end = day.kind() == Kind.DATE ? sameFiscalDay(day.date(), date.year()) : date(date.year(), day.month(), day.day());
                    end = dayPrinted && end != null && !Period.isWeekCalendarEnd(end) ? end : onCalendar(end, calendar);
                    heading = day.text() + " " + date.text();
                }
            }
            Mark duration = kind == StatementKind.BALANCE ? null : nearest(header, centre, Integer.MAX_VALUE, Kind.DURATION);
            if (duration == null && kind != StatementKind.BALANCE) {
                duration = first(titleMarks, Kind.DURATION);
            }
            if (duration == null && kind != StatementKind.BALANCE && fiscalYear) {
                duration = new Mark(Kind.DURATION, 0, 0, null, 0, 0, 0, 12, "");
            }
            ends.add(end);
            durations.add(duration);
            headings.add((duration == null ? "" : duration.text() + " ") + heading);
        }
        boolean weekCalendar = ends.stream().anyMatch(e -> e != null && Period.isWeekCalendarEnd(e));
        List<String> measures = measures(spans, headerLines);
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            Column.Role role = role(headings.get(i), measures.get(i));
            if (role != Column.Role.PERIOD) {
                columns.add(new Column(i, span[0], span[2], null, role.name().toLowerCase(Locale.ROOT), role,
                        measures.get(i)));
                continue;
            }
            String heading = headings.get(i).replaceAll("\\s+", " ").trim();
            LocalDate end = ends.get(i);
            Mark duration = durations.get(i);
            Period period = null;
            if (end != null && kind == StatementKind.BALANCE) {
                period = Period.instant(end);
            } else if (end != null && duration != null && duration.date() != null) {
                period = new Period(duration.date(), end, duration.months());
            } else if (end != null && duration != null) {
                period = Period.ending(end, duration.months(), weekCalendar);
            }
            columns.add(new Column(i, span[0], span[2], period, heading, Column.Role.PERIOD, measures.get(i)));
        }
        return totalsOfPeriods(columns);
    }

    /**
     * What a column holds: a rate, the years beyond the table's, or page numbers by the words over it; else a change or
     * percentage by the mark over it ({@code heading} is then that mark's kind); else a period's figures.
     */
    private static Column.Role role(String heading, String measure) {
        if (RATE.matcher(measure).find()) {
            return Column.Role.PERCENT;
        }
        if (BEYOND.matcher(measure).matches()) {
            return Column.Role.BEYOND;
        }
        if (PAGE.matcher(measure).matches()) {
            return Column.Role.PAGE;
        }
        return heading.equals(Kind.CHANGE.name()) || heading.equals(Kind.PERCENT.name())
                ? Column.Role.valueOf(heading) : Column.Role.PERIOD;
    }

    /**
     * The columns with each column headed "Total" that follows periods of its own length running on without a gap, and
     * has the last of them as its period, given the period they make together: a year's "Total" after its four
     * quarters.
     */
    private static List<Column> totalsOfPeriods(List<Column> columns) {
        List<Column> read = new ArrayList<>(columns);
        for (int i = 1; i < read.size(); i++) {
            Column total = read.get(i);
            if (total.period() == null || total.period().start() == null || !TOTAL.matcher(total.measure()).matches()
                    || !total.period().equals(read.get(i - 1).period())) {
                continue;
            }
            int first = i - 1;
            while (first > 0 && follows(read.get(first - 1).period(), read.get(first).period())
                    && read.get(first - 1).period().months() == total.period().months()) {
                first--;
            }
            if (first < i - 1) {
                int months = read.subList(first, i).stream().mapToInt(c -> c.period().months()).sum();
                Period whole = new Period(read.get(first).period().start(), total.period().end(), months);
                read.set(i, new Column(total.index(), total.start(), total.end(), whole, total.heading(), total.role(),
                        total.measure()));
            }
        }
        return read;
    }

    /** Whether {@code next} begins the day after {@code before} ends, both periods of time. */
    private static boolean follows(Period before, Period next) {
        return before != null && next != null && before.start() != null && next.start() != null
                && before.end().plusDays(1).equals(next.start());
    }

    /**
     * The words over each column that say what it measures rather than when, in header order ("Average Balance (a)"
     * over one column, "Interest Income" over the next): each phrase of the header (words apart by single spaces) stands
     * over the columns whose centres lie within it, widened by a rule drawn under it, else over the column nearest it
     * within {@link #MAX_DISTANCE}. Dates, years, durations, change and percent words, a scale, footnote marks and the
     * words of a period ("Fiscal", "Ended", "Unaudited") are left out, and so is one phrase spanning every column of
     * several, which is the table's title or the name of a group of periods. An empty string for a column with no
     * such words.
     */
    static List<String> measures(List<int[]> spans, List<String> headerLines) {
        List<List<String>> words = new ArrayList<>();
        spans.forEach(span -> words.add(new ArrayList<>()));
        for (int l = 0; l < headerLines.size(); l++) {
            String line = headerLines.get(l);
            String below = l + 1 < headerLines.size() ? headerLines.get(l + 1) : "";
            Matcher phrase = PHRASE.matcher(line);
            while (phrase.find()) {
                int[] extent = ListedDates.underlined(phrase.start(), phrase.end(), below);
                List<Integer> over = columnsUnder(spans, extent[0], extent[1]);
                String repeated = repeatedWords(phrase.group(), over.size());
                String text = measureWords(repeated == null ? phrase.group() : repeated);
                if (!text.isEmpty() && (repeated != null || spans.size() == 1 || over.size() < spans.size())) {
                    over.forEach(c -> words.get(c).add(text));
                }
            }
        }
        return words.stream().map(w -> String.join(" ", w)).toList();
    }

    /**
     * The words a phrase repeats once over each of the {@code columns} it spans, as cells set one space apart print
     * them ("Average Balance (a) Average Balance (a)" over two columns); null when it is no such repetition.
     */
    private static String repeatedWords(String phrase, int columns) {
        String[] words = phrase.split(" ");
        if (columns < 2 || words.length % columns != 0) {
            return null;
        }
        int size = words.length / columns;
        for (int i = size; i < words.length; i++) {
            if (!words[i].equals(words[i % size])) {
                return null;
            }
        }
        return String.join(" ", java.util.Arrays.copyOf(words, size));
    }

    /** A header phrase without what dates its column or names its role, footnote marks and the words of a period. */
    static String measureWords(String phrase) {
        if (!hasLetter(PERIOD_WORDS.matcher(MONTH_WORD.matcher(phrase).replaceAll(" ")).replaceAll(" "))) {
            return "";
        }
        StringBuilder text = new StringBuilder(phrase);
        List<Mark> marks = marks(List.of(phrase));
        marks.sort((a, b) -> Integer.compare(b.start(), a.start()));
        int last = Integer.MAX_VALUE;
        for (Mark mark : marks) {
            if (mark.end() <= last) {
                text.replace(mark.start(), mark.end(), " ");
                last = mark.start();
            }
        }
        String left = SCALE_WORDS.matcher(text).replaceAll(" ");
        left = PERIOD_WORDS.matcher(FOOTNOTE_MARK.matcher(left).replaceAll(" ")).replaceAll(" ");
        left = Spaces.collapse(NOT_A_WORD.matcher(left).replaceAll(" ")).trim();
        left = LOOSE_ENDS.matcher(left).replaceAll("");
        return hasLetter(left) ? left : "";
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The columns whose centres lie between {@code start} and {@code end}, else the columns nearest the middle within
     * {@link #MAX_DISTANCE} (both when two are as near).
     */
    private static List<Integer> columnsUnder(List<int[]> spans, int start, int end) {
        List<Integer> under = ListedDates.columnsUnder(spans, start, end);
        if (!under.isEmpty()) {
            return under;
        }
        int middle = (start + end) / 2;
        int best = MAX_DISTANCE + 1;
        for (int c = 0; c < spans.size(); c++) {
            int distance = Math.abs((spans.get(c)[0] + spans.get(c)[2]) / 2 - middle);
            if (distance < best) {
                under.clear();
                best = distance;
            }
            if (distance == best) {
                under.add(c);
            }
        }
        return under;
    }

    /**
     * The marks of one header line, where a list of years in it ("For the Years Ended December 31, 1999, 2000 and
     * 2001") that does not name one year per column dates no column by where it stands: its whole date still gives
     * the month and day, its years give nothing. Such a list over an equity statement's component columns names the
     * sections of its rows.
     */
    private static List<Mark> unlisted(List<Mark> marks, String line, int columns) {
        List<Mark> dates = marks.stream().filter(Mark::datesAColumn).sorted((a, b) -> Integer.compare(a.start(), b.start()))
                .toList();
        if (dates.size() < 2 || dates.size() == columns) {
            return marks;
        }
        for (int i = 1; i < dates.size(); i++) {
            if (!ListedDates.LIST_JOIN.matcher(line.substring(dates.get(i - 1).end(), dates.get(i).start())).matches()) {
                return marks;
            }
        }
        List<Mark> kept = new ArrayList<>();
        for (Mark mark : marks) {
            if (mark.kind() == Kind.DATE) {
                kept.add(new Mark(Kind.MONTH_DAY, mark.start(), mark.end(), null, 0, mark.month(), mark.day(), 0,
                        mark.text()));
            } else if (mark.kind() != Kind.YEAR) {
                kept.add(mark);
            }
        }
        return kept;
    }

    /** A calendar date from a possibly two-digit year (00-49 are 2000s); day 0 is the month's last day; null if none. */
    static LocalDate date(int year, int month, int day) {
        return DateWords.date(year, month, day);
    }

    /** The month (1-12) of a month name or abbreviation. */
    static int month(String name) {
        return DateWords.month(name);
    }

    private static void addDate(List<Mark> marks, List<int[]> taken, Matcher m, int year, int month, int day) {
        LocalDate date = date(year, month, day);
        if (date != null && free(taken, m)) {
            marks.add(new Mark(Kind.DATE, m.start(), m.end(), date, date.getYear(), month, day, 0, m.group()));
            taken.add(new int[] {m.start(), m.end()});
        }
    }

    private static void addWords(List<Mark> marks, String line, Pattern pattern, Kind kind) {
        Matcher m = pattern.matcher(line);
        while (m.find()) {
            marks.add(new Mark(kind, m.start(), m.end(), null, 0, 0, 0, 0, m.group()));
        }
    }

    private static boolean free(List<int[]> taken, Matcher m) {
        return taken.stream().noneMatch(t -> m.start() < t[1] && t[0] < m.end());
    }

    private static int months(Matcher m) {
        if (m.group(4) != null) {
            return 3;
        }
        if (m.group(5) != null) {
            return 12;
        }
        if (m.group(3) != null) {
            return m.group(3).toLowerCase(Locale.ROOT).equals("quarter") ? 3 : 12;
        }
        String count = m.group(1).toLowerCase(Locale.ROOT).replace('-', ' ');
        int n = COUNT_WORDS.getOrDefault(count, count.chars().allMatch(Character::isDigit) ? Integer.parseInt(count) : 0);
        return m.group(2).toLowerCase(Locale.ROOT).startsWith("week") ? Math.round(n * 12f / 52f) : n;
    }

    static Mark nearest(List<Mark> marks, int centre, int maxDistance, Kind... kinds) {
        Mark best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mark mark : marks) {
            int distance = Math.abs(mark.centre() - centre);
            if (List.of(kinds).contains(mark.kind()) && distance < bestDistance && distance <= maxDistance) {
                best = mark;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * The month and day that complete a column headed by a year alone: the nearest month and day in the header, else
     * in the title, else the month and day of a full date in the title (of the same year when there is one).
     */
    private static Mark dayOfYearColumn(List<Mark> header, List<Mark> title, List<Mark> titleDates, int centre, int year) {
        Mark day = nearest(header, centre, Integer.MAX_VALUE, Kind.MONTH_DAY);
        if (day == null) {
            day = first(title, Kind.MONTH_DAY);
        }
        if (day == null) {
            day = titleDates.stream().filter(m -> m.year() == year).findFirst()
                    .orElse(titleDates.isEmpty() ? null : titleDates.get(0));
        }
        return day;
    }

    /**
     * The end of fiscal year {@code year} for a company whose year ended on {@code anchor}: the same month and day,
     * or, in a 52/53-week calendar (an anchor off a month end), the same weekday nearest that month and day.
     */
    static LocalDate sameFiscalDay(LocalDate anchor, int year) {
        if (anchor.getYear() == year) {
            return anchor;
        }
        if (!Period.isWeekCalendarEnd(anchor)) {
            LocalDate first = LocalDate.of(year, anchor.getMonth(), 1);
            return first.withDayOfMonth(first.lengthOfMonth());
        }
        LocalDate target = LocalDate.of(year, anchor.getMonth(), Math.min(anchor.getDayOfMonth(), 28));
        target = target.withDayOfMonth(Math.min(anchor.getDayOfMonth(), target.lengthOfMonth()));
        int shift = anchor.getDayOfWeek().getValue() - target.getDayOfWeek().getValue();
        if (shift > 3) {
            shift -= 7;
        } else if (shift < -3) {
            shift += 7;
        }
        return target.plusDays(shift);
    }

    /**
     * The period of a column headed "March 28, 2005 (Date of Inception) to September 30, 2008": from the inception
     * date (over the column, else the title's) to the end printed below it (a whole date, or a month and day over the
     * column's year), its months rounded from its days; null when no "inception" stands over the column.
     */
    private static Period inceptionToDate(List<Mark> header, List<Mark> title, int centre) {
        if (nearest(header, centre, MAX_DISTANCE, Kind.INCEPTION) == null) {
            return null;
        }
        Mark startDate = nearest(header, centre, MAX_DISTANCE, Kind.DATE);
        if (startDate == null) {
            startDate = first(title, Kind.DATE);
        }
        if (startDate == null) {
            return null;
        }
        LocalDate start = startDate.date();
        LocalDate end = null;
        for (Mark mark : header) {
            if (Math.abs(mark.centre() - centre) > MAX_DISTANCE) {
                continue;
            }
            if (mark.kind() == Kind.DATE && mark.date().isAfter(start)) {
                end = mark.date();
            } else if (mark.kind() == Kind.YEAR && mark.year() >= start.getYear()) {
                Mark day = nearest(header, centre, MAX_DISTANCE, Kind.MONTH_DAY);
                end = day == null ? null : date(mark.year(), day.month(), day.day());
            }
        }
        if (end == null) {
            return null;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
        return new Period(start, end, (int) Math.round(days / 30.4375));
    }

    /** The date of {@code calendar} nearest to a derived end, within a week; the end itself when none is. */
    private static LocalDate onCalendar(LocalDate end, List<LocalDate> calendar) {
        if (end == null) {
            return null;
        }
        LocalDate best = end;
        long bestDistance = 8;
        for (LocalDate date : calendar) {
            long distance = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(end, date));
            if (distance < bestDistance) {
                best = date;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * The dates printed in the lines of a document that read as titles or headers, and in prose the dates that end a
     * period ("for the fiscal year ended November 29, 2002" on a cover page), in order.
     */
    static List<LocalDate> calendar(Lines lines) {
        List<LocalDate> dates = new ArrayList<>();
        for (String line : lines.text()) {
            List<Mark> marks = new ArrayList<>();
            addDates(marks, new ArrayList<>(), line, hasMonthStart(line));
            if (marks.isEmpty()) {
                continue;
            }
            boolean prose = TableReader.isProse(line) || TableReader.isSentence(line);
            if (prose && !line.toLowerCase(java.util.Locale.ROOT).contains("ended")) {
                continue; // a date in prose counts only after "... ended" (ENDED), and this line has no such words
            }
            for (Mark mark : marks) {
                if (!dates.contains(mark.date()) && (!prose || ENDED.matcher(line.substring(0, mark.start())).find())) {
                    dates.add(mark.date());
                }
            }
        }
        return dates;
    }

    /**
     * The date a cover page gives as the end of the fiscal year it reports on ("For the fiscal year ended December 31,
     * 2000"), looked for in the first lines of a document; null when they give none.
     */
    static LocalDate fiscalYearEnded(Lines lines) {
        for (int i = 0; i < Math.min(COVER_LINES, lines.size()); i++) {
            Matcher ended = FISCAL_YEAR_ENDED.matcher(lines.get(i));
            if (ended.find()) {
                Matcher date = WORDED_DATE.matcher(lines.get(i));
                if (date.find(ended.end())) {
                    return date(Integer.parseInt(date.group(3)), month(date.group(1)), Integer.parseInt(date.group(2)));
                }
            }
        }
        return null;
    }

    /** Whether a line holds a month's first three letters anywhere, as every match of {@link #MONTH} starts with. */
    private static boolean hasMonthStart(String line) {
        for (int i = 0; i + 2 < line.length(); i++) {
            if (isMonthStart(line, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (isDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether the three characters at {@code i} may spell a month's abbreviation; rarely true when they do not. */
    private static boolean isMonthStart(String line, int i) {
        if ("jfmasondJFMASOND".indexOf(line.charAt(i)) < 0) {
            return false;
        }
        int key = (lower(line.charAt(i)) << 16) | (lower(line.charAt(i + 1)) << 8) | lower(line.charAt(i + 2));
        for (int month : MONTH_KEYS) {
            if (month == key) {
                return true;
            }
        }
        return false;
    }

    private static int lower(char c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    private static boolean nearAnyColumn(Mark mark, List<int[]> spans) {
        return spans.stream().anyMatch(span -> Math.abs(mark.centre() - (span[0] + span[2]) / 2) <= MAX_DISTANCE);
    }

    private static Mark first(List<Mark> marks, Kind kind) {
        return marks.stream().filter(m -> m.kind() == kind).findFirst().orElse(null);
    }
}
