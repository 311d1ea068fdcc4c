package org.exhibit.concept;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Labels to concepts: exact, by prefix, under a heading, and the user's aliases winning. */
class AliasBookTest {

    private final AliasBook bundled = new AliasBook(Resources.aliases());

    @Test
    void matchingIgnoresCasePunctuationDigitsAndAmpersands() {
        assertThat(bundled.conceptOf(null, "PROPERTY, PLANT and EQUIPMENT, net")).isEqualTo("PropertyPlantAndEquipmentNet");
        assertThat(bundled.conceptOf(null, "Prepaid expenses & other current assets")).isEqualTo("PrepaidExpenseAndOtherAssetsCurrent");
        assertThat(bundled.conceptOf(null, "TOTAL STOCKHOLDERS' EQUITY")).isEqualTo("StockholdersEquity");
    }

    @Test
    void aStarredLabelMatchesLabelsThatStartWithIt() {
        assertThat(bundled.conceptOf(null, "Common stock, $0.10 par value- shares authorized-40,000,000"))
                .isEqualTo("CommonStockValue");
        assertThat(bundled.conceptOf(null, "Commonwealth grants")).isNull();
    }

    @Test
    void theSameLabelMeansDifferentConceptsUnderDifferentHeadings() {
        assertThat(bundled.conceptOf("NET INCOME (LOSS) PER SHARE", "Basic")).isEqualTo("EarningsPerShareBasic");
        assertThat(bundled.conceptOf("WEIGHTED AVERAGE SHARES OUTSTANDING", "Basic"))
                .isEqualTo("WeightedAverageNumberOfSharesOutstandingBasic");
        assertThat(bundled.conceptOf(null, "Basic")).isNull();
    }

    @Test
    void laterAliasesWin() {
        AliasBook book = new AliasBook(List.of(new Alias("Net sales", "Revenues"), new Alias("net sales", "GrossProfit")));
        assertThat(book.conceptOf(null, "NET SALES")).isEqualTo("GrossProfit");
    }

    @Test
    void everyBundledAliasNamesABundledConcept() {
        var names = Resources.concepts().stream().map(Concept::name).toList();
        assertThat(Resources.aliases()).allSatisfy(a -> assertThat(names).contains(a.concept()));
    }

    @Test
    void everyBundledLabelIsListedOnce() {
        var labels = Resources.aliases().stream().map(a -> a.label() + " / " + a.statement()).toList();
        assertThat(labels).doesNotHaveDuplicates();
    }

    @Test
    void scheduleTagsAreTheirOwnVocabulary() {
        assertThat(bundled.conceptOf("balance", null, "Receivables")).isEqualTo("AccountsReceivableNetCurrent");
        assertThat(bundled.conceptOf("fds", null, "RECEIVABLES")).isNull();
        assertThat(bundled.conceptOf("fds", null, "TOTAL-ASSETS")).isEqualTo("Assets");
        assertThat(bundled.conceptOf("fds", null, "Total costs")).isNull();
    }

    @Test
    void aPrefixNeverMatchesThroughTheHeading() {
        assertThat(bundled.conceptOf("balance", "Receivables", "Total assets")).isEqualTo("Assets");
        assertThat(bundled.conceptOf("balance", "Receivables", "Receivables from brokers")).isEqualTo("AccountsReceivableNetCurrent");
    }

    @Test
    void aNameMadeOfOtherLabelsMatchesOnlyExactly() {
        AliasBook book = new AliasBook(List.of(new Alias("Receivables*", "AccountsReceivableNetCurrent", null),
                new Alias("Cash and cash equivalents + Marketable securities", "CashCashEquivalentsAndMarketableSecurities", null)));
        assertThat(book.exactConceptOf("balance", "Receivables + Other receivables")).isNull();
        assertThat(book.conceptOf("balance", null, "Receivables + Other receivables")).isEqualTo("AccountsReceivableNetCurrent");
        assertThat(book.exactConceptOf("balance", "Cash and cash equivalents + Marketable securities"))
                .isEqualTo("CashCashEquivalentsAndMarketableSecurities");
    }
}
