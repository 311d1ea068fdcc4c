package org.exhibit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exhibit.check.Checked.corpus;
import static org.exhibit.check.Checked.plant;
import static org.exhibit.check.Checked.seed;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Accounting identities and earnings per share, on the seeds and corpus files and on copies with one number changed. */
class IdentitiesTest {

    private static final String Q1 = "innovo-2003-q1-ex99.txt";
    private static final String Q3 = "innovo-2003-q3-ex99.txt";

    /** "rule line severity concept expected actual" of each finding of the identity and eps rules. */
    private static List<String> found(String name, String text) {
        return Checked.of(name, text).stream()
                .filter(f -> f.rule().equals(Identities.RULE) || f.rule().equals(PerShare.RULE))
                .map(f -> f.rule() + " " + f.line() + " " + f.severity().code() + " " + f.concept() + " "
                        + f.expected().stripTrailingZeros().toPlainString() + " " + f.actual().stripTrailingZeros().toPlainString())
                .toList();
    }

    @Test
    void theSeedsHoldEveryIdentityAndEveryPerShareAmount() {
        assertThat(found(Q1, seed(Q1))).isEmpty();
        assertThat(found(Q3, seed(Q3))).isEmpty();
    }

    @Test
    void totalAssetsThatAreNotTotalLiabilitiesAndEquityAreAnError() {
        assertThat(found(Q3, plant(seed(Q3), 184, "$41,090", "$41,190")))
                .containsExactly("identity 184 error Assets 41090000 41190000");
    }

    @Test
    void operatingIncomeIsGrossProfitLessOperatingExpensesAndTheTotalBelowIsNotBlamed() {
        String planted = plant(seed(Q3), 262, "(2,058)", "(2,085)");
        List<Finding> findings = Checked.of(Q3, planted).stream().filter(f -> f.severity() != Severity.INFO).toList();
        assertThat(findings).extracting(f -> f.rule() + " " + f.line() + " " + f.severity().code())
                .containsExactly("identity 262 error");
        assertThat(findings.get(0).message()).isEqualTo("OperatingIncomeLoss for the 3 months ended 2003-08-30:"
                + " GrossProfit 3,893,000 (line 251) less OperatingExpenses 5,951,000 (line 260) make -2,058,000 but"
                + " -2,085,000 is printed (line 262), 27,000 apart where rounding allows 1,500;"
                + " OperatingIncomeLoss = GrossProfit - OperatingExpenses.");
    }

    @Test
    void grossProfitAndNetIncomeFollowTheirPartsAndPerShareAmountsAreNotBlamedForAWrongNetIncome() {
        assertThat(found(Q1, plant(seed(Q1), 279, "3,310", "3,301")))
                .containsExactly("identity 279 error GrossProfit 3310000 3301000");
        assertThat(found(Q3, plant(seed(Q3), 276, "$    531", "$    513")))
                .containsExactly("identity 276 error NetIncomeLoss 531000 513000");
    }

    @Test
    void basicEarningsPerShareAreNetIncomeOverTheWeightedShares() {
        assertThat(found(Q1, plant(seed(Q1), 303, "0.02", "0.05")))
                .containsExactly("eps 303 error EarningsPerShareBasic 0.02 0.05");
    }

    @Test
    void aCentOffIsAWarningForFilersAddUpRoundedParts() {
        assertThat(found(Q3, plant(seed(Q3), 281, "$   0.06", "$   0.07")))
                .containsExactly("eps 281 warning EarningsPerShareBasic 0.06 0.07");
    }

    @Test
    void dilutedEarningsAboveBasicOnesAreAnErrorAndALossIsNotDiluted() {
        assertThat(found(Q3, plant(seed(Q3), 282, "$   0.05", "$   0.50")))
                .containsExactly("eps 282 error EarningsPerShareDiluted 0.05 0.5");
        assertThat(found(Q3, plant(seed(Q3), 282, "$  (0.14)", "$  (0.41)")))
                .containsExactly("eps 282 error EarningsPerShareDiluted -0.14 -0.41");
    }

    @Test
    void perkinElmersTenKPrintsBasicEarningsOf2000WithoutTheirLeadingOne() {
        String perkinElmer = "perkinelmer-10k405-2000-12-31.txt";
        assertThat(found(perkinElmer, corpus(perkinElmer))).contains("eps 964 error EarningsPerShareBasic 1.84 0.84");
    }

    @Test
    void ibmsScheduleOf1997GivesTotalAssetsNineMillionBelowLiabilitiesAndEquity() {
        String ibm = "ibm-10k-1997-12-31.txt";
        assertThat(found(ibm, corpus(ibm))).containsExactly("identity 6335 error Assets 81499000000 81490000000");
    }

    @Test
    void appleAddsInterestOnConvertibleNotesBackToDilutedEarningsAWarning() {
        String apple = "apple-10q-1999-06-26.txt";
        assertThat(found(apple, corpus(apple))).containsExactly(
                "eps 149 warning EarningsPerShareDiluted 1.16 1.2", "eps 149 warning EarningsPerShareDiluted 0.59 0.65",
                "eps 149 warning EarningsPerShareDiluted 2.83 2.99");
    }

    @Test
    void incomeOfUnconsolidatedCompaniesPrintedBetweenTaxAndNetIncomeIsATermOfNetIncome() {
        String aegon = "aegon-20f-2000-0000928385-01-500187.htm";
        assertThat(found(aegon, corpus(aegon))).filteredOn(f -> f.startsWith("identity")).isEmpty();
        assertThat(found(aegon, plant(corpus(aegon), 5158, "29   ", "39   ")))
                .contains("identity 5160 error NetIncomeLoss 2076000000 2066000000");
    }
}
