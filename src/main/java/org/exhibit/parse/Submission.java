package org.exhibit.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EDGAR submission split into its parts: the SEC header's facts and each {@code <DOCUMENT>} with its type.
 * A file without SGML document tags is one part of unknown type.
 *
 * @param header the facts of the {@code <SEC-HEADER>}, or null when the file has none
 * @param parts the documents of the submission, in order
 */
public record Submission(Header header, List<Part> parts) {

    private static final Pattern DOCUMENT_START = Pattern.compile("(?i)\\s*<DOCUMENT>\\s*");
    private static final Pattern DOCUMENT_END = Pattern.compile("(?i)\\s*</DOCUMENT>\\s*");
    private static final Pattern TYPE = Pattern.compile("(?i)\\s*<TYPE>\\s*(\\S+).*");
    private static final Pattern DESCRIPTION = Pattern.compile("(?i)\\s*<DESCRIPTION>\\s*(.*)");
    private static final Pattern TEXT_START = Pattern.compile("(?i)\\s*<TEXT>\\s*");
    private static final Pattern TEXT_END = Pattern.compile("(?i)\\s*</TEXT>\\s*");
    private static final Pattern HEADER_END = Pattern.compile("(?i)\\s*</(SEC|IMS)-HEADER>.*");
    private static final Pattern FIELD = Pattern.compile("^\\s*([A-Z][A-Z -]+):\\s*(.*?)\\s*$");

    /**
     * The facts an SEC header states.
     *
     * @param company company conformed name of the first filer (or subject company)
     * @param cik central index key as printed
     * @param form conformed submission type, e.g. "8-K"
     * @param accession accession number
     * @param periodOfReport conformed period of report, or null
     * @param filed filed-as-of date, or null
     */
    public record Header(String company, String cik, String form, String accession, LocalDate periodOfReport,
                         LocalDate filed) {
    }

    /**
     * One document of a submission.
     *
     * @param type its type, e.g. "EX-99.1", "10-Q", "EX-27"; null when the file is not a submission
     * @param description its description, or null
     * @param lines the text inside {@code <TEXT>}, with source line numbers
     */
    public record Part(String type, String description, Lines lines) {
    }

    /** Splits a file's lines into header and documents. */
    public static Submission read(Lines lines) {
        Header header = header(lines);
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (Chars.isTag(DOCUMENT_START, "<DOCUMENT>", lines.get(i))) {
                int end = i + 1;
                while (end < lines.size() && !Chars.isTag(DOCUMENT_END, "</DOCUMENT>", lines.get(end))) {
                    end++;
                }
                parts.add(part(lines, i + 1, end));
                i = end;
            }
        }
        if (parts.isEmpty()) {
            parts.add(new Part(null, null, lines));
        }
        return new Submission(header, List.copyOf(parts));
    }

    private static Part part(Lines lines, int from, int to) {
        String type = null;
        String description = null;
        int textStart = from;
        int textEnd = to;
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (!Chars.startsWithTag(line)) {
                continue;
            }
            Matcher m;
            if (type == null && (m = TYPE.matcher(line)).matches()) {
                type = m.group(1).toUpperCase(java.util.Locale.ROOT);
            } else if (description == null && (m = DESCRIPTION.matcher(line)).matches()) {
                description = m.group(1).trim();
            } else if (TEXT_START.matcher(line).matches()) {
                textStart = i + 1;
                textEnd = to;
                for (int j = i + 1; j < to; j++) {
                    if (Chars.isTag(TEXT_END, "</TEXT>", lines.get(j))) {
                        textEnd = j;
                        break;
                    }
                }
                break;
            }
        }
        return new Part(type, description, lines.slice(textStart, Math.max(textStart, textEnd)));
    }

    /** The SEC header's facts, read from the lines before {@code </SEC-HEADER>}; null when there is none. */
    private static Header header(Lines lines) {
        int end = -1;
        for (int i = 0; i < lines.size() && i < 2000; i++) {
            if (Chars.isTag(HEADER_END, "</", lines.get(i))) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        String company = null;
        String cik = null;
        String form = null;
        String accession = null;
        LocalDate period = null;
        LocalDate filed = null;
        for (int i = 0; i < end; i++) {
            Matcher m = FIELD.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            String value = m.group(2);
            switch (m.group(1).trim()) {
                case "COMPANY CONFORMED NAME" -> company = company == null ? value : company;
                case "CENTRAL INDEX KEY" -> cik = cik == null ? value : cik;
                case "CONFORMED SUBMISSION TYPE" -> form = value;
                case "ACCESSION NUMBER" -> accession = value;
                case "CONFORMED PERIOD OF REPORT" -> period = compactDate(value);
                case "FILED AS OF DATE" -> filed = compactDate(value);
                default -> { }
            }
        }
        return new Header(company, cik, form, accession, period, filed);
    }

    /** A date written yyyymmdd, or null. */
    private static LocalDate compactDate(String value) {
        if (!value.matches("\\d{8}")) {
            return null;
        }
        return DateWords.date(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(4, 6)),
                Integer.parseInt(value.substring(6, 8)));
    }
}
