package org.exhibit.store;

import org.jooq.Field;

/**
 * Cuts a text read from a document to the size of the column it is stored in, as the schema declares it, so that no
 * text a reader keeps (a title, a scale phrase, a label, a message) can make the database refuse a whole document.
 */
final class StoredText {

    private StoredText() {
    }

    /** {@code text} whole when the column holds it, else cut to the column's size with "…" as its last character. */
    static String fit(String text, Field<String> column) {
        int size = column.getDataType().length();
        if (text == null || size <= 0 || text.length() <= size) {
            return text;
        }
        int cut = size - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "…";
    }
}
