package org.exhibit.concept;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.exhibit.parse.Row;
import org.junit.jupiter.api.Test;

/** The unit a row's words give it when no alias says. */
class FactBuilderTest {

    private static String unit(String section, String label) {
        return FactBuilder.unitFromWords(new Row(1, label, section, List.of(), false, false));
    }

    @Test
    void sharesUsedInTheCalculationOfEarningsPerShareAreACountNotAnAmountPerShare() {
        assertThat(unit(null, "Common and common equivalent shares used in the calculations of earnings per share"))
                .isEqualTo("shares");
        assertThat(unit(null, "Net income per common and common equivalent share")).isEqualTo("USD/share");
        assertThat(unit("Earnings per share", "Diluted")).isEqualTo("USD/share");
    }

    @Test
    void aStockRowNamingItsParValuePerShareIsAnAmountOfMoney() {
        assertThat(unit("Stockholders' equity", "Common Stock, par value $1.00 per share (464 and 454 million shares issued)"))
                .isEqualTo("USD");
        assertThat(unit(null, "Dividends per share")).isEqualTo("USD/share");
    }
}
