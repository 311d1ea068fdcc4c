package org.exhibit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator on its own, without the parser: the same seed writes the same bytes, a size target is met, and the
 * figures it prints hold together (statements that add up, a balance sheet that balances, earnings per share that
 * are net income over shares, one value per company, concept and period across documents) except where it planted a
 * fault.
 */
class CorpusGeneratorTest {

    @TempDir
    Path folder;

    private static Map<String, byte[]> contents(Path corpus) throws IOException {
        Map<String, byte[]> contents = new HashMap<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.toList()) {
                contents.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return contents;
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() throws IOException {
        CorpusGenerator.Options options = new CorpusGenerator.Options(6, 3, 42, 0);
        CorpusGenerator.generate(options, folder.resolve("a"));
        CorpusGenerator.generate(options, folder.resolve("b"));
        CorpusGenerator.generate(new CorpusGenerator.Options(6, 3, 43, 0), folder.resolve("c"));
        Map<String, byte[]> a = contents(folder.resolve("a"));
        Map<String, byte[]> b = contents(folder.resolve("b"));
        assertThat(a).hasSize(6 * 3 + 2);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
        Map<String, byte[]> c = contents(folder.resolve("c"));
        assertThat(c.get(CorpusGenerator.FACTS)).isNotEqualTo(a.get(CorpusGenerator.FACTS));
    }

    @Test
    void aSizeTargetAddsCompaniesUntilItIsReached() throws IOException {
        CorpusGenerator.Summary summary = CorpusGenerator.generate(new CorpusGenerator.Options(1, 4, 7, 200_000),
                folder.resolve("sized"));
        long written;
        try (Stream<Path> files = Files.list(folder.resolve("sized"))) {
            written = files.filter(f -> f.toString().endsWith(".txt")).mapToLong(f -> f.toFile().length()).sum();
        }
        assertThat(summary.bytes()).isEqualTo(written).isBetween(200_000L, 260_000L);
        assertThat(summary.companies()).isGreaterThan(1);
    }

    /** One document's facts by concept, period end and months ("Assets 2003-03-31 0"). */
    private static Map<String, Map<String, BigDecimal>> factsByDocument(Path corpus) throws IOException {
        Map<String, Map<String, BigDecimal>> facts = new HashMap<>();
        for (CSVRecord r : read(corpus.resolve(CorpusGenerator.FACTS))) {
            facts.computeIfAbsent(r.get("document"), d -> new HashMap<>())
                    .put(r.get("concept") + " " + r.get("period_end") + " " + r.get("months") + " " + r.get("statement"),
                            new BigDecimal(r.get("value")));
        }
        return facts;
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    @Test
    void theFiguresHoldTogetherWhereNoFaultWasPlanted() throws IOException {
        Path corpus = folder.resolve("corpus");
        CorpusGenerator.generate(new CorpusGenerator.Options(20, 8, 11, 0), corpus);
        Set<String> faulty = new HashSet<>();
        read(corpus.resolve(CorpusGenerator.FAULTS)).forEach(r -> faulty.add(r.get("document")));
        assertThat(faulty).isNotEmpty();
        List<String> problems = new ArrayList<>();
        Map<String, BigDecimal> acrossDocuments = new HashMap<>();
        int checked = 0;
        for (var document : factsByDocument(corpus).entrySet()) {
            if (faulty.contains(document.getKey())) {
                continue;
            }
            Map<String, BigDecimal> facts = document.getValue();
            String name = document.getKey();
            Set<String> periods = new HashSet<>();
            facts.keySet().forEach(key -> periods.add(key.substring(key.indexOf(' '))));
            for (String period : periods) {
                checked += equal(problems, name, facts, "Assets", period, "LiabilitiesAndStockholdersEquity");
                checked += equal(problems, name, facts, "AssetsCurrent", period, "CashAndCashEquivalentsAtCarryingValue",
                        "AccountsReceivableNetCurrent", "InventoryNet", "PrepaidExpenseAndOtherAssetsCurrent");
                checked += equal(problems, name, facts, "GrossProfit", period, "Revenues", "-CostOfRevenue");
                checked += equal(problems, name, facts, "OperatingIncomeLoss", period, "GrossProfit", "-OperatingExpenses");
                checked += equal(problems, name, facts, "NetIncomeLoss", period, "IncomeLossBeforeIncomeTaxes",
                        "-IncomeTaxExpenseBenefit");
                checked += equal(problems, name, facts, "CashAndCashEquivalentsPeriodIncreaseDecrease", period,
                        "NetCashProvidedByUsedInOperatingActivities", "NetCashProvidedByUsedInInvestingActivities",
                        "NetCashProvidedByUsedInFinancingActivities");
                BigDecimal income = facts.get("NetIncomeLoss" + period);
                BigDecimal shares = facts.get("WeightedAverageNumberOfSharesOutstandingBasic" + period);
                BigDecimal perShare = facts.get("EarningsPerShareBasic" + period);
                if (income != null && shares != null) {
                    checked++;
                    if (income.divide(shares, 2, RoundingMode.HALF_UP).compareTo(perShare) != 0) {
                        problems.add(name + period + ": EPS " + perShare + " is not " + income + " / " + shares);
                    }
                }
            }
            String company = name.substring(0, name.indexOf('-'));
            facts.forEach((key, value) -> {
                BigDecimal before = acrossDocuments.putIfAbsent(company + " " + key, value);
                if (before != null && before.compareTo(value) != 0) {
                    problems.add(name + ": " + key + " is " + value + ", elsewhere " + before);
                }
            });
        }
        assertThat(checked).isGreaterThan(1000);
        assertThat(problems).isEmpty();
    }

    /** Compares a total with the sum of its parts ("-" before a part subtracts it), when all are printed; 1 when compared. */
    private static int equal(List<String> problems, String where, Map<String, BigDecimal> facts, String total, String period,
                             String... parts) {
        BigDecimal printed = facts.get(total + period);
        BigDecimal sum = BigDecimal.ZERO;
        for (String part : parts) {
            BigDecimal value = facts.get(part.replace("-", "") + period);
            if (printed == null || value == null) {
                return 0;
            }
            sum = part.startsWith("-") ? sum.subtract(value) : sum.add(value);
        }
        if (sum.compareTo(printed) != 0) {
            problems.add(where + period + ": " + total + " " + printed + " but its parts make " + sum);
        }
        return 1;
    }
}
