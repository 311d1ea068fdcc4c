package org.exhibit.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header rows of an HTML table into what each value column needs printed above it: its full date, composed
 * from stacked cells ("March 31," over "2003"), its duration phrase, and the header's other words.
 */
final class HtmlHeader {

    private static final String MONTH = DateWords.MONTH;
    private static final Pattern FULL_DATE = Pattern.compile(
            "(?i)\\b" + MONTH + "\\s*(\\d{1,2}),?\\s*(\\d{4})\\b");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)\\b" + MONTH + "\\s*(\\d{1,2})\\b,?");
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");
    private static final Pattern DURATION = Pattern.compile(
            "(?i)\\b(three|six|nine|twelve|thirteen|twenty[- ]six|thirty[- ]nine|fifty[- ]two|fifty[- ]three|\\d{1,2})"
                    + "[- ]+(months?|weeks?)\\s+ended\\b|\\b(years?|quarters?|fiscal years?)\\s+ended\\b");
    /** The halves of a duration phrase split over two cells ("Three Months" over "Ended March 31,"). */
    private static final Pattern PART_OF_DURATION = Pattern.compile(
            "(?i)\\b(three|six|nine|twelve|thirteen|\\d{1,2})[- ]+(months?|weeks?)\\b|\\bended\\b");

    /** Words of one header cell printed over value columns {@code from} to {@code to}, or in the label area (-1). */
    record Piece(int from, int to, String text) {
    }

    /** A duration phrase shared by value columns {@code from} to {@code to}. */
    record Duration(int from, int to, String text) {
    }

    private final List<String> dates = new ArrayList<>();
    private final List<Duration> durations = new ArrayList<>();
    private final List<List<Piece>> others = new ArrayList<>();

    /**
     * @param rows the header rows, top to bottom
     * @param anchors the grid column of each value column's numbers, left to right
     * @param title the words just above the table, which may state the month, day and duration the header's years
     *     lack ("For the Three Months Ended January 31, 2004 and 2003")
     */
    HtmlHeader(List<HtmlRow> rows, List<Integer> anchors, String title) {
        List<List<HtmlCell>> stacks = stacks(rows, anchors);
        HtmlCell titleCell = new HtmlCell(-1, -1, title, 0, 0, false);
        for (int k = 0; k < anchors.size(); k++) {
            List<HtmlCell> stack = stacks.get(k);
            dates.add(printed(date(stack, title), stack));
            if (stack.stream().noneMatch(c -> MONTH_DAY.matcher(c.text()).find())) {
                stack.add(0, titleCell);
            }
            addDuration(k, duration(stack), k > 0 ? duration(stacks.get(k - 1)) : null);
        }
    }

    /**
     * The header cells over each value column, top to bottom, a cell over the labels ("Year Ended June 30") counting
     * as over every column; the other words of each row go to {@link #others}.
     */
    private List<List<HtmlCell>> stacks(List<HtmlRow> rows, List<Integer> anchors) {
        List<List<HtmlCell>> stacks = new ArrayList<>();
        anchors.forEach(a -> stacks.add(new ArrayList<>()));
        for (HtmlRow row : rows) {
            List<Piece> pieces = new ArrayList<>();
            for (HtmlCell cell : row.cells()) {
                if (cell.isEmpty()) {
                    continue;
                }
                boolean labelArea = cell.first() == 0 || cell.last() < anchors.get(0) - 1;
                int[] range = labelArea ? new int[] {-1, -1} : columns(cell, anchors);
                for (int k = labelArea ? 0 : range[0]; k <= (labelArea ? anchors.size() - 1 : range[1]); k++) {
                    stacks.get(k).add(cell);
                }
                String rest = remainder(cell.text());
                if (!rest.isEmpty()) {
                    pieces.add(new Piece(range[0], range[1], rest));
                }
            }
            if (!pieces.isEmpty()) {
                others.add(pieces);
            }
        }
        return stacks;
    }

    /** Adds column {@code k}'s duration, widening the previous phrase when the same cell states both. */
    private void addDuration(int k, Stated stated, Stated previous) {
        if (stated == null) {
            return;
        }
        Duration last = durations.isEmpty() ? null : durations.get(durations.size() - 1);
        if (previous != null && stated.cell() == previous.cell() && last != null && last.to() == k - 1) {
            durations.set(durations.size() - 1, new Duration(last.from(), k, last.text()));
        } else {
            durations.add(new Duration(k, k, stated.phrase()));
        }
    }

    /**
     * The date printed over each value column ("March 31, 2003"); its bare year where the header gives no month and
     * day; else an empty string.
     */
    List<String> dates() {
        return dates;
    }

    /** The duration phrases, each over the run of columns it heads. */
    List<Duration> durations() {
        return durations;
    }

    /** The header's other words (scale, "unaudited", segment names), one list per header row. */
    List<List<Piece>> others() {
        return others;
    }

    /** A date as the text parser reads it ("March 31, 2003"), else the first year in the column's header cells. */
    private static String printed(LocalDate date, List<HtmlCell> stack) {
        if (date != null) {
            return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getDayOfMonth() + ", "
                    + date.getYear();
        }
        for (HtmlCell cell : stack) {
            Matcher year = YEAR.matcher(cell.text());
            if (year.find()) {
                return year.group();
            }
        }
        return "";
    }

    /** The value columns a header cell stands over: those whose numbers it covers, else the nearest one. */
    private static int[] columns(HtmlCell cell, List<Integer> anchors) {
        int from = -1;
        int to = -1;
        for (int k = 0; k < anchors.size(); k++) {
            if (cell.covers(anchors.get(k))) {
                from = from < 0 ? k : from;
                to = k;
            }
        }
        if (from >= 0) {
            return new int[] {from, to};
        }
        int best = 0;
        for (int k = 1; k < anchors.size(); k++) {
            if (distance(cell, anchors.get(k)) < distance(cell, anchors.get(best))) {
                best = k;
            }
        }
        return new int[] {best, best};
    }

    private static int distance(HtmlCell cell, int column) {
        return column < cell.first() ? cell.first() - column : column - cell.last();
    }

    /**
     * A column's date: a full date in one cell, else a month and day from the lowest cell that has one (or from the
     * title when no cell has one) with the first year printed after it.
     */
    private static LocalDate date(List<HtmlCell> stack, String title) {
        for (HtmlCell cell : stack) {
            LocalDate full = fullDate(cell.text());
            if (full != null) {
                return full;
            }
        }
        for (int i = stack.size() - 1; i >= 0; i--) {
            Matcher monthDay = MONTH_DAY.matcher(stack.get(i).text());
            if (monthDay.find()) {
                String rest = stack.get(i).text().substring(monthDay.end());
                return withYear(monthDay, rest, stack.subList(i + 1, stack.size()));
            }
        }
        Matcher monthDay = MONTH_DAY.matcher(title);
        return monthDay.find() ? withYear(monthDay, "", stack) : null;
    }

    /** The date of a matched month and day in the first year of {@code rest} or, failing that, of the cells below. */
    private static LocalDate withYear(Matcher monthDay, String rest, List<HtmlCell> below) {
        List<String> texts = new ArrayList<>(List.of(rest));
        below.forEach(c -> texts.add(c.text()));
        for (String text : texts) {
            Matcher year = YEAR.matcher(text);
            if (year.find()) {
                int day = Integer.parseInt(monthDay.group(2));
                return date(Integer.parseInt(year.group(1)), month(monthDay.group(1)), day);
            }
        }
        return null;
    }

    private static LocalDate fullDate(String text) {
        Matcher m = FULL_DATE.matcher(text);
        if (m.find()) {
            return date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = NUMERIC_DATE.matcher(text);
        if (m.find()) {
            int year = Integer.parseInt(m.group(3));
            return date(year < 100 ? (year < 50 ? 2000 + year : 1900 + year) : year, Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)));
        }
        return null;
    }

    /** A duration phrase and the header cell it starts in. */
    private record Stated(HtmlCell cell, String phrase) {
    }

    /**
     * A column's duration, from the lowest cell that states one, or that starts one the cell below it ends
     * ("Three Months" over "Ended March 31,"); null when none does.
     */
    private static Stated duration(List<HtmlCell> stack) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            String own = stack.get(i).text();
            String text = i + 1 < stack.size() ? own + " " + stack.get(i + 1).text() : own;
            if (!Chars.asciiLower(text).contains("ended")) {
                continue; // every duration phrase ends "ended"
            }
            Matcher m = DURATION.matcher(text);
            if (m.find() && m.start() < own.length()) {
                return new Stated(stack.get(i), m.group());
            }
        }
        return null;
    }

    /** A header cell's words without its dates, years and duration phrases, which are printed on their own lines. */
    private static String remainder(String text) {
        String rest = PART_OF_DURATION.matcher(DURATION.matcher(text).replaceAll(" ")).replaceAll(" ");
        rest = FULL_DATE.matcher(rest).replaceAll(" ");
        rest = NUMERIC_DATE.matcher(rest).replaceAll(" ");
        rest = MONTH_DAY.matcher(rest).replaceAll(" ");
        rest = YEAR.matcher(rest).replaceAll(" ");
        rest = rest.replaceAll("\\s+", " ").strip();
        return rest.matches("[\\p{Punct}\\s]*") ? "" : rest;
    }

    private static int month(String name) {
        return DateWords.month(name);
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
