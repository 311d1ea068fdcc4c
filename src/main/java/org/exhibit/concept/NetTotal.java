package org.exhibit.concept;

/**
 * A net total as statements lay it out: a row read as {@code gross} just below a row of {@code gross} and then a row of
 * {@code deduction}, in the same table, is the gross less the deduction, {@code net} ("Total revenues", "Interest
 * expense", "Net revenues" is revenues net of interest expense).
 *
 * @param gross the concept of the gross total, and the one the net row's label names alone
 * @param deduction the concept of the row deducted from the gross total
 * @param net the concept of the net row
 */
public record NetTotal(String gross, String deduction, String net) {
}
