package org.exhibit.query.saved;

import static org.assertj.core.api.Assertions.assertThat;

import org.exhibit.SmallCorpus;
import org.exhibit.cli.Exhibit;
import org.junit.jupiter.api.Test;

/**
 * The saved queries give back the numbers of the filings they are computed from, run as a user runs them on real
 * filings: per-share amounts keep their cents, derived values their inputs' precision.
 */
class ExactAnswersTest {

    private static Exhibit saved(String name, String... params) {
        String[] args = new String[4 + 2 * params.length + 2];
        args[0] = "saved";
        args[1] = name;
        args[2] = "--db";
        args[3] = SmallCorpus.url();
        for (int i = 0; i < params.length; i++) {
            args[4 + 2 * i] = "--param";
            args[5 + 2 * i] = params[i];
        }
        args[args.length - 2] = "--format";
        args[args.length - 1] = "csv";
        return Exhibit.run(args);
    }

    @Test
    void dellsDilutedEarningsPerShareKeepTheirCentsAndTheirGrowth() {
        // Dell's 10-K for fiscal 2005 prints diluted EPS of $1.18, against $1.01 a year before: 0.17 / 1.01 = 0.16831...
        Exhibit growth = saved("growth", "company=Dell", "concept=EarningsPerShareDiluted");
        assertThat(growth.status()).isZero();
        assertThat(growth.lines()).contains("2005-01-28,12,1.18,1.01,0.1683,", "2004-01-30,12,1.01,0.8,0.2625,");
    }

    @Test
    void aLossPerShareKeepsItsCentsInTrailingTwelveMonths() {
        // Apple's 10-K for 1997 prints a loss per share of $(6.59) for fiscal 1996 and $(8.29) for fiscal 1997.
        Exhibit ttm = saved("ttm", "company=Apple", "concept=EarningsPerShareBasic");
        assertThat(ttm.status()).isZero();
        assertThat(ttm.lines()).contains("1996-09-27,12,-6.59,", "1997-09-26,12,-8.29,");
    }
}
