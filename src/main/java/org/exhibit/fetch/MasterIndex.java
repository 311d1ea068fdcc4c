package org.exhibit.fetch;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads EDGAR's quarterly {@code master.idx}: a few lines of description, the heading
 * {@code CIK|Company Name|Form Type|Date Filed|Filename}, a line of dashes, then one filing a line in those five fields
 * separated by {@code |}. (The same filings are in {@code form.idx}, in fixed-width columns whose widths changed over the
 * years; the pipes of {@code master.idx} leave nothing to guess.)
 */
public final class MasterIndex {

    private static final Pattern DASHES = Pattern.compile("-{20,}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,10}");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    private MasterIndex() {
    }

    /** The filings listed in {@code text}; {@code name} names the file in the sentence of a malformed line. */
    public static List<IndexEntry> parse(String text, String name) throws FetchException {
        List<IndexEntry> entries = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        int line = 0;
        while (line < lines.length && !lines[line].startsWith("CIK|")) {
            line++;
        }
        if (line + 1 >= lines.length || !DASHES.matcher(lines[line + 1].strip()).matches()) {
            throw FetchException.failed(name + ": not a master index (no heading \"CIK|Company Name|Form Type|Date Filed|"
                    + "Filename\" over a line of dashes).", null);
        }
        for (line += 2; line < lines.length; line++) {
            String row = lines[line];
            if (row.isBlank()) {
                continue;
            }
            entries.add(entry(row, name, line + 1));
        }
        return entries;
    }

    private static IndexEntry entry(String row, String name, int number) throws FetchException {
        String[] fields = row.split("\\|", -1);
        if (fields.length != 5) {
            throw malformed(name, number, "5 fields separated by |, found " + fields.length);
        }
        String cik = fields[0].strip();
        if (!DIGITS.matcher(cik).matches()) {
            throw malformed(name, number, "a CIK of digits, found \"" + cik + "\"");
        }
        String path = fields[4].strip();
        if (!path.startsWith("edgar/data/") || path.contains("..")) {
            throw malformed(name, number, "a file name under edgar/data/, found \"" + path + "\"");
        }
        return new IndexEntry(Long.parseLong(cik), fields[1].strip(), fields[2].strip(), date(fields[3].strip(), name, number),
                path);
    }

    /** A date filed: {@code 1997-12-05} in the full indexes, {@code 19971205} in older and daily ones. */
    private static LocalDate date(String text, String name, int number) throws FetchException {
        try {
            return text.length() == 8 ? LocalDate.parse(text, COMPACT) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw malformed(name, number, "a date filed, found \"" + text + "\"");
        }
    }

    private static FetchException malformed(String name, int line, String expected) {
        return FetchException.failed(name + ":" + line + ": expected " + expected + ".", null);
    }
}
