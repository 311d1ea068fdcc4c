package org.exhibit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A document whose consolidated statements give one fact two values contradicts itself, unless its tables say why. */
class ConflictsTest {

    private static String balanceSheet(String title, String assets) {
        return title + "\n(In thousands)\n<TABLE>\n<CAPTION>\n"
                + "                                   December 31,\n"
                + "                                  1998      1997\n"
                + "<S>                             <C>       <C>\n"
                + "Cash and cash equivalents       $  700    $  600\n"
                + "Total assets                    $" + assets + "    $4,000\n"
                + "</TABLE>\n\n\n";
    }

    private static List<String> conflicts(String text) {
        return Checked.rule(Checked.of("x-10k.txt", text), Conflicts.RULE).stream()
                .map(f -> f.line() + " " + f.severity().code() + " " + f.concept() + " " + f.periodEnd() + " "
                        + f.expected().toBigInteger() + " " + f.actual().toBigInteger())
                .toList();
    }

    @Test
    void twoConsolidatedStatementsThatDisagreeAreAWarningOnTheSecond() {
        String text = balanceSheet("CONSOLIDATED BALANCE SHEETS", "5,000") + balanceSheet("CONSOLIDATED BALANCE SHEETS", "5,100");
        assertThat(conflicts(text)).containsExactly("21 warning Assets 1998-12-31 5000000 5100000");
    }

    @Test
    void agreeingStatementsAndTablesThatSayWhyTheyDifferAreNoFinding() {
        String base = balanceSheet("CONSOLIDATED BALANCE SHEETS", "5,000");
        assertThat(conflicts(base + balanceSheet("CONSOLIDATED BALANCE SHEETS", "5,000"))).isEmpty();
        assertThat(conflicts(base + balanceSheet("CONDENSED BALANCE SHEETS (PARENT COMPANY ONLY)", "3,000"))).isEmpty();
        assertThat(conflicts(base + balanceSheet("CONSOLIDATED BALANCE SHEETS (AS RESTATED)", "5,100"))).isEmpty();
        assertThat(conflicts(base + balanceSheet("PRO FORMA CONSOLIDATED BALANCE SHEETS", "5,900"))).isEmpty();
    }
}
