package org.exhibit.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.exhibit.check.Severity;
import org.exhibit.store.Checks;
import org.exhibit.store.Database;
import org.exhibit.store.Documents;
import org.exhibit.store.ImportResult;
import org.exhibit.store.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every document of the corpus imports into a real database without failure, with a company and some facts, and the
 * checks find what was reviewed by hand in {@code corpus/findings.csv} (all but the claims of the text confirmed,
 * which are counted), on import and when run again.
 */
class CorpusImportTest {

    @TempDir
    Path folder;

    @Test
    void everyCorpusDocumentImports() throws Exception {
        List<Path> files = Documents.expand(List.of(Path.of("src/test/resources/corpus")));
        assertThat(files).hasSizeGreaterThanOrEqualTo(40);
        try (Database database = Database.open("jdbc:h2:file:" + folder.resolve("exhibit"))) {
            Importer importer = new Importer(database);
            List<String> failures = new ArrayList<>();
            for (Path file : files) {
                ImportResult result = importer.load(file.getFileName().toString(), Files.readAllBytes(file));
                if (result.outcome() != ImportResult.Outcome.IMPORTED) {
                    failures.add(result.summary());
                }
            }
            assertThat(failures).isEmpty();
            try (Statement s = database.connection().createStatement();
                 ResultSet rs = s.executeQuery("select count(*) from document d where not exists"
                         + " (select 1 from fact f where f.document_id = d.id)")) {
                rs.next();
                assertThat(rs.getInt(1)).as("documents without a single fact").isZero();
            }
            List<String> reviewed = reviewedFindings();
            assertThat(storedFindings(database)).as("findings stored on import").isEqualTo(reviewed);
            try (Statement s = database.connection().createStatement();
                 ResultSet rs = s.executeQuery("select severity, count(*) from findings where rule = 'claim'"
                         + " group by severity order by severity")) {
                List<String> claims = new ArrayList<>();
                while (rs.next()) {
                    claims.add(rs.getString(1) + " " + rs.getInt(2));
                }
                assertThat(claims).as("claims of the text: confirmed, and none contradicted").containsExactly("info 143");
            }
            List<String> again = Checks.recheckAll(database.dsl()).stream()
                    .filter(f -> !f.rule().equals("claim") || f.severity() != Severity.INFO)
                    .map(f -> String.join(",", f.document(), String.valueOf(f.line()), f.rule(), f.severity().code(),
                            plain(f.expected()), plain(f.actual())))
                    .sorted().toList();
            assertThat(again).as("findings of exhibit check").isEqualTo(reviewed.stream().sorted().toList());
        }
    }

    /** The findings reviewed by hand, without the verdict, in the order of the file. */
    private static List<String> reviewedFindings() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(Path.of("src/test/resources/corpus/findings.csv"))) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                rows.add(String.join(",", r.get("document"), r.get("line"), r.get("rule"), r.get("severity"),
                        plain(new BigDecimal(r.get("expected"))), plain(new BigDecimal(r.get("actual")))));
            }
        }
        return rows;
    }

    private static List<String> storedFindings(Database database) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement s = database.connection().createStatement();
             ResultSet rs = s.executeQuery("select document, line, rule, severity, expected, actual from findings"
                     + " where rule <> 'claim' or severity <> 'info' order by document, line, rule, period_end, months, expected")) {
            while (rs.next()) {
                rows.add(String.join(",", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        plain(rs.getBigDecimal(5)), plain(rs.getBigDecimal(6))));
            }
        }
        return rows;
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
