package org.exhibit.render;

import java.util.List;

/**
 * What a renderer printed: the rows, and the columns a table left out because the screen was too narrow.
 *
 * @param rows rows printed
 * @param hidden labels of the columns not shown
 */
public record Rendered(long rows, List<String> hidden) {

    /** Every column of {@code rows} rows shown. */
    static Rendered all(long rows) {
        return new Rendered(rows, List.of());
    }

    /**
     * The footer under a table: "(6 rows)", with the time taken when given and the hidden columns named, with how to
     * see them.
     */
    public String footer(String elapsed) {
        StringBuilder footer = new StringBuilder("(").append(rows).append(rows == 1 ? " row" : " rows");
        if (elapsed != null) {
            footer.append(", ").append(elapsed);
        }
        if (!hidden.isEmpty()) {
            footer.append("; ").append(hidden.size()).append(hidden.size() == 1 ? " column" : " columns")
                    .append(" hidden: ").append(String.join(", ", hidden)).append("; \\x (or --format vertical) shows every column");
        }
        return footer.append(')').toString();
    }
}
