package org.exhibit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A document that names one currency other than dollars for most of its tables is in it throughout. */
class DocumentCurrencyTest {

    private static Document corpus(String name) throws Exception {
        return DocumentParser.parse(name, Files.readAllBytes(Path.of("src/test/resources/corpus", name)));
    }

    @Test
    void aegonsTablesAreAllInEuroEvenWhereNoneIsNamedAboveThem() throws Exception {
        Document aegon = corpus("aegon-20f-2000-0000928385-01-500187.htm");
        assertThat(aegon.tables()).extracting(t -> t.scale().currency()).containsOnly("EUR");
        assertThat(aegon.tables().stream().filter(t -> t.line() == 7586).findFirst().orElseThrow().scale().currency())
                .as("the parent company's balance sheet, under no currency of its own").isEqualTo("EUR");
    }

    @Test
    void aDocumentInDollarsStaysInDollars() throws Exception {
        assertThat(corpus("ibm-10k-1997-12-31.txt").tables()).extracting(t -> t.scale().currency()).containsOnly("USD");
    }
}
