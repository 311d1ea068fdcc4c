package org.exhibit.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** EDGAR's quarterly master index, read from the fixtures written in its format. */
class MasterIndexTest {

    private static final Path QTR4_1997 = EdgarServer.TREE.resolve("Archives/edgar/full-index/1997/QTR4/master.idx");

    @Test
    void everyRowUnderTheDashesIsAFilingWithItsAccession() throws Exception {
        var entries = MasterIndex.parse(Files.readString(QTR4_1997), "master.idx");
        assertThat(entries).containsExactly(
                new IndexEntry(320193, "APPLE COMPUTER INC", "8-K", LocalDate.of(1997, 10, 20),
                        "edgar/data/320193/0000320193-97-000099.txt"),
                new IndexEntry(320193, "APPLE COMPUTER INC", "10-K", LocalDate.of(1997, 12, 5),
                        "edgar/data/320193/0001047469-97-006960.txt"));
        assertThat(entries.get(1).accession()).isEqualTo("0001047469-97-006960");
    }

    @Test
    void formTypesWithSpacesAndCompactDatesAreRead() throws Exception {
        String text = Files.readString(EdgarServer.TREE.resolve("Archives/edgar/full-index/2000/QTR1/master.idx"))
                + "1|A B|SC 13G/A|20000102|edgar/data/1/0000000001-00-000001.txt\n";
        var entries = MasterIndex.parse(text, "master.idx");
        assertThat(entries).extracting(IndexEntry::form).containsExactly("10-K", "DEF 14A", "SC 13G/A");
        assertThat(entries.get(2).filed()).isEqualTo(LocalDate.of(2000, 1, 2));
    }

    @Test
    void aMalformedRowIsNamedByItsLine() throws Exception {
        String text = Files.readString(QTR4_1997) + "320193|APPLE COMPUTER INC|10-K|1997-13-05|edgar/data/320193/x.txt\n";
        assertThatThrownBy(() -> MasterIndex.parse(text, "master.idx"))
                .hasMessage("master.idx:14: expected a date filed, found \"1997-13-05\".");
        assertThatThrownBy(() -> MasterIndex.parse("<html>Not here</html>", "master.idx"))
                .hasMessageStartingWith("master.idx: not a master index");
    }
}
