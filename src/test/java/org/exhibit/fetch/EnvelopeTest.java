package org.exhibit.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A submission is whole only with every document, and the envelope around them, closed. */
class EnvelopeTest {

    @TempDir
    Path folder;

    @Test
    void theCorpusSubmissionsAreWholeWithTheirWrappersOrWithout() throws Exception {
        for (String name : new String[] {"apple-10k-1994-09-30.txt", "apple-10k-1997-09-26.txt",
                "bristolmyers-10k-1994-12-31.txt", "bristolmyers-10q-1994-06-30.txt"}) {
            assertThat(Envelope.problem(EdgarServer.CORPUS.resolve(name))).as(name).isEmpty();
        }
    }

    @Test
    void aSubmissionCutAnywhereAfterItsFirstDocumentOpensIsNotWhole() throws Exception {
        byte[] whole = Files.readAllBytes(EdgarServer.CORPUS.resolve("apple-10k-1997-09-26.txt"));
        int closing = new String(whole, java.nio.charset.StandardCharsets.ISO_8859_1).lastIndexOf("</SEC-DOCUMENT>");
        for (int cut : new int[] {100, 5_000, whole.length / 2, closing, closing + 5}) {
            Path file = folder.resolve("cut-" + cut + ".txt");
            Files.write(file, Arrays.copyOf(whole, cut));
            assertThat(Envelope.problem(file)).as("cut at %d of %d", cut, whole.length).isPresent();
        }
        assertThat(Envelope.problem(write("cut.txt", Arrays.copyOf(whole, whole.length / 2))).get())
                .startsWith("it ends inside its ").endsWith(" <DOCUMENT>, before </DOCUMENT>");
        assertThat(Envelope.problem(write("wrapper.txt", Arrays.copyOf(whole, closing))).get())
                .isEqualTo("it ends before </SEC-DOCUMENT>");
    }

    @Test
    void theTruncatedCorpusCopyIsNotWhole() throws Exception {
        assertThat(Envelope.problem(EdgarServer.CORPUS.resolve("apple-10q-1997-03-28.txt")))
                .contains("it ends inside its 6th <DOCUMENT>, before </DOCUMENT>");
        assertThat(Envelope.problem(write("page.txt", "<html><body>Too many requests</body></html>\n".getBytes())))
                .contains("it holds no <DOCUMENT>");
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(folder.resolve(name), bytes);
    }
}
