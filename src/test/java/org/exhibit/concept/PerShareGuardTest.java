package org.exhibit.concept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.exhibit.parse.Diagnostic;
import org.exhibit.parse.Document;
import org.exhibit.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/** Money totals under a per-share heading are not earnings per share, and what is turned away is said. */
class PerShareGuardTest {

    private static final String HEADER = "                                              Years Ended December 31,\n"
            + "                                              1996          1995\n"
            + "<S>                                           <C>           <C>\n";

    private static Reading read(String text) {
        Document document = DocumentParser.parse("t.txt", text.getBytes(StandardCharsets.UTF_8));
        return FactBuilder.bundled().read(document);
    }

    @Test
    void theNetIncomeOfAComputationOfEarningsPerShareIsAnAmountAndItsResultThePerShareFigure() {
        Reading reading = read("EXHIBIT 11\nCOMPUTATION OF EARNINGS (LOSS) PER COMMON SHARE\n"
                + "(DOLLARS IN MILLIONS, EXCEPT PER SHARE AMOUNTS)\n\n<TABLE>\n<CAPTION>\n" + HEADER
                + "PRIMARY EARNINGS (LOSS) PER SHARE\n"
                + "  Net income (loss)...........................  $  (816)      $   424\n"
                + "  Weighted average number of common shares\n"
                + "    outstanding (in thousands)...............   123,734       121,192\n"
                + "Primary earnings (loss) per common share......  $ (6.59)      $  3.45\n</TABLE>\n");
        assertThat(reading.facts()).filteredOn(f -> f.period().end().getYear() == 1996)
                .extracting(Fact::concept, Fact::unit, f -> f.value().stripTrailingZeros().toPlainString())
                .containsExactly(tuple("NetIncomeLoss", "USD", "-816000000"), tuple(null, "shares", "123734000"),
                        tuple("EarningsPerShareBasic", "USD/share", "-6.59"));
    }

    @Test
    void earningsPerShareFarAboveNetIncomeOverAverageSharesIsTurnedAwayWithItsLine() {
        Reading reading = read("CONSOLIDATED STATEMENTS OF OPERATIONS\n(In millions, except per share amounts)\n\n"
                + "<TABLE>\n<CAPTION>\n" + HEADER
                + "Net sales.......................................  $ 9,833       $11,062\n"
                + "Net income (loss)...............................  $  (816)      $   424\n"
                + "Average common shares outstanding...............    123.7         121.2\n"
                + "</TABLE>\n\nSELECTED PER SHARE DATA\n(In millions, except per share amounts)\n\n"
                + "<TABLE>\n<CAPTION>\n" + HEADER
                + "PER COMMON SHARE\n"
                + "  Net income (loss)...........................  $  (816)      $   424\n"
                + "  Cash dividends..............................  $    .12      $   .48\n</TABLE>\n");
        assertThat(reading.facts()).filteredOn(f -> f.concept() != null && f.concept().startsWith("EarningsPerShare"))
                .isEmpty();
        assertThat(reading.facts()).filteredOn(f -> "NetIncomeLoss".equals(f.concept())).hasSize(2);
        assertThat(reading.document().diagnostics()).extracting(Diagnostic::line, Diagnostic::text)
                .containsExactly(tuple(23, "Net income (loss)"), tuple(23, "Net income (loss)"));
        assertThat(reading.document().diagnostics().get(0).message()).contains("more than ten times net income");
    }

    @Test
    void aPerShareFigurePrintingTheDigitsOfAMoneyTotalOfItsPeriodIsTurnedAway() {
        Reading reading = read("CONSOLIDATED STATEMENTS OF OPERATIONS\n(In millions, except per share amounts)\n\n"
                + "<TABLE>\n<CAPTION>\n" + HEADER
                + "Net income (loss)...............................  $  (816)      $   424\n"
                + "</TABLE>\n\nSELECTED PER SHARE DATA\n(In millions, except per share amounts)\n\n"
                + "<TABLE>\n<CAPTION>\n" + HEADER
                + "PER COMMON SHARE\n"
                + "  Net income (loss)...........................  $  (816)      $   424\n"
                + "  Cash dividends..............................  $    .12      $   .48\n</TABLE>\n");
        assertThat(reading.facts()).filteredOn(f -> f.unit().equals("USD/share"))
                .extracting(f -> f.value().toPlainString()).containsExactly("0.12", "0.48");
        assertThat(reading.document().diagnostics()).extracting(Diagnostic::message)
                .allMatch(m -> m.contains("prints the digits of the money total on line 9"));
    }

    @Test
    void aPerShareFigureOfAPlausibleSizeIsKept() {
        Reading reading = read("CONSOLIDATED STATEMENTS OF OPERATIONS\n(In millions, except per share amounts)\n\n"
                + "<TABLE>\n<CAPTION>\n" + HEADER
                + "Net income (loss)...............................  $  (816)      $   424\n"
                + "Weighted average shares outstanding (thousands).   123,734       121,192\n"
                + "Net income (loss) per share.....................  $ (6.59)      $  3.45\n</TABLE>\n");
        assertThat(reading.facts()).filteredOn(f -> "EarningsPerShareBasic".equals(f.concept())).hasSize(2);
        assertThat(reading.document().diagnostics()).isEmpty();
    }
}
