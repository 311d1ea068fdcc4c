package org.exhibit.query.saved;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.exhibit.SmallCorpus;
import org.exhibit.cli.Exhibit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No document drops out of a point-in-time query: AIG's 10-K for 2005, an HTML file without an SEC header that prints
 * no release date, is dated its year's end plus a 10-K's 90 days, marked as estimated, and seen by as_of.
 */
class PointInTimeTest {

    @TempDir
    Path folder;

    @Test
    void aigsAnnualReportIsSeenByAsOfWithAnEstimatedReleaseDate() {
        String db = "jdbc:h2:file:" + folder.resolve("aig");
        assertThat(Exhibit.run("import", "--db", db, SmallCorpus.corpusFile("aig-10k-2005-12-31.htm").toString()).status())
                .isZero();
        Exhibit released = Exhibit.run("query", "--db", db, "--format", "csv",
                "select distinct released, released_basis from facts");
        assertThat(released.lines()).containsExactly("released,released_basis", "2006-03-31,estimated");

        Exhibit later = Exhibit.run("saved", "growth", "--db", db, "--format", "csv", "--param",
                "company=American International", "--param", "concept=Revenues", "--param", "as_of=2030-01-01");
        assertThat(later.status()).isZero();
        // AIG's revenues of 2005, $108,905 million, against $97,666 million in 2004.
        assertThat(later.lines()).contains("2005-12-31,12,108905000000,97666000000,0.1151,");

        Exhibit before = Exhibit.run("saved", "growth", "--db", db, "--format", "csv", "--param",
                "company=American International", "--param", "concept=Revenues", "--param", "as_of=2006-03-30");
        assertThat(before.lines()).containsExactly("period_end,months,value,prior_value,growth,derived");
    }
}
