package org.exhibit.query.saved;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exhibit.SmallCorpus;
import org.exhibit.cli.Exhibit;
import org.junit.jupiter.api.Test;

/**
 * The latest_facts view and the saved queries follow one definition of "latest" (org.exhibit.store.LatestRule): on
 * real filings, every stated value a saved query shows is the value latest_facts shows for the same company, concept,
 * period end and months.
 */
class LatestAgreementTest {

    private static final List<String> COMPANIES = List.of("APPLE COMPUTER, INC.", "Dell Inc.", "Google Inc.", "AEGON N.V.");
    private static final List<String> CONCEPTS = List.of("Revenues", "NetIncomeLoss", "EarningsPerShareDiluted");

    private static List<String> csv(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--db";
        all[args.length + 1] = SmallCorpus.url();
        all[args.length + 2] = "--format";
        all[args.length + 3] = "csv";
        Exhibit run = Exhibit.run(all);
        assertThat(run.status()).as(String.join(" ", args) + ": " + run.err()).isZero();
        return run.lines();
    }

    /** latest_facts' value of each "period_end,months" of one company's concept. */
    private static Map<String, String> latest(String company, String concept) {
        Map<String, String> values = new HashMap<>();
        for (String line : csv("query", "select period_end, months, value from latest_facts where company = '"
                + company.replace("'", "''") + "' and concept = '" + concept + "'")) {
            String[] cells = line.split(",");
            values.put(cells[0] + "," + cells[1], cells[2]);
        }
        return values;
    }

    @Test
    void applesFiscal1993RevenueIsTheLatestDocumentsInTheViewAndInEverySavedQuery() {
        assertThat(latest("APPLE COMPUTER, INC.", "Revenues")).containsEntry("1993-09-24,12", "7977000000");
        assertThat(csv("saved", "growth", "--param", "company=APPLE", "--param", "concept=Revenues"))
                .anyMatch(l -> l.startsWith("1993-09-24,12,7977000000,"));
        assertThat(csv("saved", "ttm", "--param", "company=APPLE", "--param", "concept=Revenues"))
                .anyMatch(l -> l.startsWith("1993-09-24,12,7977000000,"));
        assertThat(csv("saved", "margins", "--param", "company=APPLE"))
                .anyMatch(l -> l.startsWith("1993-09-24,12,7977000000,"));
        assertThat(csv("saved", "compare-companies", "--param", "concept=Revenues", "--param", "fiscal_year=1993",
                "--param", "unit=USD")).anyMatch(l -> l.contains(",1993-09-24,12,1993,7977000000,USD"));
        // compare-periods lays out the income statements alone, so the 1994 income statement's value is the latest.
        assertThat(csv("saved", "compare-periods", "--param", "company=APPLE", "--param", "statement=income",
                "--param", "months=12")).anyMatch(l -> l.contains(",Revenues,") && l.contains(",7976954000"));
    }

    @Test
    void everyStatedValueOfGrowthAndTtmIsTheViewsValue() {
        int compared = 0;
        List<String> disagreements = new ArrayList<>();
        for (String company : COMPANIES) {
            for (String concept : CONCEPTS) {
                Map<String, String> view = latest(company, concept);
                for (String query : List.of("growth", "ttm")) {
                    for (String line : csv("saved", query, "--param", "company=" + company, "--param", "concept=" + concept)) {
                        String[] cells = line.split(",", -1);
                        boolean stated = query.equals("growth") ? cells[5].isEmpty() : cells[3].isEmpty();
                        if (line.startsWith("period_end") || !stated) {
                            continue;
                        }
                        compared++;
                        String key = cells[0] + "," + cells[1];
                        if (!cells[2].equals(view.get(key))) {
                            disagreements.add(query + " " + company + " " + concept + " " + key + ": " + cells[2]
                                    + " against latest_facts' " + view.get(key));
                        }
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(compared).isGreaterThan(50);
    }
}
