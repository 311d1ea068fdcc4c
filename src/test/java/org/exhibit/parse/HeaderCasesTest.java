package org.exhibit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The periods read from header lines, pinned by a data file ({@code parse/header-cases.csv}): each case is a header as
 * printed, the start and end of each value column, and the period expected over each column as its end and months
 * (0 for an instant).
 */
class HeaderCasesTest {

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(Path.of("src/test/resources/parse/header-cases.csv"))) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                cases.add(Arguments.of(r.get("case"), r.get("kind"), r.get("columns"), r.get("header"), r.get("periods")));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachColumnTakesTheExpectedPeriod(String name, String kind, String columns, String header, String periods) {
        List<int[]> spans = new ArrayList<>();
        for (String column : columns.split(";")) {
            String[] ends = column.split("-");
            spans.add(new int[] {Integer.parseInt(ends[0]), Integer.parseInt(ends[1]), Integer.parseInt(ends[1])});
        }
        StatementKind statement = StatementKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
        List<Column> read = HeaderReader.columns(spans, header.lines().toList(), "", statement);
        String actual = read.stream().map(c -> c.period() == null ? "none" : c.period().end() + "/" + c.period().months())
                .collect(Collectors.joining(";"));
        assertThat(actual).isEqualTo(periods);
    }
}
