package org.exhibit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The totals a balance sheet prints without a label get the name of what they add up. */
class BalanceTotalsTest {

    private static Row row(int line, String label, String... values) {
        List<Cell> cells = new java.util.ArrayList<>();
        for (int c = 0; c < values.length; c++) {
            cells.add(new Cell(c, new BigDecimal(values[c]), values[c], line));
        }
        return new Row(line, label, null, List.copyOf(cells), label.equals("Total"), label.equals("Total"));
    }

    @Test
    void aTotalUnderALessRowIsTheNetOfTheRowAboveNotTotalAssets() {
        List<Row> rows = BalanceTotals.name(List.of(
                row(1, "Total Current Assets", "6729", "7018"),
                row(2, "Property, Plant and Equipment", "6422", "6264"),
                row(3, "Less: Accumulated depreciation", "2624", "2504"),
                row(4, "Total", "3798", "3760"),
                row(5, "Other Assets", "859", "973"),
                row(6, "Total Assets", "13750", "13929"),
                row(7, "Accounts payable", "896", "848")));
        assertThat(rows).extracting(Row::label).containsExactly("Total Current Assets", "Property, Plant and Equipment",
                "Less: Accumulated depreciation", "Property, Plant and Equipment, net", "Other Assets", "Total Assets",
                "Accounts payable");
    }

    @Test
    void aNamelessTotalThatIsNotANetClosesTheAssets() {
        List<Row> rows = BalanceTotals.name(List.of(
                row(1, "Cash", "10", "20"),
                row(2, "Less: Allowance", "1", "2"),
                row(3, "Total", "12", "25"),
                row(4, "Total liabilities", "5", "6")));
        assertThat(rows.get(2).label()).isEqualTo("Total assets");
    }

    @Test
    void aNamelessSubtotalOfOneSectionIsNotTotalAssets() {
        List<Row> printed = List.of(
                row(1, "Investments", "121737", "112989"),
                row(2, "Receivables", "5539", "4550"),
                row(3, "Accrued interest and rent", "1421", "1395"),
                row(4, "Other prepayments and accrued income", "193", "105"),
                row(5, "Total", "1614", "1500"),
                row(6, "Total liabilities", "5", "6"));
        assertThat(BalanceTotals.name(printed).get(4).label()).isEqualTo("Total");
        List<Row> withItsOwnTotal = new java.util.ArrayList<>(printed.subList(2, 5));
        withItsOwnTotal.add(row(6, "Total assets", "244216", "228808"));
        assertThat(BalanceTotals.name(withItsOwnTotal).get(2).label()).isEqualTo("Total");
    }

    /**
     * The closing total printed under a heading without rows ("Commitments and contingencies") is total liabilities
     * and equity when it repeats total assets; a closing total that does not is left as it was read.
     */
    @Test
    void aClosingTotalEqualToTotalAssetsUnderAHeadingWithoutRowsIsTotalLiabilitiesAndEquity() {
        Row assets = row(1, "Total assets", "4233", "5364");
        Row equity = row(2, "Total shareholders' equity", "1200", "2058");
        Row closing = new Row(3, "Total commitments and contingencies", "Commitments and contingencies",
                List.of(new Cell(0, new BigDecimal("4233"), "4,233", 3), new Cell(1, new BigDecimal("5364"), "5,364", 3)),
                true, true);
        assertThat(BalanceTotals.name(List.of(assets, equity, closing)).get(2).label())
                .isEqualTo("Total liabilities and stockholders' equity");
        Row other = new Row(3, "Total commitments and contingencies", "Commitments and contingencies",
                List.of(new Cell(0, new BigDecimal("4200"), "4,200", 3), new Cell(1, new BigDecimal("5364"), "5,364", 3)),
                true, true);
        assertThat(BalanceTotals.name(List.of(assets, equity, other)).get(2).label())
                .isEqualTo("Total commitments and contingencies");
    }
}
