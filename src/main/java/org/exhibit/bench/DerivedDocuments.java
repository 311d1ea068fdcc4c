package org.exhibit.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exhibit.parse.Document;
import org.exhibit.parse.DocumentParser;
import org.exhibit.parse.Filing;

/**
 * As many documents as a benchmark wants, derived from real ones: each copy has its own name, a company of its own
 * (every few copies) in place of the one the parser reads from the source, and its grouped numbers changed without
 * changing their width, so that every copy is a separate document with different facts.
 */
final class DerivedDocuments {

    /** A grouped number such as 21,906,000: its last group of three digits is what a copy changes. */
    private static final Pattern GROUPED = Pattern.compile("(?<![\\d,])(\\d{1,3}(?:,\\d{3})+)(?![\\d,])");

    /** One source: its text and the company name and ticker the parser reads from it (either may be null). */
    private record Source(String name, String text, String company, String ticker) {
    }

    private final List<Source> sources = new ArrayList<>();
    private final int perCompany;

    /** Copies of {@code documents} (name to content), {@code perCompany} consecutive copies to a company. */
    DerivedDocuments(Map<String, byte[]> documents, int perCompany) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("There are no documents to derive copies from.");
        }
        documents.forEach((name, content) -> {
            Filing filing = DocumentParser.parse(name, content).filing();
            sources.add(new Source(name, new String(content, StandardCharsets.ISO_8859_1), filing.company(), filing.ticker()));
        });
        this.perCompany = perCompany;
    }

    /** The name of copy {@code index}. */
    String name(long index) {
        Source source = sources.get((int) (index % sources.size()));
        return String.format(Locale.ROOT, "derived-%08d-%s", index, source.name());
    }

    /** The content of copy {@code index}. */
    byte[] content(long index) {
        Source source = sources.get((int) (index % sources.size()));
        long company = index / perCompany;
        String text = source.text();
        if (source.company() != null && !source.company().isBlank()) {
            text = text.replace(source.company(), String.format(Locale.ROOT, "Derived %07d Inc.", company));
        }
        if (source.ticker() != null) {
            text = text.replaceAll("\\b" + Pattern.quote(source.ticker()) + "\\b", ticker(company));
        }
        return varied(text, index).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Five capital letters, different for every company number below 26^5. */
    private static String ticker(long company) {
        char[] letters = new char[5];
        long rest = company;
        for (int i = letters.length - 1; i >= 0; i--) {
            letters[i] = (char) ('A' + rest % 26);
            rest /= 26;
        }
        return new String(letters);
    }

    /** The text with the last group of every grouped number shifted by an amount that depends on the copy. */
    private static String varied(String text, long index) {
        int shift = (int) (index * 7 % 997) + 1;
        Matcher m = GROUPED.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String number = m.group(1);
            int last = Integer.parseInt(number.substring(number.length() - 3));
            String changed = number.substring(0, number.length() - 3) + String.format(Locale.ROOT, "%03d", (last + shift) % 1000);
            m.appendReplacement(out, changed);
        }
        m.appendTail(out);
        return out.toString();
    }
}
