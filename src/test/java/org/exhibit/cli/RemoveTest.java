package org.exhibit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.exhibit.SmallCorpus;
import org.exhibit.TestDatabase;
import org.exhibit.store.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code exhibit remove} takes documents out all or nothing and leaves latest_facts, the fiscal years and the findings
 * as an import of what is left would; plain SQL that would leave them stale is refused with a sentence. On each engine.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class RemoveTest {

    @TempDir
    Path folder;

    @Parameter
    Engine engine;

    private TestDatabase copy;
    private String db;

    @BeforeEach
    void copyTheSmallCorpus() {
        copy = SmallCorpus.copy(engine, folder);
        db = copy.url();
    }

    @AfterEach
    void drop() {
        if (copy != null) {
            copy.close();
        }
    }

    private Exhibit exhibit(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--db";
        all[args.length + 1] = db;
        return Exhibit.run(all);
    }

    private String appleRevenue1993() {
        return exhibit("query", "--format", "csv", "select document, value from latest_facts where concept = 'Revenues'"
                + " and company = 'APPLE COMPUTER, INC.' and period_end = date '1993-09-24' and months = 12").lines().get(1);
    }

    @Test
    void removingADocumentRanksWhatIsLeftAgain() {
        assertThat(appleRevenue1993()).isEqualTo("apple-10k-1997-09-26.txt,7977000000");

        Exhibit removed = exhibit("remove", "apple-10k-1997-09-26.txt");
        assertThat(removed.status()).isZero();
        assertThat(removed.out()).startsWith("exhibit: removed 1 document (").endsWith(" facts): apple-10k-1997-09-26.txt.\n");
        // The 1994 10-K's income statement is what is left of fiscal 1993's revenue.
        assertThat(appleRevenue1993()).isEqualTo("apple-10k-1994-09-30.txt,7976954000");
        assertThat(exhibit("query", "--format", "csv",
                "select count(*) as n from findings where document = 'apple-10k-1997-09-26.txt'").lines()).containsExactly(
                "n", "0");
    }

    @Test
    void anUnknownDocumentRemovesNothing() {
        Exhibit refused = exhibit("remove", "dell-10k-2005-01-28.txt", "no-such-file.txt");
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("exhibit: Nothing was removed: no document is named 'no-such-file.txt'"
                + " (select distinct document from facts lists them).\n");
        assertThat(exhibit("query", "--format", "csv", "select count(distinct document) as n from facts").lines())
                .containsExactly("n", "5");
    }

    @Test
    void removingACompanyTakesItsDocumentsAndTheCompany() {
        String facts = exhibit("query", "--format", "csv", "select count(*) from facts where company like 'APPLE%'")
                .lines().get(1);
        Exhibit removed = exhibit("remove", "--company", "APPLE");
        assertThat(removed.status()).as(removed.err()).isZero();
        assertThat(removed.out()).isEqualTo("exhibit: removed 2 documents (" + facts + " facts): apple-10k-1994-09-30.txt,"
                + " apple-10k-1997-09-26.txt; and the company APPLE COMPUTER, INC., left without documents.\n");
        assertThat(exhibit("query", "--format", "csv", "select count(*) as n from latest_facts where company like 'APPLE%'")
                .lines()).containsExactly("n", "0");
    }

    @Test
    void plainSqlThatWouldLeaveLatestFactsShortIsRefusedWithASentence() {
        Exhibit refused = exhibit("query", "delete from document where name = 'apple-10k-1994-09-30.txt'");
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).startsWith("query:1: refused: latest_facts and the checks are derived from these rows,")
                .contains("exhibit remove <document>");
        assertThat(appleRevenue1993()).isEqualTo("apple-10k-1997-09-26.txt,7977000000");
        assertThat(exhibit("query", "delete from facts").err()).startsWith("query:1: refused: facts, latest_facts and"
                + " findings are views");
    }
}
