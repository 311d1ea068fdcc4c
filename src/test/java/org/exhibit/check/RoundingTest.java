package org.exhibit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rounding model: half a unit of the last printed digit per number, and what a slip of the pen looks like. */
class RoundingTest {

    private static Figure printed(String value, String precision) {
        return new Figure(0, null, LocalDate.of(2003, 3, 1), 0, new BigDecimal(value), new BigDecimal(value),
                new BigDecimal(precision), "USD", 1);
    }

    @Test
    void threeRowsAndATotalInThousandsMayBeOffByTwoThousand() {
        List<Figure> figures = List.of(printed("2888000", "1000"), printed("4522000", "1000"), printed("788000", "1000"),
                printed("8188000", "1000"));
        assertThat(Rounding.tolerance(figures)).isEqualByComparingTo("2000");
        assertThat(Rounding.within(new BigDecimal("8190000"), new BigDecimal("8188000"), new BigDecimal("2000"))).isTrue();
        assertThat(Rounding.within(new BigDecimal("8198000"), new BigDecimal("8188000"), new BigDecimal("2000"))).isFalse();
    }

    @Test
    void perShareAmountsAreExactToHalfACent() {
        assertThat(printed("0.02", "0.01").halfUnit()).isEqualByComparingTo("0.005");
    }

    @Test
    void theRelativeDifferenceIsTakenAgainstTheLargerNumber() {
        assertThat(Rounding.relativeDifference(new BigDecimal("8198000"), new BigDecimal("8188000")))
                .isEqualByComparingTo("0.00121981");
        assertThat(Rounding.relativeDifference(new BigDecimal("-400"), BigDecimal.ZERO)).isEqualByComparingTo("1");
        assertThat(Rounding.relativeDifference(BigDecimal.ZERO, BigDecimal.ZERO)).isNull();
        assertThat(Rounding.percent(new BigDecimal("0.00121981"))).isEqualTo("0.12%");
    }

    @Test
    void aSlipChangesOneDigitSwapsTwoOrDropsTheParentheses() {
        BigDecimal thousand = new BigDecimal("1000");
        assertThat(Rounding.looksLikeSlip(new BigDecimal("8198000"), new BigDecimal("8188000"), thousand)).isTrue();
        assertThat(Rounding.looksLikeSlip(new BigDecimal("8198000"), new BigDecimal("8918000"), thousand)).isTrue();
        assertThat(Rounding.looksLikeSlip(new BigDecimal("-384000"), new BigDecimal("384000"), thousand)).isTrue();
        assertThat(Rounding.looksLikeSlip(new BigDecimal("16001000"), new BigDecimal("15991000"), thousand)).isFalse();
        assertThat(Rounding.looksLikeSlip(new BigDecimal("92000"), new BigDecimal("122000"), thousand)).isFalse();
        assertThat(Rounding.looksLikeSlip(new BigDecimal("-400000"), BigDecimal.ZERO, thousand)).isFalse();
    }

    @Test
    void numbersAreFormattedWithTheirDecimals() {
        assertThat(Rounding.format(new BigDecimal("8198000.00000000"))).isEqualTo("8,198,000");
        assertThat(Rounding.format(new BigDecimal("-0.03"))).isEqualTo("-0.03");
        assertThat(Rounding.format(new BigDecimal("1E+3"))).isEqualTo("1,000");
        assertThat(Rounding.format(new BigDecimal("-123456.7890"))).isEqualTo("-123,456.789");
        assertThat(Rounding.format(new BigDecimal("999"))).isEqualTo("999");
        assertThat(Rounding.format(BigDecimal.ZERO)).isEqualTo("0");
    }
}
