package org.exhibit.parse;

import java.time.LocalDate;

/**
 * Who filed a document and when, as far as its text says.
 *
 * @param company company name as printed, or null when the text does not name it
 * @param ticker exchange symbol, e.g. "INNO" from "(NASDAQ: INNO)", or null
 * @param cik SEC central index key from a submission header, or null
 * @param accession SEC accession number from a submission header, or null
 * @param released the release date stated in the document (else the date it was filed), or null
 * @param form the submission type from an SEC header, e.g. "8-K", or null
 * @param periodOfReport the period of report from an SEC header, or null
 * @param releasedBasis where {@code released} comes from: {@link #PRINTED} or {@link #FILED}; null when it is null
 */
public record Filing(String company, String ticker, String cik, String accession, LocalDate released, String form,
                     LocalDate periodOfReport, String releasedBasis) {

    /** A release date printed in the document itself. */
    public static final String PRINTED = "document";

    /** A release date taken from the SEC header's filed date. */
    public static final String FILED = "filed";

    /** A filing of which nothing is known. */
    public static final Filing UNKNOWN = new Filing(null, null, null, null, null, null, null, null);
}
