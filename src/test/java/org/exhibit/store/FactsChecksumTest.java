package org.exhibit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facts checksum says whether two databases hold the same facts: the same whatever order documents were imported
 * in (so whatever ids rows got), different as soon as one value, one NULL or one row differs.
 */
class FactsChecksumTest {

    private static final Path Q1 = Path.of("data/innovo-2003-q1-ex99.txt");
    private static final Path Q3 = Path.of("data/innovo-2003-q3-ex99.txt");

    @TempDir
    Path folder;

    private Database imported(String name, List<Path> files) throws Exception {
        Database database = Database.open("jdbc:h2:file:" + folder.resolve(name));
        for (Path file : files) {
            new Importer(database).load(file.getFileName().toString(), Files.readAllBytes(file));
        }
        return database;
    }

    private static void execute(Database database, String sql) throws Exception {
        try (Statement s = database.connection().createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void theSameFactsImportedInAnotherOrderHaveTheSameChecksum() throws Exception {
        try (Database forward = imported("forward", List.of(Q1, Q3));
             Database backward = imported("backward", List.of(Q3, Q1))) {
            String firstQuarter = "select id from document where name = 'innovo-2003-q1-ex99.txt'";
            assertThat(SqlRows.of(forward.connection(), firstQuarter)).containsExactly("1");
            assertThat(SqlRows.of(backward.connection(), firstQuarter)).containsExactly("2");
            FactsChecksum one = FactsChecksum.of(forward.connection());
            assertThat(one.rows()).isEqualTo(196);
            assertThat(one.hex()).matches("[0-9a-f]{64}");
            assertThat(FactsChecksum.of(backward.connection())).isEqualTo(one);
        }
    }

    @Test
    void oneValueOneNullOrOneRowMoreChangesTheChecksum() throws Exception {
        try (Database database = imported("one", List.of(Q1))) {
            FactsChecksum before = FactsChecksum.of(database.connection());

            execute(database, "update fact set amount = amount + 1 where id = (select min(id) from fact)");
            FactsChecksum changedValue = FactsChecksum.of(database.connection());
            assertThat(changedValue.rows()).isEqualTo(before.rows());
            assertThat(changedValue.hex()).isNotEqualTo(before.hex());
            execute(database, "update fact set amount = amount - 1 where id = (select min(id) from fact)");
            assertThat(FactsChecksum.of(database.connection())).isEqualTo(before);

            execute(database, "update company set ticker = ''");
            FactsChecksum emptyTicker = FactsChecksum.of(database.connection());
            execute(database, "update company set ticker = null");
            FactsChecksum nullTicker = FactsChecksum.of(database.connection());
            assertThat(emptyTicker.hex()).isNotEqualTo(before.hex()).isNotEqualTo(nullTicker.hex());
            assertThat(nullTicker.hex()).isNotEqualTo(before.hex());
            execute(database, "update company set ticker = 'INNO'");
            assertThat(FactsChecksum.of(database.connection())).isEqualTo(before);

            execute(database, "insert into fact (document_id, line_item_id, column_index, period_start, period_end, months,"
                    + " amount, printed_amount, line) select document_id, line_item_id, column_index, period_start,"
                    + " period_end, months, amount, printed_amount, line from fact where id = (select min(id) from fact)");
            FactsChecksum duplicated = FactsChecksum.of(database.connection());
            assertThat(duplicated.rows()).isEqualTo(before.rows() + 1);
            assertThat(duplicated.hex()).isNotEqualTo(before.hex());
        }
    }

    @Test
    void trailingZerosOfADecimalAreNotPartOfItsText() {
        assertThat(FactsChecksum.plain(new java.math.BigDecimal("403000.00000000"))).isEqualTo("403000");
        assertThat(FactsChecksum.plain(new java.math.BigDecimal("-0.12500000"))).isEqualTo("-0.125");
        assertThat(FactsChecksum.plain(new java.math.BigDecimal("0E-8"))).isEqualTo("0");
    }
}
