package org.exhibit.render;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole result held in memory for layouts that need every width before printing the first row.
 *
 * @param labels column labels
 * @param numeric which columns hold numbers
 * @param rows cell texts, null for SQL NULL
 * @param fractional which columns hold numbers that may have a fraction (decimals, not whole-number types)
 */
record Grid(List<String> labels, boolean[] numeric, List<String[]> rows, boolean[] fractional) {

    /**
     * This grid as a table shows it: decimal numbers rounded to {@link Readable#DECIMALS} places and, when asked,
     * grouped by thousands (see {@link Readable}).
     */
    Grid readable(boolean thousands) {
        List<String[]> shown = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            String[] cells = row.clone();
            for (int i = 0; i < cells.length; i++) {
                if (fractional[i] && cells[i] != null) {
                    cells[i] = Readable.number(cells[i], thousands);
                }
            }
            shown.add(cells);
        }
        return new Grid(labels, numeric, shown, fractional);
    }

    /** Reads every row of a result. */
    static Grid read(ResultSet rs) throws SQLException {
        List<String> labels = Values.labels(rs.getMetaData());
        boolean[] fractional = Values.fractional(rs.getMetaData());
        boolean[] numeric = Values.numeric(rs.getMetaData());
        List<String[]> rows = new ArrayList<>();
        while (rs.next()) {
            String[] row = new String[labels.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = Values.text(rs, i + 1);
            }
            rows.add(row);
        }
        return new Grid(labels, numeric, rows, fractional);
    }
}
