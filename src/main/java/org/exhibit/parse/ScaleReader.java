package org.exhibit.parse;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the scale and currency a table states in its title or header, e.g. "(in thousands except per share data)". */
final class ScaleReader {

    private static final Pattern THOUSANDS = Pattern.compile(
            "in thousands|thousands of|\\(?\\$?\\s?000'?s\\)?|\\(\\$?000\\)|\\$\\s?000\\b|in 000s|in thousand\\b"
                    + "|\\(\\s?(\\$\\s?)?thousands\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MILLIONS = Pattern.compile(
            "in millions?\\b|millions of|\\$\\s?millions|\\(\\$?000,000\\)|\\bin \\$?m\\b|\\(\\s?millions\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BILLIONS = Pattern.compile(
            "in billions?\\b|billions of|\\$\\s?billions|\\(\\s?billions\\b", Pattern.CASE_INSENSITIVE);
    /**
     * What a scale excepts ("except per share amounts"): up to a closing parenthesis, a gap of two spaces, a line
     * joined on with " / ", or a year, so that a caption run on into the column headings keeps only its own words.
     */
    private static final Pattern EXCEPT = Pattern.compile(
            "except\\b((?:(?!\\s{2}|\\s/\\s|\\s(?:19|20)\\d\\d\\b)[^)])*)", Pattern.CASE_INSENSITIVE);

    /** The currency phrases of the bundled {@code currencies.csv}, by ISO code in the order of the file. */
    private static final Map<String, java.util.List<String>> PHRASES = phrases();

    /** Each code's phrases as one pattern of whole words; dollars are the default. */
    private static final Map<Pattern, String> CURRENCIES = currencies();

    /** What every match of a currency pattern holds, in lower case: none of these, no currency is named. */
    private static final String[] CURRENCY_CUES = PHRASES.values().stream().flatMap(java.util.List::stream)
            .map(p -> p.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);

    private ScaleReader() {
    }

    /**
     * The scale stated in a table's title or header text, millions before thousands before billions when it names
     * several; {@link Scale#UNITS} when none is stated.
     */
    static Scale scale(String text) {
        String currency = currency(text);
        BigDecimal multiplier;
        Matcher found = MILLIONS.matcher(text);
        if (found.find()) {
            multiplier = BigDecimal.valueOf(1_000_000);
        } else {
            found = THOUSANDS.matcher(text);
            if (found.find()) {
                multiplier = BigDecimal.valueOf(1_000);
            } else {
                found = BILLIONS.matcher(text);
                if (!found.find()) {
                    return new Scale(BigDecimal.ONE, false, "", currency);
                }
                multiplier = BigDecimal.valueOf(1_000_000_000);
            }
        }
        boolean shares = true;
        String phrase = found.group().trim();
        Matcher except = EXCEPT.matcher(text);
        if (except.find(found.start())) {
            String excluded = except.group(1).toLowerCase(Locale.ROOT).replaceAll("per[- ]share", "");
            shares = !excluded.contains("share");
            phrase = text.substring(found.start(), except.end()).trim();
        }
        return new Scale(multiplier, shares, phrase.replaceAll("\\s+", " "), currency);
    }

    /** The currency a text names for its amounts, USD when it names none. */
    static String currency(String text) {
        if (!Chars.containsAny(Chars.asciiLower(text), CURRENCY_CUES)) {
            return "USD";
        }
        for (Map.Entry<Pattern, String> currency : CURRENCIES.entrySet()) {
            if (currency.getKey().matcher(text).find()) {
                return currency.getValue();
            }
        }
        return "USD";
    }

    private static Map<Pattern, String> currencies() {
        Map<Pattern, String> currencies = new LinkedHashMap<>();
        PHRASES.forEach((code, phrases) -> currencies.put(Pattern.compile(String.join("|", phrases.stream()
                .map(ScaleReader::wholeWords).toList()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), code));
        return currencies;
    }

    /** A phrase as a pattern that matches it as whole words where it begins or ends with a letter. */
    private static String wholeWords(String phrase) {
        String quoted = Pattern.quote(phrase);
        boolean letterFirst = Character.isLetter(phrase.charAt(0));
        boolean letterLast = Character.isLetter(phrase.charAt(phrase.length() - 1));
        return (letterFirst ? "(?<!\\p{L})" : "") + quoted + (letterLast ? "(?!\\p{L})" : "");
    }

    private static Map<String, java.util.List<String>> phrases() {
        Map<String, java.util.List<String>> phrases = new LinkedHashMap<>();
        try (java.io.InputStream in = ScaleReader.class.getResourceAsStream("currencies.csv");
             java.io.BufferedReader reader = new java.io.BufferedReader(
                     new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.equals("code,phrase"))
                    .map(line -> line.split(",", 2))
                    .forEach(f -> phrases.computeIfAbsent(f[0].trim(), c -> new java.util.ArrayList<>()).add(f[1].trim()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return phrases;
    }
}
