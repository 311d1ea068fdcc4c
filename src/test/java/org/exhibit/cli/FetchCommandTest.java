package org.exhibit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.exhibit.fetch.EdgarServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code exhibit fetch} as a user runs it, against a real HTTP server on 127.0.0.1 serving an EDGAR-shaped tree of
 * real filings, with a real H2 file database for {@code --import}.
 */
class FetchCommandTest {

    private static final String AGENT = "Exhibit Tests tests@example.com";
    private static final String APPLE_10K_1997 = "0001047469-97-006960";

    @TempDir
    Path folder;

    private EdgarServer edgar;
    private Path dir;
    private String db;
    private String out;
    private String err;

    @BeforeEach
    void setUp() throws IOException {
        edgar = new EdgarServer();
        dir = folder.resolve("edgar");
        db = "jdbc:h2:file:" + folder.resolve("exhibit");
    }

    @AfterEach
    void tearDown() {
        edgar.close();
    }

    private int exhibit(String... args) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        Context context = new Context(new ByteArrayInputStream(new byte[0]), new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), false);
        int status = new Main(context).run(args);
        out = outBytes.toString(StandardCharsets.UTF_8);
        err = errBytes.toString(StandardCharsets.UTF_8);
        return status;
    }

    /** {@code fetch} against the test server, into the test's folder, with the test's User-Agent and {@code args}. */
    private int fetch(String... args) {
        List<String> all = new ArrayList<>(List.of("fetch", "--edgar-url", edgar.url(), "--dir", dir.toString(),
                "--user-agent", AGENT, "--db", db));
        all.addAll(List.of(args));
        return exhibit(all.toArray(String[]::new));
    }

    private List<String> documents() {
        assertThat(exhibit("query", "--db", db, "--format", "csv", "select name from document order by name")).isZero();
        return out.lines().skip(1).toList();
    }

    /** The filings in the folder, as {@code <cik>/<file>}, and any other file under a CIK's folder. */
    private List<String> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(dir::relativize).map(Path::toString)
                    .filter(name -> !name.startsWith("full-index") && !name.equals("company_tickers.json")).sorted().toList();
        }
    }

    @Test
    void aTickersTenKsOfFiveYearsAreDownloadedAndImportedAndASecondRunAsksForNothing() throws IOException {
        assertThat(fetch("--company", "AAPL", "--form", "10-K", "--from", "1996", "--to", "2000", "--import")).as(err).isZero();

        assertThat(filesInFolder()).containsExactly("320193/" + APPLE_10K_1997 + ".txt");
        assertThat(Files.readAllBytes(dir.resolve("320193/" + APPLE_10K_1997 + ".txt")))
                .isEqualTo(Files.readAllBytes(edgar.filing(APPLE_10K_1997)));
        assertThat(out).contains("320193/" + APPLE_10K_1997 + ".txt: fetched, 10-K of APPLE COMPUTER INC filed 1997-12-05")
                .contains(APPLE_10K_1997 + ".txt: imported, ");
        List<String> paths = edgar.paths();
        assertThat(paths).first().isEqualTo("/files/company_tickers.json");
        assertThat(paths).filteredOn(p -> p.endsWith("master.idx")).hasSize(20).doesNotHaveDuplicates();
        assertThat(paths).filteredOn(p -> p.startsWith("/Archives/edgar/data/"))
                .containsExactly("/Archives/edgar/data/320193/" + APPLE_10K_1997 + ".txt");
        assertThat(edgar.requests()).allSatisfy(r -> assertThat(r.userAgent()).isEqualTo(AGENT));
        assertThat(documents()).containsExactly(APPLE_10K_1997 + ".txt");

        edgar.clearLog();
        assertThat(fetch("--company", "AAPL", "--form", "10-K", "--from", "1996", "--to", "2000", "--import")).as(err).isZero();
        assertThat(edgar.requests()).isEmpty();
        assertThat(out).contains("320193/" + APPLE_10K_1997 + ".txt: already here")
                .contains(APPLE_10K_1997 + ".txt: unchanged, nothing to do")
                .contains("fetch: 0 fetched (0 bytes), 1 already here, 0 left out, 0 not on EDGAR, 0 not kept; 0 requests");
        assertThat(documents()).containsExactly(APPLE_10K_1997 + ".txt");
    }
}
