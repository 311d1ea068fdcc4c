package org.exhibit.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exhibit.parse.HeaderReader.Kind;
import org.exhibit.parse.HeaderReader.Mark;

/**
 * Reads the header cells that span several columns and name dates for them: a list of dates in running words ("For the
 * 13 Weeks Ended / May 1, 1999 and May 2, 1998" over "1999  1998"), each column under it taking the listed date of the
 * year printed beneath it, and a date that ends a span of years ("Five fiscal years ended September 30, 1994"), which
 * dates no single column.
 */
final class ListedDates {

    /** What joins the dates of a list in running words: a comma, "and", or both. */
    static final Pattern LIST_JOIN = Pattern.compile("(?i)\\s*(?:,\\s*(?:and\\s+)?|and\\s+|&\\s*)");
    private static final Pattern RULE_RUN = Pattern.compile("[-_=\u2013\u2014]{3,}");
    /** A year further than this from a column's centre does not stand beneath it. */
    private static final int MAX_DISTANCE = HeaderReader.MAX_DISTANCE;

    private ListedDates() {
    }

    /**
     * The marks of each header line, where the years beneath a list of whole dates become those dates: a year under a
     * column that the list spans (its words, widened by a rule drawn under them) and that names the year of exactly one
     * of the listed dates. A list whose every column was dated this way is left out; any other list is kept as it was.
     */
    static List<List<Mark>> spread(List<List<Mark>> lineMarks, List<String> lines, List<int[]> spans) {
        List<List<Mark>> read = new ArrayList<>();
        lineMarks.forEach(marks -> read.add(new ArrayList<>(marks)));
        for (int l = 0; l < lines.size(); l++) {
            for (List<Mark> list : lists(read.get(l), lines.get(l))) {
                int start = list.get(0).start();
                int end = list.get(list.size() - 1).end();
                int[] extent = underlined(start, end, l + 1 < lines.size() ? lines.get(l + 1) : "");
                List<Integer> under = columnsUnder(spans, extent[0], extent[1]);
                if (under.size() > 1 && datesEachColumn(read, l + 1, list, spans, under)) {
                    read.get(l).removeAll(list);
                }
            }
        }
        return read;
    }

    /**
     * Whether every column of {@code under} finds below line {@code from} a year naming one of the {@code list}'s
     * dates; when so, those years are replaced by the dates in {@code read}.
     */
    private static boolean datesEachColumn(List<List<Mark>> read, int from, List<Mark> list, List<int[]> spans,
                                           List<Integer> under) {
        List<int[]> found = new ArrayList<>();
        for (int c : under) {
            int centre = (spans.get(c)[0] + spans.get(c)[2]) / 2;
            int[] year = yearBelow(read, from, centre);
            if (year == null) {
                return false;
            }
            Mark yearMark = read.get(year[0]).get(year[1]);
            List<Mark> same = list.stream().filter(d -> d.year() == yearMark.year()).toList();
            if (same.size() != 1) {
                return false;
            }
            found.add(new int[] {year[0], year[1], list.indexOf(same.get(0))});
        }
        for (int[] f : found) {
            Mark year = read.get(f[0]).get(f[1]);
            Mark date = list.get(f[2]);
            read.get(f[0]).set(f[1], new Mark(Kind.DATE, year.start(), year.end(), date.date(), date.year(),
                    date.month(), date.day(), 0, date.text()));
        }
        return true;
    }

    /** The line and index of the year mark nearest {@code centre} on the first line below {@code from} that has one. */
    private static int[] yearBelow(List<List<Mark>> read, int from, int centre) {
        for (int l = from; l < read.size(); l++) {
            int best = -1;
            int bestDistance = MAX_DISTANCE + 1;
            for (int i = 0; i < read.get(l).size(); i++) {
                Mark mark = read.get(l).get(i);
                int distance = Math.abs(mark.centre() - centre);
                if (mark.kind() == Kind.YEAR && distance < bestDistance) {
                    best = i;
                    bestDistance = distance;
                }
            }
            if (best >= 0) {
                return new int[] {l, best};
            }
        }
        return null;
    }

    /**
     * The whole dates of a header that end a span of years rather than date a column ("Five fiscal years ended
     * September 30, 1994" over "1994  1993 ..."): a date standing nearest a column that carries a year of its own, a
     * year nearer that column than any other, which is not the date's. Such a date gives its month and day to the
     * columns' years, as a title's date does.
     */
    static List<Mark> spanEnds(List<Mark> header, List<int[]> spans) {
        List<Mark> ends = new ArrayList<>();
        for (int c = 0; c < spans.size(); c++) {
            Mark date = HeaderReader.nearest(header, centre(spans.get(c)), MAX_DISTANCE, Kind.DATE, Kind.YEAR);
            if (date == null || date.kind() != Kind.DATE || ends.contains(date)) {
                continue;
            }
            for (Mark year : header) {
                if (year.kind() == Kind.YEAR && year.year() != date.year() && ownColumn(year, spans) == c) {
                    ends.add(date);
                    break;
                }
            }
        }
        return ends;
    }

    /** The column whose centre a mark stands nearest, within {@link #MAX_DISTANCE}; -1 when none is that near. */
    private static int ownColumn(Mark mark, List<int[]> spans) {
        int best = -1;
        int bestDistance = MAX_DISTANCE + 1;
        for (int c = 0; c < spans.size(); c++) {
            int distance = Math.abs(mark.centre() - centre(spans.get(c)));
            if (distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int centre(int[] span) {
        return (span[0] + span[2]) / 2;
    }

    /** The runs of two or more whole dates of a line joined by a comma or "and". */
    private static List<List<Mark>> lists(List<Mark> marks, String line) {
        List<Mark> dates = marks.stream().filter(m -> m.kind() == Kind.DATE)
                .sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
        List<List<Mark>> lists = new ArrayList<>();
        List<Mark> run = new ArrayList<>();
        for (Mark date : dates) {
            if (!run.isEmpty() && !LIST_JOIN.matcher(line.substring(run.get(run.size() - 1).end(), date.start())).matches()) {
                if (run.size() > 1) {
                    lists.add(run);
                }
                run = new ArrayList<>();
            }
            run.add(date);
        }
        if (run.size() > 1) {
            lists.add(run);
        }
        return lists;
    }

    /** The extent of a phrase from {@code start} to {@code end}, widened to a rule drawn under it on the next line. */
    static int[] underlined(int start, int end, String below) {
        int[] extent = {start, end};
        Matcher rule = RULE_RUN.matcher(below);
        while (rule.find()) {
            if (rule.start() < end && start < rule.end()) {
                extent[0] = Math.min(extent[0], rule.start());
                extent[1] = Math.max(extent[1], rule.end());
            }
        }
        return extent;
    }

    /** The columns whose centres lie between {@code start} and {@code end}. */
    static List<Integer> columnsUnder(List<int[]> spans, int start, int end) {
        List<Integer> under = new ArrayList<>();
        for (int c = 0; c < spans.size(); c++) {
            int centre = (spans.get(c)[0] + spans.get(c)[2]) / 2;
            if (start <= centre && centre < end) {
                under.add(c);
            }
        }
        return under;
    }
}
