package org.exhibit.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.tools.json.JSONParser;
import org.jooq.tools.json.ParseException;

/**
 * The SEC's map of tickers to CIKs, {@code files/company_tickers.json}: an object of numbered entries, each
 * {@code {"cik_str":320193,"ticker":"AAPL","title":"Apple Inc."}}. Read with the JSON parser jOOQ ships.
 */
public final class TickerMap {

    /**
     * One listed company.
     *
     * @param cik its Central Index Key
     * @param ticker its ticker symbol
     * @param title its current name
     */
    public record Listing(long cik, String ticker, String title) {
    }

    private final List<Listing> listings;

    private TickerMap(List<Listing> listings) {
        this.listings = listings;
    }

    /** The map read from the file's text; {@code name} names the file in the sentence of an error. */
    public static TickerMap parse(String json, String name) throws FetchException {
        Object root;
        try {
            root = new JSONParser().parse(json);
        } catch (ParseException | RuntimeException e) {
            throw FetchException.failed(name + ": not JSON (" + e + ").", e);
        }
        if (!(root instanceof Map<?, ?> entries)) {
            throw FetchException.failed(name + ": expected an object of numbered entries.", null);
        }
        List<Listing> listings = new ArrayList<>();
        for (Object value : entries.values()) {
            if (value instanceof Map<?, ?> entry && entry.get("cik_str") instanceof Number cik
                    && entry.get("ticker") instanceof String ticker) {
                listings.add(new Listing(cik.longValue(), ticker, entry.get("title") instanceof String t ? t : ""));
            } else {
                throw FetchException.failed(name + ": an entry lacks cik_str or ticker: " + value + ".", null);
            }
        }
        return new TickerMap(List.copyOf(listings));
    }

    /** The company whose ticker is {@code ticker}, in any letter case. */
    public Optional<Listing> byTicker(String ticker) {
        return listings.stream().filter(l -> l.ticker().equalsIgnoreCase(ticker.strip())).findFirst();
    }

    /** The companies whose current name is {@code name}, ignoring letter case and punctuation. */
    public List<Listing> byTitle(String name) {
        String wanted = CompanyNameKey.of(name);
        return listings.stream().filter(l -> CompanyNameKey.of(l.title()).equals(wanted)).toList();
    }

    /** The CIK's listing, when it has one. */
    public Optional<Listing> byCik(long cik) {
        return listings.stream().filter(l -> l.cik() == cik).findFirst();
    }

    /** A company name in upper case with punctuation dropped and spaces single, for comparing names. */
    static final class CompanyNameKey {

        private CompanyNameKey() {
        }

        static String of(String name) {
            return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 ]", " ").replaceAll("\\s+", " ").strip();
        }
    }
}
