package org.exhibit.parse;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns the bytes of one text exhibit into a {@link Document}: its filing facts, tables and diagnostics. */
public final class DocumentParser {

    /**
     * The version of how documents are read into facts (see {@link ReadingVersion}): importing a document again after
     * an upgrade that reads differently reads it again, where an unchanged document would otherwise keep the facts the
     * older exhibit read.
     */
    public static String reading() {
        return ReadingVersion.current();
    }

    private static final Pattern ANNUAL_FORM = Pattern.compile("(?i)10-?K.*|20-F.*|40-F.*");
    private static final Pattern HTML_TAG = Pattern.compile("(?i)<(html|body|div|tr|td|br|font|p|span)[\\s>/]");

    /** The longest line read as text (after HTML is laid out): far wider than any printed statement. */
    private static final int LONGEST_LINE = 20_000;

    private DocumentParser() {
    }

    /**
     * Parses a document; never throws for bad content, which becomes diagnostics instead. Binary data is one diagnostic
     * for the whole document (see {@link #unreadable}) and nothing else.
     */
    public static Document parse(String name, byte[] content) {
        SourceText source = SourceText.decode(content);
        if (!source.isText()) {
            String message = String.format(Locale.ROOT, "not a text document (binary data at byte %,d)", source.binaryAt());
            return new Document(name, Filing.UNKNOWN, List.of(), List.of(new Diagnostic(0, message, "")), List.of());
        }
        return parse(name, Lines.of(source.text()));
    }

    /** Why nothing of a document could be read (its one diagnostic for the whole document), or empty when it was read. */
    public static Optional<String> unreadable(Document document) {
        if (!document.tables().isEmpty()) {
            return Optional.empty();
        }
        return document.diagnostics().stream().filter(d -> d.line() == 0).map(Diagnostic::message).findFirst();
    }

    /** Parses the given lines of a document: each part of a submission, then the filing facts of them all. */
    public static Document parse(String name, Lines lines) {
        Submission submission = Submission.read(lines);
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        List<ProseLine> paragraphs = new ArrayList<>();
        Filing prose = Filing.UNKNOWN;
        for (Submission.Part part : submission.parts()) {
            boolean html = isHtml(part.lines());
            Optional<String> tooCostly = html ? HtmlCost.refusal(characters(part.lines()), joined(part.lines()))
                    : Optional.empty();
            if (tooCostly.isPresent()) {
                diagnostics.add(new Diagnostic(0, tooCostly.get(), ""));
                continue;
            }
            Lines text = withoutOverlongLines(html ? htmlAsText(part.lines()) : part.lines(), diagnostics);
            List<Table> partTables = isSchedule(part.type())
                    ? FdsReader.read(text, diagnostics).stream().toList()
                    : TableReader.read(text, part.type(), HeaderReader.calendar(text), yearEnd(submission.header(), text),
                            diagnostics);
            if (prose.released() == null && prose.company() == null) {
                prose = FilingReader.read(proseBefore(text, partTables));
                if (submission.header() != null && !isRelease(part.type())) {
                    prose = new Filing(prose.company(), prose.ticker(), null, null, null, null, null, null);
                }
            }
            tables.addAll(partTables);
            if (!isSchedule(part.type())) {
                int next = paragraphs.isEmpty() ? 0 : paragraphs.get(paragraphs.size() - 1).paragraph() + 1;
                paragraphs.addAll(ProseReader.read(text, partTables, next));
            }
        }
        diagnostics.sort((a, b) -> Integer.compare(a.line(), b.line()));
        tables = DocumentCurrency.apply(tables);
        return new Document(name, filing(submission.header(), prose, tables), List.copyOf(tables), List.copyOf(diagnostics),
                List.copyOf(paragraphs));
    }

    /**
     * The lines, each line longer than any a statement prints made empty and reported, so that the time and memory
     * spent on one line stay bounded whatever the file holds.
     */
    /** The lines as one text, or nothing when they are too long to lay out anyway. */
    private static CharSequence joined(Lines lines) {
        return characters(lines) > HtmlCost.LARGEST ? "" : String.join("\n", lines.text());
    }

    private static long characters(Lines lines) {
        long total = 0;
        for (String line : lines.text()) {
            total += line.length() + 1;
        }
        return total;
    }

    private static Lines withoutOverlongLines(Lines lines, List<Diagnostic> diagnostics) {
        List<String> text = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() > LONGEST_LINE) {
                text = text == null ? new ArrayList<>(lines.text()) : text;
                text.set(i, "");
                diagnostics.add(new Diagnostic(lines.number(i), String.format(Locale.ROOT,
                        "a line of %,d characters, longer than %,d, is not read", line.length(), LONGEST_LINE),
                        line.substring(0, 80).strip()));
            }
        }
        return text == null ? lines : new Lines(text, lines.numbers(), lines.cellLines());
    }

    /** Whether lines hold HTML markup (not just the SGML {@code <TABLE>}, {@code <S>}, {@code <C>} of text filings). */
    static boolean isHtml(Lines lines) {
        for (String line : lines.text()) {
            if (line.indexOf('<') >= 0 && HTML_TAG.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    /** HTML lines rendered as text lines the table reader reads, numbered by the lines of the source file. */
    private static Lines htmlAsText(Lines html) {
        Lines rendered = HtmlText.lines(String.join("\n", html.text()));
        int[] numbers = new int[rendered.size()];
        int[][] cellLines = new int[rendered.size()][];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = sourceLine(html, rendered.number(i));
            int[] pairs = rendered.cellLines() == null ? null : rendered.cellLines()[i];
            if (pairs != null) {
                cellLines[i] = pairs.clone();
                for (int p = 1; p < pairs.length; p += 2) {
                    cellLines[i][p] = sourceLine(html, pairs[p]);
                }
            }
        }
        return new Lines(rendered.text(), numbers, cellLines);
    }

    /** The file's line for line {@code local} (1-based) of a part's text. */
    private static int sourceLine(Lines part, int local) {
        return part.number(Math.max(1, Math.min(local, part.size())) - 1);
    }

    /**
     * The end of the year an annual report covers: the period of report of a 10-K, 10-KSB, 20-F or 40-F's SEC header,
     * else, in a file without one, the date its cover page gives after "fiscal year ended"; null otherwise.
     */
    private static LocalDate yearEnd(Submission.Header header, Lines text) {
        if (header == null || header.form() == null) {
            return HeaderReader.fiscalYearEnded(text);
        }
        return ANNUAL_FORM.matcher(header.form()).matches() ? header.periodOfReport() : null;
    }

    /** Whether a submission part is an EX-27 financial data schedule. */
    private static boolean isSchedule(String type) {
        return type != null && type.startsWith("EX-27");
    }

    /** Whether a submission part is a press release, whose dateline states the release date. */
    private static boolean isRelease(String type) {
        return type != null && type.startsWith("EX-99");
    }

    /** The text of a part before its first table. */
    private static String proseBefore(Lines lines, List<Table> tables) {
        int end = 0;
        while (end < lines.size() && (tables.isEmpty() || lines.number(end) < tables.get(0).line())) {
            end++;
        }
        return String.join("\n", lines.text().subList(0, end));
    }

    /**
     * The filing facts: the SEC header's where there is one, the company's own spelling and the release date from a
     * press release's dateline, and the first statement title's company when nothing else names one.
     */
    private static Filing filing(Submission.Header header, Filing prose, List<Table> tables) {
        String company = prose.company();
        if (company == null && header != null) {
            company = header.company();
        }
        if (company == null && !tables.isEmpty()) {
            company = FilingReader.companyFromTitle(tables.get(0).title());
        }
        if (header == null) {
            return new Filing(company, prose.ticker(), null, null, prose.released(), null, null, prose.releasedBasis());
        }
        LocalDate released = prose.released() != null ? prose.released() : header.filed();
        String basis = prose.released() != null ? prose.releasedBasis() : header.filed() != null ? Filing.FILED : null;
        return new Filing(company, prose.ticker(), header.cik(), header.accession(), released, header.form(),
                header.periodOfReport(), basis);
    }

    /** The text of a file's bytes (see {@link SourceText}); empty for binary data. */
    static String decode(byte[] content) {
        return SourceText.decode(content).text();
    }
}
