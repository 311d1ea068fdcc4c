package org.exhibit.generate;

import java.util.Locale;
import java.util.Random;

/**
 * Makes up the company with a given index of a corpus: a name, ticker and CIK no other company of the corpus has, a
 * city, a fiscal calendar (most years ending in December, some in other months, a quarter of them 52/53-week years), a
 * scale, its labels and its style, all drawn from a random source of its own so that it does not depend on the others.
 */
final class Companies {

    private static final String[] FIRST = {"Acme", "Blue Ridge", "Cascade", "Delta", "Evergreen", "Frontier", "Granite",
        "Harbor", "Ironwood", "Juniper", "Keystone", "Lakeside", "Meridian", "Northstar", "Oakmont", "Pinnacle", "Quantum",
        "Redwood", "Summit", "Tidewater", "Union", "Vanguard", "Westfield", "Yorktown", "Zenith", "Atlas", "Beacon",
        "Crescent", "Dominion", "Eagle", "Falcon", "Gateway", "Heritage", "Liberty", "Mesa", "Pioneer", "Sterling",
        "Trident", "Vista", "Windsor"};
    private static final String[] SECOND = {"Widget", "Systems", "Foods", "Industries", "Technologies", "Instruments",
        "Pharmaceuticals", "Networks", "Energy", "Materials", "Apparel", "Software", "Devices", "Logistics", "Resources",
        "Semiconductor", "Medical", "Communications", "Plastics", "Brands", "Electronics", "Chemicals", "Motors",
        "Laboratories", "Products", "Holdings", "Outfitters", "Data", "Controls", "Metals"};
    private static final String[] REGIONS = {"", "Pacific", "Atlantic", "Southern", "Northern", "Western", "Eastern",
        "Continental", "American", "National", "International", "Global", "United", "General", "Central", "Coastal",
        "Midwest", "Great Lakes", "Gulf", "Mountain", "Valley", "Capital", "Metro", "Republic", "Allied"};
    private static final String[] SUFFIXES = {"Corporation", "Inc.", "Company", "Corp."};
    private static final String[] CITIES = {"SAN JOSE, Calif.", "AUSTIN, Texas", "BOSTON, Mass.", "CHICAGO, Ill.",
        "NEW YORK, N.Y.", "DALLAS, Texas", "DENVER, Colo.", "SEATTLE, Wash.", "ATLANTA, Ga.", "MINNEAPOLIS, Minn.",
        "PHOENIX, Ariz.", "KNOXVILLE, Tenn.", "CLEVELAND, Ohio", "PORTLAND, Ore.", "RALEIGH, N.C."};
    private static final int[] YEAR_ENDS = {12, 12, 12, 12, 12, 12, 3, 6, 9, 1, 5, 10};
    private static final Scale[] SCALES = {Scale.THOUSANDS, Scale.THOUSANDS, Scale.THOUSANDS, Scale.MILLIONS, Scale.UNITS};

    private Companies() {
    }

    /** A random source for the company with the given index, from the corpus seed. */
    static Random random(long seed, int index) {
        return new Random(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L);
    }

    /** The company with the given index; its first filed quarter is at least three years into its history. */
    static Company create(int index, Random random) {
        String region = REGIONS[index / (FIRST.length * SECOND.length) % REGIONS.length];
        String name = FIRST[index % FIRST.length] + (region.isEmpty() ? "" : " " + region) + " "
                + SECOND[index / FIRST.length % SECOND.length] + " " + SUFFIXES[random.nextInt(SUFFIXES.length)];
        int round = index / (FIRST.length * SECOND.length * REGIONS.length);
        if (round > 0) {
            name = name + " " + "ABCDEFGHIJKLMNOPQRSTUVWXYZ".charAt((round - 1) % 26) + (round > 26 ? "" + (round - 1) / 26 : "");
        }
        FiscalCalendar calendar = new FiscalCalendar(YEAR_ENDS[random.nextInt(YEAR_ENDS.length)], random.nextInt(4) == 0);
        Style style = Style.draw(random);
        return new Company(index, name, ticker(index), random.nextBoolean() ? "NASDAQ" : "NYSE",
                String.format(Locale.ROOT, "%010d", 1_000_000 + index), CITIES[random.nextInt(CITIES.length)], calendar,
                SCALES[random.nextInt(SCALES.length)], 12 + random.nextInt(4), Labels.draw(random), style);
    }

    /** Four or more capital letters, different for every index. */
    private static String ticker(int index) {
        StringBuilder ticker = new StringBuilder();
        int rest = index;
        for (int i = 0; i < 4 || rest > 0; i++) {
            ticker.append((char) ('A' + rest % 26));
            rest /= 26;
        }
        return ticker.reverse().toString();
    }
}
