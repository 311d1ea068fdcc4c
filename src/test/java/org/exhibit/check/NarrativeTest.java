package org.exhibit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exhibit.check.Checked.corpus;
import static org.exhibit.check.Checked.plant;
import static org.exhibit.check.Checked.seed;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Claims of the text against the tables: the seeds as released, and copies with one number of the text changed. */
class NarrativeTest {

    private static final String Q1 = "innovo-2003-q1-ex99.txt";
    private static final String Q3 = "innovo-2003-q3-ex99.txt";

    /** "line severity concept expected actual" of each claim finding that is not info. */
    private static List<String> contradicted(String name, String text) {
        return claims(name, text).stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.line() + " " + f.severity().code() + " " + f.concept() + " "
                        + f.expected().stripTrailingZeros().toPlainString() + " " + f.actual().stripTrailingZeros().toPlainString())
                .toList();
    }

    private static List<Finding> claims(String name, String text) {
        return Checked.rule(Checked.of(name, text), Narrative.RULE);
    }

    @Test
    void everyClaimOfTheThirdQuarterReleaseAgreesWithItsTables() {
        List<Finding> claims = claims(Q3, seed(Q3));
        assertThat(claims).isNotEmpty().allMatch(f -> f.severity() == Severity.INFO);
        assertThat(claims).extracting(Finding::line).contains(13, 19, 21, 22, 24, 27, 28, 29, 31, 32);
        assertThat(claims).anyMatch(f -> f.line() == 13 && f.message().equals("\"...any achieved record quarterly net"
                + " revenues of $21,906,000, or an increase of 116% compared to $10,148,000 the prior year period.\" agrees:"
                + " Revenues for the 3 months ended 2003-08-30 21,906,000 (line 247) against Revenues for the 3 months ended"
                + " 2002-08-31 10,148,000 (line 247) make 116% more."));
    }

    @Test
    void theFirstQuarterReleaseMisstatesTheGrowthOfItsExpensesAndCallsAFactorOf3Point7NearlyTripling() {
        assertThat(contradicted(Q1, seed(Q1))).containsExactly(
                "14 warning Revenues 3.7223 3", "122 error SellingGeneralAndAdministrativeExpense 1.2704 0.56");
    }

    @Test
    void claimsAboutSegmentsAreLeftAlone() {
        assertThat(claims(Q1, seed(Q1))).extracting(Finding::line).doesNotContain(41, 42, 43, 45, 51, 53, 60, 63, 66, 77, 78);
    }

    @Test
    void aClaimAboutAPartOfTheCompanyNamedWithItsPossessiveIsLeftAlone() {
        assertThat(Claims.claims("Net income of the Company\u2019s Financial Services operations in 2003 was $330 million,"
                + " compared with $262 million in 2002.", offset -> 1)).isEmpty();
        assertThat(Claims.claims("Net income of the Company in 2003 was $330 million.", offset -> 1)).isNotEmpty();
    }

    @Test
    void anAmountMisprintedInTheTextIsAnErrorOnItsLine() {
        assertThat(contradicted(Q3, plant(seed(Q3), 13, "$21,906,000", "$21,960,000")))
                .containsExactly("13 error Revenues 21906000 21960000");
        assertThat(contradicted(Q3, plant(seed(Q3), 24, "17,076,000", "17,706,000")))
                .containsExactly("24 error WeightedAverageNumberOfSharesOutstandingBasic 17076000 17706000");
    }

    @Test
    void aChangeTheTwoFiguresDoNotMakeIsAnError() {
        assertThat(contradicted(Q3, plant(seed(Q3), 19, "up 20%", "up 30%")))
                .containsExactly("19 error GrossProfit 0.2001 0.3");
        assertThat(contradicted(Q3, plant(seed(Q3), 28, "127%", "172%")))
                .containsExactly("28 error Revenues 1.2669 1.72");
    }

    @Test
    void aTenKsClaimsAgreeWithItsTables() {
        String deere = "deere-10k-2002-10-31.htm";
        List<Finding> claims = claims(deere, corpus(deere));
        assertThat(claims).hasSizeGreaterThan(10).allMatch(f -> f.severity() == Severity.INFO);
    }
}
