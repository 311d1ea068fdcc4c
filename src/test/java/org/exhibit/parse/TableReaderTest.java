package org.exhibit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The title block read above a table. */
class TableReaderTest {

    @Test
    void aLongLineStartingWithAStatementsNameIsATitleNotProse() {
        String text = "Consolidated Balance Sheets at December 31 (after profit appropriation)\n"
                + "In accordance with Dutch Accounting Principles\n\nAmounts in million EUR\n\n<TABLE>\n<CAPTION>\n"
                + "                                                  2000          1999\n"
                + "<S>                                           <C>           <C>\n"
                + "Real estate                                      2,116         2,559\n"
                + "Other financial investments                    117,294       106,401\n"
                + "Total assets                                   244,216       228,808\n</TABLE>\n";
        Table table = DocumentParser.parse("t.txt", text.getBytes(StandardCharsets.UTF_8)).tables().get(0);
        assertThat(table.title()).startsWith("Consolidated Balance Sheets at December 31");
        assertThat(table.kind()).isEqualTo(StatementKind.BALANCE);
        assertThat(table.columns()).extracting(Column::period).containsExactly(
                Period.instant(LocalDate.of(2000, 12, 31)), Period.instant(LocalDate.of(1999, 12, 31)));
    }

    @Test
    void runningTextIsNoTitleEvenWhenItNamesAStatement() {
        assertThat(TableReader.namesAStatementFirst("Deferred income taxes reflect the net effects of temporary"))
                .isFalse();
        assertThat(TableReader.namesAStatementFirst("The Firm's Income before income tax expense, Income tax expense and"
                + " effective tax rate were as follows:")).isFalse();
    }
}
