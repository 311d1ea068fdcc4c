package org.exhibit.generate;

import java.util.Random;

/**
 * How a company lays out its statements, each choice one seen in the real corpus: SGML table tags or none, dollar
 * signs, how negatives and zeros are printed, dot leaders, stacked or numeric date headers, column widths, upper-case
 * labels, percent change columns, unlabeled totals, which optional lines it prints and the kind of document it files.
 *
 * @param tags whether tables are wrapped in {@code <TABLE>} with {@code <S>}/{@code <C>} column markers
 * @param dollars where dollar signs go
 * @param negatives how a negative amount is printed next to a dollar sign
 * @param hangingParenthesis whether a closing parenthesis stands one place right of the digits of other rows
 * @param zero how a zero is printed ("-", "--", "—" or "0")
 * @param leaders whether labels are followed by dot leaders
 * @param labelWidth the width of the label column
 * @param columnWidth the width of each value column
 * @param numericDates whether headers print dates as 03/31/03 rather than stacked "March 31," over "2003"
 * @param upperCase whether headings and totals are printed in capitals
 * @param changeColumns whether press releases print a percent change column after each pair of periods
 * @param unlabeledOperatingTotal whether total operating expenses are printed under a rule without a label
 * @param unlabeledAssetsTotal whether total assets are printed under a rule without a label
 * @param epsHeading whether per-share amounts and share counts stand under a heading as "Basic" and "Diluted"
 * @param research whether it prints a research and development line
 * @param depreciation whether it prints depreciation and amortization among operating expenses (see
 *     {@link #depreciationLine()})
 * @param intangibles whether it prints goodwill and intangible assets
 * @param liabilitiesTotal whether it prints total liabilities
 * @param releases whether it files press releases (EX-99) rather than 10-Q and 10-K bodies
 * @param cashFlowInRelease whether its press releases include a cash flow statement
 * @param submissions whether its documents are full submission files with an SEC header
 * @param captionVariant which spelling of its scale caption it uses
 * @param footnotes whether a label of its income statement carries a footnote marker, explained under the table
 */
record Style(boolean tags, Dollars dollars, Negatives negatives, boolean hangingParenthesis, String zero, boolean leaders,
             int labelWidth, int columnWidth, boolean numericDates, boolean upperCase, boolean changeColumns,
             boolean unlabeledOperatingTotal, boolean unlabeledAssetsTotal, boolean epsHeading, boolean research,
             boolean depreciation, boolean intangibles, boolean liabilitiesTotal, boolean releases,
             boolean cashFlowInRelease, boolean submissions, int captionVariant, boolean footnotes) {

    /** Where dollar signs go. */
    enum Dollars { NONE, ADJACENT, PADDED }

    /** How a negative amount with a dollar sign is printed: $(1,234) or ($1,234). */
    enum Negatives { DOLLAR_OUTSIDE, DOLLAR_INSIDE }

    private static final String[] ZEROS = {"-", "--", "\u2014", "0"};

    /** Whether depreciation is printed among operating expenses: when asked for, or else the only expense there. */
    boolean depreciationLine() {
        return depreciation || !research;
    }

    /** A style drawn at random. */
    static Style draw(Random random) {
        return new Style(random.nextBoolean(), Dollars.values()[random.nextInt(3)], Negatives.values()[random.nextInt(2)],
                random.nextBoolean(), ZEROS[random.nextInt(ZEROS.length)], random.nextInt(4) == 0,
                38 + random.nextInt(14), 11 + random.nextInt(4), random.nextInt(3) == 0, random.nextInt(4) == 0,
                random.nextInt(3) == 0, random.nextInt(4) == 0, random.nextInt(5) == 0, random.nextBoolean(),
                random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
                random.nextBoolean(), random.nextInt(3) == 0, random.nextInt(8), random.nextInt(4) == 0);
    }
}
