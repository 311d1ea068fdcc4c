package org.exhibit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every format prints the same awkward result faithfully. */
class RenderTest {

    private static final String AWKWARD = "select * from (values"
            + " (1, 'comma, \"quote\"', cast(11915000.00000000 as decimal(30,8)), date '2003-03-01'),"
            + " (2, 'line\nbreak', cast(-0.03 as decimal(30,8)), null),"
            + " (3, '', null, null),"
            + " (4, cast(null as varchar), cast(0.000001 as decimal(30,8)), null),"
            + " (5, 'ünïcödé €', cast(1e20 as decimal(30,8)), null)"
            + ") t(id, label, amount, released)";

    private Connection connection;
    private Rendered rendered;

    @BeforeEach
    void open() throws Exception {
        connection = DriverManager.getConnection("jdbc:h2:mem:");
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    private String render(Format format) throws Exception {
        return render(format, RenderOptions.DEFAULT, AWKWARD);
    }

    private String render(Format format, RenderOptions options, String sql) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rendered = format.renderer().render(rs, new PrintStream(bytes, true, StandardCharsets.UTF_8), options);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csvRoundTripsThroughCommonsCsvWithNullAsEmptyAndPlainNumbers() throws Exception {
        String csv = render(Format.CSV);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(records.get(0).values()).containsExactly("id", "label", "amount", "released");
        assertThat(records.get(1).values()).containsExactly("1", "comma, \"quote\"", "11915000", "2003-03-01");
        assertThat(records.get(2).values()).containsExactly("2", "line\nbreak", "-0.03", "");
        assertThat(records.get(3).values()).containsExactly("3", "", "", "");
        assertThat(records.get(4).values()).containsExactly("4", "", "0.000001", "");
        assertThat(records.get(5).values()).containsExactly("5", "ünïcödé €", "100000000000000000000", "");
        assertThat(csv).doesNotContain("E+").doesNotContain("1,000");
    }

    @Test
    void csvLinesEndWithLineFeedsUnlessCrLfIsAskedFor() throws Exception {
        String sql = "select * from (values (1, 'a'), (2, 'b')) t(id, label)";
        assertThat(render(Format.CSV, RenderOptions.DEFAULT, sql)).isEqualTo("id,label\n1,a\n2,b\n");
        assertThat(render(Format.CSV, RenderOptions.DEFAULT.withCrlf(true), sql)).isEqualTo("id,label\r\n1,a\r\n2,b\r\n");
        assertThat(render(Format.TSV, RenderOptions.DEFAULT.withCrlf(true), sql)).isEqualTo("id\tlabel\r\n1\ta\r\n2\tb\r\n");
    }

    @Test
    void tableRightAlignsNumbersAndShowsNullUnlikeAnEmptyString() throws Exception {
        String table = render(Format.TABLE);
        assertThat(table).contains("|  1 | comma, \"quote\" |              11915000 | 2003-03-01 |");
        assertThat(table).contains("|  2 | line\\nbreak    |                 -0.03 | NULL       |");
        assertThat(table).contains("|  3 |                |                  NULL | NULL       |");
        assertThat(table).contains("|  4 | NULL           |              0.000001 | NULL       |");
        assertThat(table).endsWith("+----+----------------+-----------------------+------------+\n");
        assertThat(rendered.footer(null)).isEqualTo("(5 rows)");
    }

    @Test
    void jsonIsAnArrayOfObjectsWithNumbersUnquotedAndNullAsNull() throws Exception {
        String json = render(Format.JSON);
        assertThat(json).startsWith("[\n  {\"id\": 1, \"label\": \"comma, \\\"quote\\\"\", \"amount\": 11915000, \"released\": \"2003-03-01\"}");
        assertThat(json).contains("{\"id\": 2, \"label\": \"line\\nbreak\", \"amount\": -0.03, \"released\": null}");
        assertThat(json).contains("{\"id\": 4, \"label\": null, \"amount\": 0.000001, \"released\": null}");
        assertThat(json.trim()).endsWith("]");
    }

    @Test
    void markdownEscapesPipesAndAlignsNumbersRight() throws Exception {
        String md = render(Format.MARKDOWN);
        assertThat(md).startsWith("| id | label | amount | released |\n| ---: | --- | ---: | --- |\n");
        assertThat(md).contains("| 2 | line break | -0.03 |  |");
    }

    @Test
    void tsvUsesTabsAndRoundTripsThroughCommonsCsv() throws Exception {
        String tsv = render(Format.TSV);
        assertThat(tsv).startsWith("id\tlabel\tamount\treleased\n");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setDelimiter('\t').get().parse(new StringReader(tsv)).getRecords();
        assertThat(records.get(1).values()).containsExactly("1", "comma, \"quote\"", "11915000", "2003-03-01");
        assertThat(records.get(2).values()).containsExactly("2", "line\nbreak", "-0.03", "");
    }

    @Test
    void theNullTextCanBeChosenForTablesBlocksAndCsv() throws Exception {
        RenderOptions dash = RenderOptions.DEFAULT.withNullText("-");
        assertThat(render(Format.TABLE, dash, AWKWARD)).contains("|  4 | -              |              0.000001 | -          |");
        assertThat(render(Format.VERTICAL, dash, AWKWARD)).contains("label    | -\n");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(render(Format.CSV,
                RenderOptions.DEFAULT.withNullText("NULL"), AWKWARD))).getRecords();
        assertThat(records.get(3).values()).as("an empty string stays empty, NULL is NULL").containsExactly("3", "", "NULL", "NULL");
        assertThat(records.get(4).values()).containsExactly("4", "NULL", "0.000001", "NULL");
    }

    @Test
    void aTableTooWideForTheScreenCutsLongTextsAndHidesTheColumnsThatStillDoNotFit() throws Exception {
        String sql = "select 1 as id, repeat('x', 60) as label, 'USD' as unit, 12345 as amount, 'NetIncomeLoss' as concept";
        String table = render(Format.TABLE, RenderOptions.DEFAULT.withWidth(60), sql);
        assertThat(table.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
        assertThat(table).contains("| id | label               | unit | amount | concept       |");
        assertThat(table).contains("|  1 | xxxxxxxxxxxxxxxxxx… | USD  |  12345 | NetIncomeLoss |");
        assertThat(rendered.hidden()).isEmpty();

        table = render(Format.TABLE, RenderOptions.DEFAULT.withWidth(42), sql);
        assertThat(table.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(42));
        assertThat(table).contains("| id | unit | amount | concept       |");
        assertThat(table).contains("|  1 | USD  |  12345 | NetIncomeLoss |");
        assertThat(rendered.hidden()).containsExactly("label");
        assertThat(rendered.footer(null))
                .isEqualTo("(1 row; 1 column hidden: label; \\x (or --format vertical) shows every column)");

        assertThat(render(Format.TABLE, RenderOptions.DEFAULT.withWidth(200), sql)).contains("| concept ");
        assertThat(rendered.hidden()).isEmpty();
    }

    @Test
    void aNarrowScreenKeepsTheValueAndWhatItIsAValueOfLongestShorteningLabelsFirst() throws Exception {
        String sql = "select 'Innovo Group Inc.' as company, 'StockholdersEquity' as concept,"
                + " 'Total stockholders'' equity attributable to the parent company' as label,"
                + " date '2003-08-30' as period_end, 12 as months, cast(12524000 as decimal(20,2)) as \"value\","
                + " 'USD' as unit, 'innovo-2003-q3-ex99.txt' as document, 57 as line";
        String wide = render(Format.TABLE, RenderOptions.DEFAULT.withWidth(200), sql);
        assertThat(wide).contains("| Total stockholders' equity attributable to the parent company |");
        assertThat(rendered.hidden()).isEmpty();

        String shortened = render(Format.TABLE, RenderOptions.DEFAULT.withWidth(160), sql);
        assertThat(shortened.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(160));
        assertThat(shortened).contains("| Innovo Group Inc. | StockholdersEquity | Total stockholders' equity attributable"
                + " to the p… | 2003-08-30 |     12 | 12524000 | USD  | innovo-2003-q3-… |   57 |");
        assertThat(rendered.hidden()).isEmpty();

        String fewer = render(Format.TABLE, RenderOptions.DEFAULT.withWidth(120), sql);
        assertThat(fewer.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
        assertThat(fewer).contains("| Total stockholders' equity … |").contains("| 12524000 | USD  |   57 |");
        assertThat(rendered.hidden()).containsExactly("document");

        String narrow = render(Format.TABLE, RenderOptions.DEFAULT.withWidth(80), sql);
        assertThat(narrow.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        assertThat(narrow).contains("| Innovo Group Inc. | StockholdersEqu… | 2003-08-30 |     12 | 12524000 | USD  |");
        assertThat(rendered.hidden()).containsExactly("label", "document", "line");

        String narrower = render(Format.TABLE, RenderOptions.DEFAULT.withWidth(50), sql);
        assertThat(narrower.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(50));
        assertThat(narrower).contains("| 2003-08-30 | 12524000 |");
        assertThat(rendered.hidden()).containsExactly("company", "label", "months", "unit", "document", "line");
    }

    @Test
    void oneColumnWiderThanTheScreenIsCutToIt() throws Exception {
        String table = render(Format.TABLE, RenderOptions.DEFAULT.withWidth(20), "select repeat('y', 50) as label");
        assertThat(table.lines()).allSatisfy(line -> assertThat(line).hasSize(20));
        assertThat(table).contains("| yyyyyyyyyyyyyyy… |");
    }

    @Test
    void expandedShowsOneBlockPerRowAlwaysOrOnlyWhenTheTableIsTooWide() throws Exception {
        String sql = "select 1 as id, repeat('x', 60) as label";
        String blocks = "-[ RECORD 1 ]---\nid    | 1\nlabel | " + "x".repeat(60) + "\n";
        assertThat(render(Format.TABLE, RenderOptions.DEFAULT.withExpanded(RenderOptions.Expanded.ON), sql)).isEqualTo(blocks);
        assertThat(render(Format.TABLE, RenderOptions.DEFAULT.withExpanded(RenderOptions.Expanded.AUTO).withWidth(40), sql))
                .isEqualTo(blocks);
        assertThat(render(Format.TABLE, RenderOptions.DEFAULT.withExpanded(RenderOptions.Expanded.AUTO).withWidth(80), sql))
                .startsWith("+----+---");
    }

    @Test
    void theFooterCountsRowsAndCanSayHowLongItTook() {
        assertThat(new Rendered(1, List.of()).footer(null)).isEqualTo("(1 row)");
        assertThat(new Rendered(6, List.of()).footer("12 ms")).isEqualTo("(6 rows, 12 ms)");
        assertThat(new Rendered(6, List.of("a", "b")).footer("3 ms"))
                .isEqualTo("(6 rows, 3 ms; 2 columns hidden: a, b; \\x (or --format vertical) shows every column)");
    }

    @Test
    void csvWithABomStartsWithItOnceAndStillParses() throws Exception {
        String csv = render(Format.CSV, RenderOptions.DEFAULT.withBom(true), AWKWARD);
        assertThat(csv).startsWith("\uFEFFid,label");
        assertThat(csv.indexOf('\uFEFF', 1)).isEqualTo(-1);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records.get(5).values()).containsExactly("5", "ünïcödé €", "100000000000000000000", "");
    }

    @Test
    void theFormulaGuardIsOptInAndNeverChangesNumbers() throws Exception {
        String sql = "select * from (values ('=HYPERLINK(\"http://x\")', -5), ('+1', 2), ('-2+3', -0.5), ('@SUM(A1)', 0),"
                + " ('a=b', 1), ('-12.5', 3)) t(label, amount)";
        List<CSVRecord> exact = CSVFormat.RFC4180.parse(new StringReader(render(Format.CSV, RenderOptions.DEFAULT, sql)))
                .getRecords();
        assertThat(exact.get(1).values()).containsExactly("=HYPERLINK(\"http://x\")", "-5");
        List<CSVRecord> guarded = CSVFormat.RFC4180.parse(new StringReader(
                render(Format.CSV, RenderOptions.DEFAULT.withEscapeFormulas(true), sql))).getRecords();
        assertThat(guarded.get(1).values()).containsExactly("'=HYPERLINK(\"http://x\")", "-5");
        assertThat(guarded.get(2).values()).containsExactly("+1", "2");
        assertThat(guarded.get(3).values()).containsExactly("'-2+3", "-0.5");
        assertThat(guarded.get(4).values()).containsExactly("'@SUM(A1)", "0");
        assertThat(guarded.get(5).values()).containsExactly("a=b", "1");
        assertThat(guarded.get(6).values()).containsExactly("-12.5", "3");
    }
}
