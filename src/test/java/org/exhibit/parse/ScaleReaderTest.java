package org.exhibit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The scale and currency a title or header states, from the words and symbols of {@code currencies.csv}. */
class ScaleReaderTest {

    @Test
    void aCurrencyNamedInWordsOrSymbolsKeepsItsIsoCode() {
        assertThat(ScaleReader.scale("(in millions of euros)").currency()).isEqualTo("EUR");
        assertThat(ScaleReader.scale("(EUR in millions)").currency()).isEqualTo("EUR");
        assertThat(ScaleReader.scale("Amounts in million EUR").multiplier()).isEqualTo(BigDecimal.valueOf(1_000_000));
        assertThat(ScaleReader.scale("(NLG millions)").currency()).isEqualTo("NLG");
        assertThat(ScaleReader.scale("in millions of guilders").currency()).isEqualTo("NLG");
        assertThat(ScaleReader.scale("(\u00a3 in millions)").currency()).isEqualTo("GBP");
        assertThat(ScaleReader.scale("(\u00a5 in billions)").currency()).isEqualTo("JPY");
        assertThat(ScaleReader.scale("(Cdn$ thousands)").currency()).isEqualTo("CAD");
        assertThat(ScaleReader.scale("(in Swiss francs)").currency()).isEqualTo("CHF");
    }

    @Test
    void dollarsAreTheDefaultAndWordsMatchWhole() {
        assertThat(ScaleReader.scale("(in thousands, except per share data)").currency()).isEqualTo("USD");
        assertThat(ScaleReader.scale("Euronext listing fees (in thousands)").currency()).isEqualTo("USD");
        assertThat(ScaleReader.scale("Deferred revenue (in millions)").currency()).isEqualTo("USD");
    }
}
