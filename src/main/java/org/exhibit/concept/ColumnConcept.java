package org.exhibit.concept;

/**
 * A concept named by a row and its column together: in a column whose header words begin with {@code measure}, a
 * row read as {@code rowConcept} is {@code concept} ("Total assets" under "Average Balance" is the average of total
 * assets over the period, not total assets at its end).
 *
 * @param measure the first words over the column, compared as {@link AliasBook#key} compares labels
 * @param rowConcept the concept the row's label names alone
 * @param concept the concept of the row's numbers in such a column
 */
public record ColumnConcept(String measure, String rowConcept, String concept) {

    /** Whether a column headed by {@code columnMeasure} turns a row of {@code conceptOfRow} into {@link #concept}. */
    boolean applies(String columnMeasure, String conceptOfRow) {
        String key = AliasBook.key(columnMeasure);
        String start = AliasBook.key(measure);
        return rowConcept.equals(conceptOfRow) && (key.equals(start) || key.startsWith(start + " "));
    }
}
