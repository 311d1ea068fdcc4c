package org.exhibit.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads who issued a document and when from its prose: the dateline, the company name and its ticker. */
final class FilingReader {

    private static final String MONTH = DateWords.MONTH;
    private static final Pattern DATELINE = Pattern.compile(
            MONTH + "\\s+(\\d{1,2}),\\s*(\\d{4})\\s*(?:--|-|\u2014|\u2013|/)\\s*(.{0,200})");
    private static final Pattern COMPANY_AND_TICKER = Pattern.compile(
            "^(?:/[^/]*/\\s*)?(?:--\\s*)?(.{2,100}?)\\s*\\(\\s*(?:NASDAQ|NYSE|AMEX|OTC|Nasdaq|Amex|American Stock Exchange|"
                    + "New York Stock Exchange)[^:)]*:\\s*([A-Z][A-Z.]{0,9})\\s*\\)");
    private static final Pattern ANY_TICKER = Pattern.compile(
            "([A-Z][\\w.,&' -]{1,80}?)\\s*\\(\\s*(?:NASDAQ|NYSE|AMEX|OTC|Nasdaq|Amex)[^:)]*:\\s*([A-Z][A-Z.]{0,9})\\s*\\)");
    private static final Pattern REGISTRANT = Pattern.compile(
            "(?im)^([^\\n]*)\\n(?:[ \\t-]*+\\n)?[ \\t-]*+\\(?\\s{0,200}+exact name of (the )?registrant");
    /** The words every {@link #REGISTRANT} match ends with, looked for first because most documents lack them. */
    private static final Pattern EXACT_NAME = Pattern.compile("(?i)exact name of");
    private static final Pattern COMPANY_WORDS = Pattern.compile(
            "(?i)\\b(inc|incorporated|corp|corporation|company|co|ltd|limited|plc|n\\.?v|s\\.?a|group|holdings?|bancorp"
                    + "|trust|partners|l\\.?p|llc)\\b\\.?|\\s(and|&)\\s+(consolidated\\s+)?subsidiar");

    private FilingReader() {
    }

    /** The filing facts stated in the prose before the first table ({@code prose} is that text); none from titles. */
    static Filing read(String prose) {
        String text = Spaces.collapse(prose);
        LocalDate released = null;
        String company = null;
        String ticker = null;
        Matcher dateline = DATELINE.matcher(text);
        if (dateline.find()) {
            int month = DateWords.month(dateline.group(1));
            released = DateWords.date(Integer.parseInt(dateline.group(3)), month, Integer.parseInt(dateline.group(2)));
            Matcher named = COMPANY_AND_TICKER.matcher(dateline.group(4));
            if (named.find()) {
                company = named.group(1).trim();
                ticker = named.group(2);
            }
        }
        if (company == null && EXACT_NAME.matcher(prose).find()) {
            Matcher registrant = REGISTRANT.matcher(prose);
            while (company == null && registrant.find()) {
                if (registrant.group(1).chars().anyMatch(c -> c < 128 && Character.isLetter(c))) {
                    company = registrant.group(1).trim().replaceAll("\\s+", " ");
                }
            }
        }
        if (company == null) {
            Matcher named = ANY_TICKER.matcher(text);
            if (named.find()) {
                company = named.group(1).trim();
                ticker = named.group(2);
            }
        }
        return new Filing(company, ticker, null, null, released, null, null, released == null ? null : Filing.PRINTED);
    }

    /**
     * The company a statement's title names, without "and subsidiaries" (e.g. "INNOVO GROUP INC"), or null when no
     * title line reads as a company's name.
     */
    static String companyFromTitle(String title) {
        for (String line : title.split(" / ")) {
            if (COMPANY_WORDS.matcher(line).find()) {
                String name = line.replaceAll("(?i)\\s+(and|&)\\s+(consolidated\\s+)?subsidiar(y|ies)\\s*$", "").trim();
                return name.isEmpty() ? null : name;
            }
        }
        return null;
    }
}
