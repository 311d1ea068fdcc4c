package org.exhibit.parse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an EX-27 financial data schedule into a table: one row per tag with numbers, and for each value column of the
 * schedule one column per kind of tag it holds (balances at PERIOD-END, amounts over the period, opening balances).
 */
public final class FdsReader {

    /** A tag and what follows it up to the next tag; footnote marks ("<F1>") belong to the values before them. */
    private static final Pattern TAG = Pattern.compile("<([A-Za-z][A-Za-z0-9&/-]*)>((?:[^<]|<[Ff]\\d+>)*)");
    private static final Pattern TAG_LINE = Pattern.compile("^\\s*<[A-Za-z/].*");
    private static final Pattern VALUE = Pattern.compile("[^\\s<]+|<[^>]*>");
    private static final Pattern NEGATIVE = Pattern.compile("-\\$?\\s?(\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+)");
    /** Tags of the EDGAR document and its table layout, which are not part of the schedule. */
    private static final Set<String> MARKUP = Set.of("DOCUMENT", "TYPE", "SEQUENCE", "FILENAME", "DESCRIPTION",
            "FLAWED", "TEXT", "TABLE", "S", "C", "PAGE", "CAPTION");
    /**
     * Blocks of prose inside a schedule and the tag that closes each; filers often leave it out, so a block also ends
     * at the next line that starts with a tag other than a footnote mark.
     */
    private static final Map<String, Pattern> BLOCKS = Map.of(
            "LEGEND", Pattern.compile("</LEGEND>", Pattern.CASE_INSENSITIVE),
            "FN", Pattern.compile("</FN>", Pattern.CASE_INSENSITIVE));
    private static final Pattern AFTER_PROSE = Pattern.compile("^\\s*<(?![Ff]\\d+>)[A-Za-z/]");
    /** Tags that describe the schedule rather than give a value. */
    private static final Set<String> DESCRIPTIVE = Set.of("ARTICLE", "MULTIPLIER", "CURRENCY", "EXCHANGE-RATE",
            "PERIOD-TYPE", "FISCAL-YEAR-END", "PERIOD-START", "PERIOD-END", "RESTATED", "CIK", "NAME", "SERIES", "NUMBER");

    private FdsReader() {
    }

    /** A tag of the schedule: the text line it is on, its name and the value tokens after it. */
    private record Tagged(int index, String tag, List<Token> values) {
    }

    /** The schedule in {@code lines} (one EX-27 document); empty when the lines hold no tag with a number. */
    public static Optional<Table> read(Lines lines) {
        return read(lines, new ArrayList<>());
    }

    /**
     * The schedule in {@code lines}, adding to {@code diagnostics} each tag with numbers that is not read: a ratio
     * (a row cannot say its numbers are percentages) or a value mixing numbers and words.
     */
    public static Optional<Table> read(Lines lines, List<Diagnostic> diagnostics) {
        List<Tagged> tagged = tagged(lines);
        Map<String, Tagged> header = new LinkedHashMap<>();
        List<Tagged> values = new ArrayList<>();
        for (Tagged t : tagged) {
            boolean numeric = t.values().stream().anyMatch(v -> v.value() != null);
            boolean allNumeric = numeric && t.values().stream().allMatch(v -> v.value() != null);
            if (DESCRIPTIVE.contains(t.tag())) {
                header.putIfAbsent(t.tag(), t);
            } else if (FdsTagKind.of(t.tag()) == FdsTagKind.RATIO && numeric) {
                diagnostics.add(new Diagnostic(lines.number(t.index()),
                        "EX-27 tag " + t.tag() + " is a ratio or percentage, which is not read as an amount.",
                        lines.get(t.index()).trim()));
            } else if (allNumeric) {
                values.add(t);
            } else if (numeric) {
                diagnostics.add(new Diagnostic(lines.number(t.index()),
                        "EX-27 tag " + t.tag() + " mixes numbers and words, so its value is not read.",
                        lines.get(t.index()).trim()));
            }
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<FdsTagKind> kinds = List.of(FdsTagKind.INSTANT, FdsTagKind.DURATION, FdsTagKind.OPENING).stream()
                .filter(kind -> values.stream().anyMatch(t -> FdsTagKind.of(t.tag()) == kind))
                .toList();
        int width = values.stream().mapToInt(t -> t.values().size()).max().orElse(1);
        for (String tag : List.of("PERIOD-TYPE", "PERIOD-START", "PERIOD-END")) {
            width = Math.max(width, header.containsKey(tag) ? header.get(tag).values().size() : 0);
        }
        List<Column> columns = new ArrayList<>();
        for (int k = 0; k < width; k++) {
            for (FdsTagKind kind : kinds) {
                columns.add(column(columns.size(), k, kind, header));
            }
        }
        List<Row> rows = values.stream().map(t -> row(t, kinds, lines)).toList();
        String article = text(header, "ARTICLE", 0);
        String title = "Financial Data Schedule" + (article == null ? "" : " (Article " + article + ")");
        return Optional.of(new Table(lines.number(tagged.get(0).index()), "EX-27", title, StatementKind.FDS, Scope.SELECTED, scale(header),
                List.copyOf(columns), rows));
    }

    /** The row of a tag: value {@code k} goes to the column of its kind under value column {@code k}. */
    private static Row row(Tagged t, List<FdsTagKind> kinds, Lines lines) {
        int offset = kinds.indexOf(FdsTagKind.of(t.tag()));
        List<Cell> cells = new ArrayList<>();
        for (int k = 0; k < t.values().size(); k++) {
            Token v = t.values().get(k);
            cells.add(new Cell(k * kinds.size() + offset, v.value(), v.text(), lines.number(t.index())));
        }
        return new Row(lines.number(t.index()), t.tag(), null, List.copyOf(cells), false, false);
    }

    /**
     * The schedule's tags, in order (one a line, or several on a line), leaving out document markup and legend or
     * footnote prose.
     */
    private static List<Tagged> tagged(Lines lines) {
        List<Tagged> tagged = new ArrayList<>();
        Pattern blockEnd = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (blockEnd != null) {
                if (blockEnd.matcher(line).find()) {
                    blockEnd = null;
                    continue;
                }
                if (!AFTER_PROSE.matcher(line).find()) {
                    continue;
                }
                blockEnd = null;
            }
            if (!TAG_LINE.matcher(line).matches()) {
                continue;
            }
            Matcher m = TAG.matcher(line);
            while (m.find()) {
                String tag = m.group(1).toUpperCase(Locale.ROOT);
                if (BLOCKS.containsKey(tag)) {
                    boolean closed = BLOCKS.get(tag).matcher(line.substring(m.end(1))).find();
                    blockEnd = closed ? null : BLOCKS.get(tag);
                    break;
                }
                if (!MARKUP.contains(tag)) {
                    tagged.add(new Tagged(i, tag, values(m.group(2), m.start(2))));
                }
            }
        }
        return tagged;
    }

    /** The tokens after a tag, footnote marks ("<F1>") left out; each carries its number, or null when it is text. */
    private static List<Token> values(String rest, int offset) {
        List<Token> values = new ArrayList<>();
        Matcher m = VALUE.matcher(rest);
        while (m.find()) {
            if (!m.group().startsWith("<")) {
                int start = offset + m.start();
                int end = offset + m.end();
                BigDecimal number = number(m.group());
                values.add(new Token(number == null ? Token.Kind.TEXT : Token.Kind.NUMBER, start, end, end, m.group(), number));
            }
        }
        return values;
    }

    /** A printed schedule value as a signed number ("1,234", "(1,234)", "-1,234", "(.05)", "0", "-" for 0), or null. */
    static BigDecimal number(String text) {
        Matcher negative = NEGATIVE.matcher(text);
        if (negative.matches()) {
            return new BigDecimal(negative.group(1).replace(",", "")).negate();
        }
        return Tokenizer.parseNumber(text);
    }

    /** The scale of the schedule's {@code <MULTIPLIER>}, which applies to every amount and share count. */
    private static Scale scale(Map<String, Tagged> header) {
        String printed = text(header, "MULTIPLIER", 0);
        BigDecimal multiplier = printed == null ? null : Tokenizer.parseNumber(printed);
        if (multiplier == null || multiplier.signum() <= 0) {
            return Scale.UNITS;
        }
        return new Scale(multiplier, true, "<MULTIPLIER> " + printed, "USD");
    }

    /** Column {@code index}: value column {@code k} of the schedule, for the tags of one kind. */
    private static Column column(int index, int k, FdsTagKind kind, Map<String, Tagged> header) {
        String type = text(header, "PERIOD-TYPE", k);
        String endText = text(header, "PERIOD-END", k);
        String startText = text(header, "PERIOD-START", k);
        int months = type == null ? 0 : FdsPeriods.months(type);
        LocalDate end = endText == null ? null : FdsPeriods.date(endText);
        if (end == null && months == 12 && text(header, "FISCAL-YEAR-END", k) != null) {
            endText = text(header, "FISCAL-YEAR-END", k);
            end = FdsPeriods.date(endText);
        }
        Period duration = FdsPeriods.duration(startText == null ? null : FdsPeriods.date(startText), end, months);
        Period period = switch (kind) {
            case INSTANT -> end == null ? null : Period.instant(end);
            case OPENING -> duration == null ? null : Period.instant(duration.start().minusDays(1));
            default -> duration;
        };
        String span = (startText == null ? "" : startText + " to ") + (endText == null ? "" : endText);
        String heading = switch (kind) {
            case INSTANT -> endText == null ? "" : endText;
            case OPENING -> "opening " + span;
            default -> (type == null ? "" : type + " ") + span;
        };
        Tagged ends = header.get("PERIOD-END");
        Token position = ends != null && k < ends.values().size() ? ends.values().get(k) : null;
        return new Column(index, position == null ? 0 : position.start(), position == null ? 0 : position.end(), period,
                heading.trim(), Column.Role.PERIOD);
    }

    /** Value {@code k} of a descriptive tag, or its last value when it prints fewer; null when the tag is absent. */
    private static String text(Map<String, Tagged> header, String tag, int k) {
        Tagged t = header.get(tag);
        if (t == null || t.values().isEmpty()) {
            return null;
        }
        return t.values().get(Math.min(k, t.values().size() - 1)).text();
    }
}
