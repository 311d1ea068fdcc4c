package org.exhibit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text a document gives is cut to the column it is stored in: a title longer than {@code TITLE VARCHAR(2000)} used to
 * make the database refuse the whole document ("Value too long for column").
 */
class BoundedTextTest {

    @TempDir
    java.nio.file.Path folder;

    private Database database;

    @BeforeEach
    void open() throws StoreException {
        database = Database.open("jdbc:h2:file:" + folder.resolve("exhibit"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** A statement whose title, five lines of 2,024 characters inside its {@code <TABLE>}, comes to over 10,000. */
    private static byte[] documentWithALongTitle() {
        String line = "CONSOLIDATED STATEMENTS OF INCOME " + "Z".repeat(1990);
        String text = "<DOCUMENT>\n<TYPE>EX-99\n<TEXT>\n<TABLE>\n" + (line + "\n").repeat(5) + "<CAPTION>\n"
                + "<S>                                   <C>            <C>\n"
                + "                                      1997           1996\n"
                + "Net sales                           $ 1,234        $ 1,100\n"
                + "Cost of sales                         1,000            900\n"
                + "Net income                          $   234        $   200\n"
                + "</TABLE>\n</TEXT>\n</DOCUMENT>\n";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aTitleLongerThanItsColumnIsCutAndTheDocumentImported() throws Exception {
        ImportResult result = new Importer(database).load("long-title.txt", documentWithALongTitle());

        assertThat(result.outcome()).as(result.message()).isEqualTo(ImportResult.Outcome.IMPORTED);
        List<String> stored = SqlRows.of(database.connection(), "select length(title), right(title, 3) from statement_table");
        assertThat(stored).containsExactly("2000|ZZ…");
    }

    @Test
    void textIsCutWithAnEllipsisAndNeverSplitsACharacterInTwo() {
        assertThat(ColumnText.fit("abcdef", 4)).isEqualTo("abc…");
        assertThat(ColumnText.fit("abcd", 4)).isEqualTo("abcd");
        assertThat(ColumnText.fit("ab\uD83D\uDE00cd", 4)).isEqualTo("ab…");
        assertThat(ColumnText.fit(null, 4)).isNull();
    }
}
