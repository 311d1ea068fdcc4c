package org.exhibit.generate;

/** The unit money and share counts of a company's statements are printed in, with the size of a typical quarter's sales. */
enum Scale {
    UNITS(1, 400_000, 60_000_000, new String[] {"", "(unaudited)"}),
    THOUSANDS(1_000, 2_000, 400_000, new String[] {"(in thousands, except per share data)",
            "(000's except per share data)", "(Dollars in thousands, except per share amounts)",
            "(In thousands, except per share amounts)"}),
    MILLIONS(1_000_000, 150, 12_000, new String[] {"(in millions, except per share data)",
            "(Dollars in millions, except per share amounts)"});

    final long factor;
    final long minimumSales;
    final long maximumSales;
    private final String[] captions;

    Scale(long factor, long minimumSales, long maximumSales, String[] captions) {
        this.factor = factor;
        this.minimumSales = minimumSales;
        this.maximumSales = maximumSales;
        this.captions = captions;
    }

    /** The caption under a statement's title that states this scale, one of the spellings seen in the corpus. */
    String caption(int variant) {
        return captions[Math.floorMod(variant, captions.length)];
    }
}
