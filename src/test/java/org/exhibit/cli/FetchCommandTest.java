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
        return fetchAs(AGENT, dir, args);
    }

    /** {@code fetch} against the test server, into {@code into}, declaring {@code agent}. */
    private int fetchAs(String agent, Path into, String... args) {
        List<String> all = new ArrayList<>(List.of("fetch", "--edgar-url", edgar.url(), "--dir", into.toString(),
                "--user-agent", agent, "--db", db));
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
        assertThat(out).contains("320193/" + APPLE_10K_1997 + ".txt: fetched, 10-K of APPLE COMPUTER INC filed 1997-12-05,"
                + " 639,342 bytes").contains("fetch: 1 fetched (639,342 bytes), 0 already here, 0 left out, 0 not on EDGAR,"
                + " 0 not kept; 22 requests, ")
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
                .contains("fetch: 0 fetched (0 bytes), 1 already here, 0 left out, 0 not on EDGAR, 0 not kept; 0 requests, 0 bytes");
        assertThat(documents()).containsExactly(APPLE_10K_1997 + ".txt");
    }

    @Test
    void noSecondHoldsMoreRequestsThanTheRateAllowsAtTheServer() {
        assertThat(fetch("--company", "BMY", "--form", "10-K,10-Q", "--from", "1994", "--to", "2000")).as(err).isZero();
        assertThat(edgar.requests()).hasSize(1 + 28 + 5);
        assertAtMostPerSecond(edgar.requests(), 10);

        edgar.clearLog();
        assertThat(fetchAs(AGENT, folder.resolve("other"), "--company", "14272", "--form", "10-Q", "--from", "2000", "--to",
                "2000", "--rate", "3")).as(err).isZero();
        assertThat(edgar.requests()).hasSize(4 + 1);
        assertAtMostPerSecond(edgar.requests(), 3);
    }

    /** Asserts that no second, measured at the server from any request on, holds more than {@code rate} requests. */
    private static void assertAtMostPerSecond(List<EdgarServer.Request> requests, int rate) {
        for (int i = 0; i + rate < requests.size(); i++) {
            long apart = requests.get(i + rate).nanos() - requests.get(i).nanos();
            assertThat(apart).as("nanoseconds from request %d to request %d", i, i + rate).isGreaterThanOrEqualTo(1_000_000_000L);
        }
    }

    @Test
    void a429A503ADroppedConnectionASlowAnswerAndGzipAreHandledAndEveryFileArrivesWhole() throws IOException {
        edgar.fault("/files/company_tickers.json", new EdgarServer.Status(429, "1"));
        edgar.fault("/Archives/edgar/full-index/1999/QTR4/master.idx", new EdgarServer.Status(503, null));
        edgar.fault("/Archives/edgar/data/14272/0000014272-99-000015.txt", new EdgarServer.Drop());
        edgar.fault("/Archives/edgar/data/14272/0000014272-00-000002.txt", new EdgarServer.Delay(1500));
        edgar.fault("/Archives/edgar/data/14272/0000014272-00-000006.txt", new EdgarServer.Slow(8192, 20));
        edgar.fault("/Archives/edgar/full-index/2000/QTR1/master.idx", new EdgarServer.Gzip());

        assertThat(fetch("--company", "BMY", "--form", "10-K,10-Q", "--from", "1999-07-01", "--to", "2000-06-30"))
                .as(err).isZero();

        assertThat(filesInFolder()).containsExactly("14272/0000014272-00-000002.txt", "14272/0000014272-00-000006.txt",
                "14272/0000014272-99-000015.txt");
        for (String accession : List.of("0000014272-00-000002", "0000014272-00-000006", "0000014272-99-000015")) {
            assertThat(Files.readAllBytes(dir.resolve("14272/" + accession + ".txt")))
                    .isEqualTo(Files.readAllBytes(edgar.filing(accession)));
        }
        List<EdgarServer.Request> requests = edgar.requests();
        assertThat(requests.get(1).path()).isEqualTo("/files/company_tickers.json");
        assertThat(requests.get(1).nanos() - requests.get(0).nanos()).as("Retry-After: 1 honoured")
                .isGreaterThanOrEqualTo(1_000_000_000L);
        assertThat(edgar.paths()).filteredOn("/Archives/edgar/data/14272/0000014272-99-000015.txt"::equals).hasSize(2);
        assertThat(edgar.requests()).allSatisfy(r -> assertThat(r.userAgent()).isEqualTo(AGENT));
        assertThat(err).contains("/files/company_tickers.json: 429 Too Many Requests; trying again in 1 s.")
                .contains("/Archives/edgar/full-index/1999/QTR4/master.idx: 503 ")
                .contains("/Archives/edgar/data/14272/0000014272-99-000015.txt: the connection failed");
    }

    @Test
    void a403StopsTheFetchAtOnceWithASentence() {
        edgar.fault("/Archives/edgar/full-index/1997/QTR2/master.idx", new EdgarServer.Status(403, null));
        assertThat(fetch("--company", "AAPL", "--form", "10-K", "--from", "1997", "--to", "1997")).isEqualTo(1);
        assertThat(err.lines()).containsExactly("exhibit: EDGAR refused " + edgar.url()
                + "Archives/edgar/full-index/1997/QTR2/master.idx (403 Forbidden); the SEC refuses clients that send no"
                + " User-Agent with a contact e-mail or that ask more than ten times a second: check the User-Agent (\""
                + AGENT + "\"), wait ten minutes and run fetch again.");
        assertThat(edgar.paths()).last().isEqualTo("/Archives/edgar/full-index/1997/QTR2/master.idx");
    }

    @Test
    void a429ThatDoesNotEndStopsTheFetchAfterFiveTries() {
        String tickers = "/files/company_tickers.json";
        edgar.fault(tickers, Stream.generate(() -> new EdgarServer.Status(429, "0")).limit(5).toArray(EdgarServer.Fault[]::new));
        assertThat(fetch("--company", "AAPL", "--form", "10-K", "--from", "1997", "--to", "1997")).isEqualTo(1);
        assertThat(edgar.paths()).containsExactly(tickers, tickers, tickers, tickers, tickers);
        assertThat(err.lines()).last().isEqualTo("exhibit: EDGAR kept answering 429 Too Many Requests for " + edgar.url()
                + "files/company_tickers.json (5 tries); stopped: wait ten minutes, and lower --rate, then run fetch again;"
                + " it resumes where it stopped.");
    }

    @Test
    void aFilingThatArrivesIncompleteIsNeitherKeptNorImportedAndTheOthersAre() throws IOException {
        assertThat(fetch("--company", "AAPL", "--form", "10-Q", "--from", "1997", "--to", "1999", "--import")).isEqualTo(1);

        assertThat(err).contains("exhibit: 320193/0000320193-97-000011.txt: not kept, 10-Q of APPLE COMPUTER INC filed"
                + " 1997-05-12: it ends inside its 6th <DOCUMENT>, before </DOCUMENT>");
        assertThat(filesInFolder()).containsExactly("320193/0000320193-98-000006.txt", "320193/0000320193-99-000009.txt");
        assertThat(documents()).containsExactly("0000320193-98-000006.txt", "0000320193-99-000009.txt");
        assertThat(edgar.paths()).filteredOn("/Archives/edgar/data/320193/0000320193-97-000011.txt"::equals).hasSize(1);
    }

    @Test
    void aFilingTheIndexListsButEdgarLacksIsSaidAndFailsTheRun() throws IOException {
        assertThat(fetch("--company", "AAPL", "--form", "8-K", "--from", "1997", "--to", "1997")).isEqualTo(1);
        assertThat(err).contains("exhibit: 320193/0000320193-97-000099.txt: not on EDGAR, 8-K of APPLE COMPUTER INC filed"
                + " 1997-10-20");
        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    void exhibitTypesKeepOnlyTheSubmissionsHoldingOneOfThem() throws IOException {
        assertThat(fetch("--company", "BMY", "--form", "10-Q", "--from", "1994", "--to", "1996", "--exhibit", "EX-27",
                "--import")).as(err).isZero();
        assertThat(out).contains("14272/0000014272-94-000013.txt: fetched but left out, 10-Q of BRISTOL MYERS SQUIBB CO"
                + " filed 1994-08-15: it holds no EX-27 (only 10-Q)");
        assertThat(documents()).containsExactly("0000014272-96-000014.txt");
        assertThat(filesInFolder()).containsExactly("14272/0000014272-94-000013.txt", "14272/0000014272-96-000014.txt");
    }

    @Test
    void theIndexModeTakesEveryCompanyWithTheFormAndANameFindsTheCompanyInTheIndexes() throws IOException {
        assertThat(fetch("--index", "--form", "10-K", "--from", "1997", "--to", "2000")).as(err).isZero();
        assertThat(filesInFolder()).containsExactly("14272/0000014272-00-000002.txt", "320193/" + APPLE_10K_1997 + ".txt");
        assertThat(edgar.paths()).doesNotContain("/files/company_tickers.json");

        edgar.clearLog();
        assertThat(fetch("--company", "bristol myers", "--form", "10-Q", "--from", "2000", "--to", "2000")).as(err).isZero();
        assertThat(out).contains("14272/0000014272-00-000006.txt: fetched, 10-Q of BRISTOL MYERS SQUIBB CO filed 2000-05-15");
        assertThat(edgar.paths()).filteredOn(p -> p.startsWith("/Archives/edgar/data/"))
                .containsExactly("/Archives/edgar/data/14272/0000014272-00-000006.txt");

        assertThat(fetch("--company", "XYZQ", "--form", "10-Q", "--from", "2000", "--to", "2000")).isEqualTo(1);
        assertThat(err.lines()).containsExactly("exhibit: --company \"XYZQ\" is no ticker of the SEC's ticker map, and no"
                + " company the indexes list with those forms and dates has that name; give a ticker, a CIK or a name as"
                + " EDGAR writes it.");
    }

    @Test
    void importOfTheFetchedFolderTakesTheFilingsAndNothingElse() throws IOException {
        assertThat(fetch("--company", "BMY", "--form", "10-Q", "--from", "1994", "--to", "1996")).as(err).isZero();
        Files.writeString(dir.resolve("14272/0000014272-99-000015.txt.part"), "<DOCUMENT>\n<TYPE>10-Q\n");
        assertThat(exhibit("import", "--db", db, dir.toString())).as(err).isZero();
        assertThat(documents()).containsExactly("0000014272-94-000013.txt", "0000014272-96-000014.txt");
    }

    @Test
    void malformedOptionsAreUsageErrorsAndSendNothing() {
        assertThat(fetch("--company", "AAPL", "--form", "10-K", "--from", "199x")).isEqualTo(2);
        assertThat(err.lines()).containsExactly("exhibit: --from \"199x\" is not a year (1996) or a date (1996-07-01).");
        assertThat(fetch("--company", "AAPL", "--form", "10-K", "--from", "1996", "--rate", "20")).isEqualTo(2);
        assertThat(err.lines()).containsExactly("exhibit: --rate 20 is not a rate from 1 to 10 requests a second (the SEC"
                + " allows at most 10).");
        assertThat(fetch("--company", "AAPL", "--index", "--form", "10-K", "--from", "1996")).isEqualTo(2);
        assertThat(fetchAs("Exhibit Tests", dir, "--company", "AAPL", "--form", "10-K", "--from", "1996")).isEqualTo(2);
        assertThat(err).startsWith("exhibit: the User-Agent \"Exhibit Tests\" (from --user-agent) has no e-mail address");
        assertThat(fetch("--company", "AAPL", "--form", "10-K", "--from", "1996", "--edgar-url", "ftp://x")).isEqualTo(2);
        assertThat(fetch("--company", "AAPL", "--form", "10-K", "--from", "1996", "--import", "--read-only")).isEqualTo(2);
        assertThat(err.lines()).containsExactly("exhibit: fetch --import changes the database, so it cannot run with"
                + " --read-only.");
        assertThat(edgar.requests()).isEmpty();
    }
}
