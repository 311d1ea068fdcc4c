package org.exhibit.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names the totals a balance sheet prints without a label or heading: one that nets a "Less:" row from the row above
 * it is that row's net amount; of the others, the last one before the liabilities begin closes the assets and is
 * total assets when no row prints that name and it is at least every number above it, and the last row, when it is
 * such a total (or prints the numbers of total assets under a heading without rows), is total liabilities and equity.
 */
final class BalanceTotals {

    private BalanceTotals() {
    }

    /** The rows with their nameless grand totals named. */
    static List<Row> name(List<Row> rows) {
        List<Row> named = new ArrayList<>(rows);
        for (int i = 2; i < named.size(); i++) {
            if (isNameless(named.get(i)) && nets(named.get(i - 2), named.get(i - 1), named.get(i))) {
                named.set(i, named.get(i).relabelled(named.get(i - 2).label() + ", net", null));
            }
        }
        int lastBeforeLiabilities = -1;
        for (int i = 0; i < named.size(); i++) {
            Row row = named.get(i);
            String words = (row.section() == null ? "" : row.section() + " ") + row.label();
            if (words.toLowerCase(Locale.ROOT).contains("liabilit")) {
                break;
            }
            if (isNameless(row)) {
                lastBeforeLiabilities = i;
            }
        }
        if (lastBeforeLiabilities >= 0 && !printsTotalAssets(named) && coversAbove(named, lastBeforeLiabilities)) {
            named.set(lastBeforeLiabilities, named.get(lastBeforeLiabilities).relabelled("Total assets", null));
        }
        int last = named.size() - 1;
        if (last > lastBeforeLiabilities && last >= 0
                && (isNameless(named.get(last)) || named.get(last).unlabeledTotal() && equalsTotalAssets(named, last))) {
            named.set(last, named.get(last).relabelled("Total liabilities and stockholders' equity", null));
        }
        return named;
    }

    /**
     * Whether the row at {@code index} prints, column by column, the numbers of the table's total assets: the closing
     * total of a balance sheet, whatever heading without rows ("Commitments and contingencies") stands above it.
     */
    private static boolean equalsTotalAssets(List<Row> rows, int index) {
        Row total = rows.get(index);
        for (Row row : rows.subList(0, index)) {
            if (row.label().toLowerCase(Locale.ROOT).startsWith("total assets") && !total.cells().isEmpty()
                    && row.cells().size() == total.cells().size()) {
                for (int c = 0; c < total.cells().size(); c++) {
                    if (row.cells().get(c).column() != total.cells().get(c).column()
                            || row.cells().get(c).printed().compareTo(total.cells().get(c).printed()) != 0) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code total} is {@code gross} less the {@code less} row under it ("Less: Accumulated depreciation"),
     * column by column.
     */
    private static boolean nets(Row gross, Row less, Row total) {
        if (!less.label().toLowerCase(Locale.ROOT).startsWith("less") || gross.unlabeledTotal()
                || gross.cells().size() != total.cells().size() || less.cells().size() != total.cells().size()) {
            return false;
        }
        for (int c = 0; c < total.cells().size(); c++) {
            BigDecimal net = gross.cells().get(c).printed().subtract(less.cells().get(c).printed().abs());
            if (net.compareTo(total.cells().get(c).printed()) != 0) {
                return false;
            }
        }
        return !total.cells().isEmpty();
    }

    /** Whether the table prints its total assets under a label of their own. */
    private static boolean printsTotalAssets(List<Row> rows) {
        return rows.stream().anyMatch(r -> !r.unlabeledTotal() && r.label().toLowerCase(Locale.ROOT).startsWith("total assets"));
    }

    /**
     * Whether the total at {@code index} is, in each of its columns, at least every number printed above it, as the
     * total of all assets is and a subtotal of one section of them (AEGON's prepayments, 1,614 under 121,737 of
     * investments) is not.
     */
    private static boolean coversAbove(List<Row> rows, int index) {
        for (Cell total : rows.get(index).cells()) {
            for (Row above : rows.subList(0, index)) {
                for (Cell cell : above.cells()) {
                    if (cell.column() == total.column() && cell.printed().compareTo(total.printed()) > 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean isNameless(Row row) {
        return row.unlabeledTotal() && row.section() == null && row.label().equals("Total");
    }
}
