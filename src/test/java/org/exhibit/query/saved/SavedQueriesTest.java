package org.exhibit.query.saved;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exhibit.TestDatabase;
import org.exhibit.query.Binding;
import org.exhibit.store.Database;
import org.exhibit.store.Engine;
import org.exhibit.store.Importer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every saved query on a real database (an H2 file, a PostgreSQL database) holding the two sample releases, checked
 * against figures worked out by hand from the printed statements (in thousands: Q3 2003 net revenues 21,906 against
 * 10,148 a year before ...).
 */
@ParameterizedClass
@EnumSource(Engine.class)
class SavedQueriesTest {

    private static final Path Q1 = Path.of("data/innovo-2003-q1-ex99.txt");
    private static final Path Q3 = Path.of("data/innovo-2003-q3-ex99.txt");

    @TempDir
    Path folder;

    @Parameter
    Engine engine;

    private TestDatabase fresh;
    private Database database;

    @BeforeEach
    void open() throws Exception {
        fresh = TestDatabase.fresh(engine, folder);
        database = Database.open(fresh.url());
        load(Q1.getFileName().toString(), Files.readAllBytes(Q1));
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
        if (fresh != null) {
            fresh.close();
        }
    }

    private void load(String name, byte[] bytes) {
        new Importer(database).load(name, bytes);
    }

    private void loadQ3() throws Exception {
        load(Q3.getFileName().toString(), Files.readAllBytes(Q3));
    }

    /** The rows of a saved query, each as its columns joined by "|", numbers plain, NULL as "null". */
    private List<String> rows(String name, String... params) throws Exception {
        List<String> all = result(name, params);
        return all.subList(1, all.size());
    }

    /** The column labels, then the rows. */
    private List<String> result(String name, String... params) throws Exception {
        Map<String, String> given = new LinkedHashMap<>();
        for (String param : params) {
            int equals = param.indexOf('=');
            given.put(param.substring(0, equals), param.substring(equals + 1));
        }
        Saved.Bound bound = Saved.bind(database.dsl(), name, given);
        List<String> lines = new ArrayList<>();
        try (PreparedStatement ps = database.connection().prepareStatement(bound.sql())) {
            for (int i = 0; i < bound.values().size(); i++) {
                Binding.set(ps, i + 1, bound.values().get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                List<String> labels = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    labels.add(rs.getMetaData().getColumnLabel(i));
                }
                lines.add(String.join("|", labels));
                while (rs.next()) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        Object value = rs.getObject(i);
                        cells.add(value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(value));
                    }
                    lines.add(String.join("|", cells));
                }
            }
        }
        return lines;
    }

    @Test
    void growthSetsTheThirdQuarterOf2003AgainstThatOf2002() throws Exception {
        loadQ3();
        assertThat(result("growth", "company=INNO", "concept=Revenues").get(0))
                .isEqualTo("period_end|months|value|prior_value|growth|derived");
        // 21,906 / 10,148 - 1 = 1.15865...; nine months 45,834 / 20,219 - 1 = 1.26688...; Q1 11,915 / 3,201 - 1 = 2.72227...
        assertThat(rows("growth", "company=INNO", "concept=Revenues"))
                .contains("2003-08-30|3|21906000|10148000|1.1587|null",
                        "2003-08-30|9|45834000|20219000|1.2669|null",
                        "2003-03-01|3|11915000|3201000|2.7223|null");
    }

    @Test
    void growthOfADerivedQuarterSaysWhatBothValuesWereDerivedFrom() throws Exception {
        loadQ3();
        // Q2 2003 = 45,834 - 11,915 - 21,906 = 12,013; Q2 2002 = 20,219 - 3,201 - 10,148 = 6,870; 12,013 / 6,870 - 1 = 0.74862...
        assertThat(rows("growth", "company=INNO", "concept=Revenues")).contains("2003-05-31|3|12013000|6870000|0.7486|"
                + "value: 9 months to 2003-08-30 minus 3 months to 2003-03-01 minus 3 months to 2003-08-30; "
                + "prior: 9 months to 2002-08-31 minus 3 months to 2002-03-02 minus 3 months to 2002-08-31");
    }

    @Test
    void sequentialGrowthComparesEachQuarterWithTheOneBefore() throws Exception {
        loadQ3();
        // Q3 2003 against the derived Q2 2003: 21,906 / 12,013 - 1 = 0.82352...; Q1 2003 follows a Q4 no document gives.
        assertThat(rows("growth", "company=inno", "concept=revenues", "basis=sequential")).contains(
                "2003-08-30|3|21906000|12013000|0.8235|prior: 9 months to 2003-08-30 minus 3 months to 2003-03-01 minus 3 months to 2003-08-30",
                "2003-03-01|3|11915000|null|null|null",
                "2003-08-30|9|45834000|null|null|null");
    }

    @Test
    void quarterlyDerivesTheSecondQuartersFromNineMonthsLessTheFirstAndThird() throws Exception {
        loadQ3();
        assertThat(result("quarterly", "company=INNO", "concept=Revenues")).containsExactly(
                "period_start|period_end|months|fiscal_year|fiscal_quarter|value|derived",
                "2001-12-02|2002-03-02|3|2002|1|3201000|null",
                "2002-03-03|2002-06-01|3|2002|2|6870000|9 months to 2002-08-31 minus 3 months to 2002-03-02 minus 3 months to 2002-08-31",
                "2002-06-02|2002-08-31|3|2002|3|10148000|null",
                "2002-12-01|2003-03-01|3|2003|1|11915000|null",
                "2003-03-02|2003-05-31|3|2003|2|12013000|9 months to 2003-08-30 minus 3 months to 2003-03-01 minus 3 months to 2003-08-30",
                "2003-06-01|2003-08-30|3|2003|3|21906000|null");
        // Net loss of Q2 2003: -2,524 - 282 - (-2,312) = -494.
        assertThat(rows("quarterly", "company=INNO", "concept=NetIncomeLoss")).contains(
                "2003-03-02|2003-05-31|3|2003|2|-494000|9 months to 2003-08-30 minus 3 months to 2003-03-01 minus 3 months to 2003-08-30");
    }

    @Test
    void shareCountsAndPerShareAmountsAreNeverSubtracted() throws Exception {
        loadQ3();
        assertThat(rows("quarterly", "company=INNO", "concept=WeightedAverageNumberOfSharesOutstandingBasic"))
                .hasSize(4).allMatch(row -> row.endsWith("|null"));
        assertThat(rows("quarterly", "company=INNO", "concept=EarningsPerShareDiluted"))
                .hasSize(4).allMatch(row -> row.endsWith("|null"));
        assertThat(rows("ttm", "company=INNO", "concept=EarningsPerShareDiluted")).isEmpty();
    }

    @Test
    void balanceSheetInstantsAreNotTurnedIntoQuartersOrYears() throws Exception {
        loadQ3();
        assertThat(rows("quarterly", "company=INNO", "concept=Assets")).isEmpty();
        assertThat(rows("ttm", "company=INNO", "concept=Assets")).isEmpty();
        // Growth of an instant is against the instant a year before or, sequentially, the one before.
        assertThat(rows("growth", "company=INNO", "concept=Assets", "basis=sequential"))
                .containsExactly("2002-11-30|0|15143000|null|null|null", "2003-03-01|0|15990000|15143000|0.0559|null",
                        "2003-08-30|0|41090000|15990000|1.5697|null");
    }

    @Test
    void ttmNeedsAYearSoTheTwoReleasesAloneGiveNone() throws Exception {
        loadQ3();
        assertThat(result("ttm", "company=INNO", "concept=Revenues")).containsExactly("period_end|months|value|derived");
    }

    @Test
    void ttmAndTheFourthQuarterFromAnAnnualReportAndALaterQuarterlyReport() throws Exception {
        for (String name : List.of("microsoft-10k-2002-06-30.htm", "microsoft-10q-2002-03-31.htm")) {
            load(name, Files.readAllBytes(Path.of("src/test/resources/corpus", name)));
        }
        // Revenue in $ millions as printed: fiscal 2001 25,296; nine months to March 2002 21,112, to March 2001 18,719;
        // fiscal 2002 28,365. TTM to March 2002 = 21,112 + 25,296 - 18,719 = 27,689.
        assertThat(rows("ttm", "company=microsoft", "concept=Revenues")).contains(
                "2001-06-30|12|25296000000|null",
                "2002-03-31|12|27689000000|9 months to 2002-03-31 plus 12 months to 2001-06-30 minus 9 months to 2001-03-31",
                "2002-06-30|12|28365000000|null");
        // The fourth quarters: 28,365 - 21,112 = 7,253 and 25,296 - 18,719 = 6,577; Microsoft's year ends in June.
        assertThat(rows("quarterly", "company=microsoft", "concept=Revenues")).contains(
                "2001-04-01|2001-06-30|3|2001|4|6577000000|12 months to 2001-06-30 minus 9 months to 2001-03-31",
                "2002-01-01|2002-03-31|3|2002|3|7245000000|null",
                "2002-04-01|2002-06-30|3|2002|4|7253000000|12 months to 2002-06-30 minus 9 months to 2002-03-31");
    }

    @Test
    void ttmSumsFourConsecutiveQuartersWhenNoYearIsStated() throws Exception {
        Path quarters = Path.of("src/test/resources/query/synthetic-quarters-release.txt");
        load(quarters.getFileName().toString(), Files.readAllBytes(quarters));
        assertThat(result("ttm", "company=EXWI", "concept=Revenues")).containsExactly("period_end|months|value|derived",
                "2003-12-31|12|4750000|4 quarters from 2003-01-01 to 2003-12-31");
    }

    @Test
    void marginsAreFractionsOfRevenue() throws Exception {
        loadQ3();
        // Q3 2003: gross 3,893 / 21,906 = 0.17771; operating -2,058 / 21,906 = -0.09395; net -2,312 / 21,906 = -0.10554.
        assertThat(result("margins", "company=INNO")).contains(
                "period_end|months|revenue|gross_margin|operating_margin|net_margin",
                "2003-08-30|3|21906000|0.1777|-0.0939|-0.1055",
                "2002-03-02|3|3201000|0.2849|-0.12|-0.155");
    }

    @Test
    void ratiosAtEveryBalanceSheetDate() throws Exception {
        loadQ3();
        // 2003-08-30: current 13,425 / 4,749; quick (2,410 + 2,818) / 4,749; cash 2,410 / 4,749;
        // debt (802 + 23,817) / equity 12,524; no total liabilities printed; equity 12,524 / assets 41,090.
        assertThat(result("ratios", "company=INNO")).containsExactly(
                "period_end|current_ratio|quick_ratio|cash_ratio|debt_to_equity|liabilities_to_equity|equity_to_assets",
                "2002-11-30|1.202|0.3975|0.0298|0.6683|null|0.3347",
                "2003-03-01|1.201|0.4989|0.0167|0.598|null|0.3362",
                "2003-08-30|2.8269|1.1009|0.5075|1.9657|null|0.3048");
    }

    @Test
    void aBalanceSheetPrintingCashAloneStillHasItsCashRatio() throws Exception {
        String q3 = Files.readString(Q3, StandardCharsets.ISO_8859_1);
        String planted = q3.replace("       Cash and cash equivalents ....", "       Cash .........................");
        assertThat(planted).isNotEqualTo(q3);
        load(Q3.getFileName().toString(), planted.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(rows("ratios", "company=INNO")).contains("2003-08-30|2.8269|1.1009|0.5075|1.9657|null|0.3048");
    }

    @Test
    void comparePeriodsLaysAStatementOutWithOneColumnPerPeriod() throws Exception {
        loadQ3();
        List<String> balance = result("compare-periods", "company=INNO", "statement=balance");
        assertThat(balance.get(0)).isEqualTo("label|concept|at 2003-08-30|at 2003-03-01|at 2002-11-30");
        assertThat(balance).contains("Cash and cash equivalents|CashAndCashEquivalentsAtCarryingValue|2410000|137000|222000",
                "TOTAL ASSETS|Assets|41090000|15990000|15143000");
        assertThat(balance.get(1)).startsWith("Cash and cash equivalents|");

        assertThat(result("compare-periods", "company=INNO", "statement=income", "months=3", "periods=2"))
                .startsWith("label|concept|3 months to 2003-08-30|3 months to 2003-03-01")
                .contains("NET REVENUES|Revenues|21906000|11915000");
    }

    @Test
    void commonSizeShowsEachLineAsAFractionOfRevenueOrOfTotalAssets() throws Exception {
        loadQ3();
        // Cost of goods sold 18,013 / 21,906 = 0.82229; inventories 6,937 / 41,090 = 0.16883.
        assertThat(rows("common-size", "company=INNO", "statement=income"))
                .contains("2003-08-30|3|COST OF GOODS SOLD|CostOfRevenue|18013000|0.8223",
                        "2003-08-30|3|NET REVENUES|Revenues|21906000|1")
                .noneMatch(row -> row.contains("PerShare") || row.contains("Shares"));
        assertThat(rows("common-size", "company=INNO", "statement=balance"))
                .contains("2003-08-30|0|Inventories|InventoryNet|6937000|0.1688");
    }

    @Test
    void compareCompaniesRanksOneRowPerCompany() throws Exception {
        loadQ3();
        Path intel = Path.of("src/test/resources/corpus/intel-10q-2003-09-27.htm");
        load(intel.getFileName().toString(), Files.readAllBytes(intel));
        // Intel's third quarter of 2003 (net revenue $7,833 million) against Innovo's (21,906 thousand), each the latest
        // quarter of its own fiscal year 2003.
        assertThat(result("compare-companies", "concept=Revenues", "months=3", "fiscal_year=2003")).containsExactly(
                "rank|company|ticker|period_end|months|fiscal_year|value|unit",
                "1|INTEL CORPORATION|null|2003-09-27|3|2003|7833000000|USD",
                "2|Innovo Group Inc.|INNO|2003-08-30|3|2003|21906000|USD");
        assertThat(rows("compare-companies", "concept=Revenues", "months=3", "period_end=2003-09-30"))
                .containsExactly("1|INTEL CORPORATION|null|2003-09-27|3|2003|7833000000|USD");
        // Balance-sheet concepts compare instants: each company's last of fiscal 2002 (Intel's total assets $44,224 million).
        assertThat(rows("compare-companies", "concept=Assets", "fiscal_year=2002")).containsExactly(
                "1|INTEL CORPORATION|null|2002-12-28|0|2002|44224000000|USD",
                "2|Innovo Group Inc.|INNO|2002-11-30|0|2002|15143000|USD");
    }

    @Test
    void restatementsListEveryDocumentsValueOfAFactThatChanged() throws Exception {
        String restated = Files.readString(Q3, StandardCharsets.ISO_8859_1)
                .replace("Cash and cash equivalents ...............................   $ 2,410          $   222",
                         "Cash and cash equivalents ...............................   $ 2,410          $   232");
        load("innovo-2003-q3-ex99.txt", restated.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(result("restatements", "company=INNO")).containsExactly(
                "company|concept|label|statement|period_end|months|document|released|value|prior_value|change",
                "Innovo Group Inc.|CashAndCashEquivalentsAtCarryingValue|Cash and cash equivalents|balance|2002-11-30|0|"
                        + "innovo-2003-q1-ex99.txt|2003-04-15|222000|null|null",
                "Innovo Group Inc.|CashAndCashEquivalentsAtCarryingValue|Cash and cash equivalents|balance|2002-11-30|0|"
                        + "innovo-2003-q3-ex99.txt|2003-10-14|232000|222000|10000");
        assertThat(rows("restatements")).hasSize(2);
        // Before the restating release came out nothing had been restated, and the cash was the first figure.
        assertThat(rows("restatements", "as_of=2003-10-13")).isEmpty();
        assertThat(rows("compare-periods", "company=INNO", "statement=balance", "as_of=2003-10-13"))
                .contains("Cash and cash equivalents|CashAndCashEquivalentsAtCarryingValue|137000|222000");
        assertThat(rows("compare-periods", "company=INNO", "statement=balance"))
                .contains("Cash and cash equivalents|CashAndCashEquivalentsAtCarryingValue|2410000|137000|232000");
    }

    @Test
    void asOfSeesOnlyTheDocumentsReleasedByThen() throws Exception {
        loadQ3();
        assertThat(rows("growth", "company=INNO", "concept=Revenues", "as_of=2003-04-15"))
                .containsExactly("2002-03-02|3|3201000|null|null|null", "2003-03-01|3|11915000|3201000|2.7223|null");
        assertThat(rows("quarterly", "company=INNO", "concept=Revenues", "as_of=2003-04-14")).isEmpty();
        assertThat(rows("margins", "company=INNO", "as_of=2003-04-15")).hasSize(2);
        assertThat(rows("ratios", "company=INNO", "as_of=2003-10-14")).hasSize(3);
    }

    @Test
    void theCompanyIsFoundByTickerCikOrTheStartOfItsNameAndAmbiguityIsASentence() throws Exception {
        new Importer(database).load("0001017062-03-000805.txt", org.exhibit.TestFiles.submissionAroundQ1Seed());
        try (Statement s = database.connection().createStatement()) {
            s.execute("insert into company (name, name_key) values ('Innovo Holdings', 'innovo holdings')");
        }
        Company byTicker = Company.resolve(database.dsl(), "inno");
        assertThat(byTicker.name()).isEqualTo("Innovo Group Inc.");
        assertThat(Company.resolve(database.dsl(), "844143")).isEqualTo(byTicker);
        assertThat(Company.resolve(database.dsl(), "0000844143")).isEqualTo(byTicker);
        assertThat(Company.resolve(database.dsl(), "innovo g")).isEqualTo(byTicker);
        assertThat(Company.resolve(database.dsl(), "Innovo Holdings").name()).isEqualTo("Innovo Holdings");
        assertThatThrownBy(() -> Company.resolve(database.dsl(), "Innovo"))
                .isInstanceOf(ParamException.class)
                .hasMessage("The company 'Innovo' is ambiguous: it matches 2 companies (Innovo Group Inc.; Innovo Holdings);"
                        + " give more of the name, a ticker or a CIK.")
                .matches(e -> !((ParamException) e).isUsage());
        assertThatThrownBy(() -> Company.resolve(database.dsl(), "Nobody"))
                .hasMessageStartingWith("No company matches 'Nobody';");
    }

    @Test
    void parametersAreCheckedBeforeAnythingRuns() {
        assertThatThrownBy(() -> rows("growth", "company=INNO"))
                .isInstanceOf(ParamException.class).hasMessage("The saved query growth needs concept")
                .matches(e -> ((ParamException) e).isUsage());
        assertThatThrownBy(() -> rows("growth", "company=INNO", "concept=Revenues", "basis=monthly"))
                .hasMessage("The parameter basis takes yoy, sequential; not 'monthly'.");
        assertThatThrownBy(() -> rows("growth", "company=INNO", "concept=Revenues", "as_of=2003-13-01"))
                .hasMessage("The parameter as_of takes a date such as 2003-08-30, not '2003-13-01'.");
        assertThatThrownBy(() -> rows("growth", "company=INNO", "concept=Revenues", "colour=red"))
                .hasMessageStartingWith("The saved query growth has no parameter 'colour'");
        assertThatThrownBy(() -> rows("growth", "company=INNO", "concept=Sales"))
                .hasMessageStartingWith("There is no concept 'Sales';")
                .matches(e -> !((ParamException) e).isUsage());
        assertThatThrownBy(() -> rows("nosuch")).hasMessageStartingWith("There is no saved query 'nosuch'; growth, quarterly");
    }

    @Test
    void aHostileCompanyOrConceptIsAValueThatMatchesNothing() {
        assertThatThrownBy(() -> rows("margins", "company=x' or '1'='1"))
                .hasMessageStartingWith("No company matches 'x' or '1'='1';");
        assertThatThrownBy(() -> rows("growth", "company=INNO", "concept=Revenues'; drop table fact; --"))
                .hasMessageStartingWith("There is no concept");
    }

    @Test
    void everySavedQueryIsListedWithItsDescriptionAndParameters() {
        assertThat(Catalogue.all()).extracting(SavedQuery::name).containsExactly("growth", "quarterly", "ttm", "margins",
                "ratios", "compare-periods", "compare-companies", "common-size", "restatements");
        assertThat(Catalogue.all()).allMatch(q -> !q.description().isBlank()
                && q.params().get(q.params().size() - 1).name().equals("as_of"));
        assertThat(Saved.listing()).contains("growth company=<company> concept=<concept> [basis=yoy|sequential] [as_of=<yyyy-mm-dd>]\n"
                + "    A concept's value in each period");
    }
}
