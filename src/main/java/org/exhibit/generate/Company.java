package org.exhibit.generate;

import java.util.Map;

/**
 * A made-up company: who it is, when its quarters end, the scale it prints in, the labels it uses and how its
 * statements are laid out, all fixed for every document it files.
 *
 * @param index its position in the generated corpus
 * @param name its name as printed in its documents
 * @param ticker its ticker symbol
 * @param exchange the exchange of the ticker ("NASDAQ", "NYSE")
 * @param cik its central index key, ten digits
 * @param city where its press releases are dated
 * @param calendar when its quarters end
 * @param scale the unit of its money and share counts
 * @param firstQuarter the index in its history of the first quarter it files a document for
 * @param labels its spelling of each label and title of its statements (keys as in labels.csv)
 * @param style how its statements are laid out
 */
record Company(int index, String name, String ticker, String exchange, String cik, String city, FiscalCalendar calendar,
               Scale scale, int firstQuarter, Map<String, String> labels, Style style) {

    /** The fiscal year the quarter with the given index of its history belongs to. */
    int fiscalYear(int quarter) {
        return firstYear() + quarter / 4;
    }

    /** The quarter of its fiscal year (1 to 4) that the quarter with the given index is. */
    int fiscalQuarter(int quarter) {
        return quarter % 4 + 1;
    }

    /** The last day of the quarter with the given index of its history. */
    java.time.LocalDate end(int quarter) {
        return calendar.end(fiscalYear(quarter), fiscalQuarter(quarter));
    }

    /** The fiscal year of the first quarter of its history. */
    int firstYear() {
        return 1994 + index % 11;
    }
}
