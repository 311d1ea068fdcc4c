package org.exhibit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.exhibit.fetch.EdgarServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar's {@code fetch} against a real HTTP server on 127.0.0.1: refused without a User-Agent, killed with
 * SIGKILL in the middle of a filing, then run again, it downloads only what is missing and imports every filing whole.
 */
class FetchKillIT {

    private static final String AGENT = "Exhibit Tests tests@example.com";
    private static final String DATA = "/Archives/edgar/data/320193/";
    private static final List<String> ACCESSIONS = List.of("0001047469-97-006960", "0000320193-98-000006",
            "0000320193-99-000009", "0000912057-00-033901");
    private static final String SLOW = DATA + ACCESSIONS.get(2) + ".txt";

    @TempDir
    Path home;

    private EdgarServer edgar;

    @BeforeEach
    void start() throws Exception {
        edgar = new EdgarServer();
    }

    @AfterEach
    void stop() {
        edgar.close();
    }

    @Test
    void withoutAUserAgentNothingIsSentAndTheSentenceSaysHowToSetOne() throws Exception {
        JarProcess.Run run = new JarProcess(home).run("fetch", "--company", "AAPL", "--form", "10-K", "--from", "1996",
                "--edgar-url", edgar.url());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly("exhibit: fetch needs a User-Agent naming you and your e-mail address,"
                + " as the SEC requires: set one with --user-agent \"Your Name you@example.com\", the environment variable"
                + " EXHIBIT_USER_AGENT, or the line user-agent=Your Name you@example.com in "
                + home.resolve("config/exhibit/config.properties") + ".");
        assertThat(edgar.requests()).isEmpty();
    }

    @Test
    void aFetchKilledMidFileResumesWithOnlyTheMissingFilingsAndImportsThemWhole() throws Exception {
        JarProcess exhibit = new JarProcess(home).environment("EXHIBIT_USER_AGENT", AGENT);
        String db = "jdbc:h2:file:" + home.resolve("db/exhibit");
        String[] fetch = {"fetch", "--company", "AAPL", "--form", "10-K,10-Q", "--from", "1997-06-01", "--to", "2000",
                "--import", "--db", db, "--edgar-url", edgar.url()};
        Path folder = home.resolve("cache/exhibit/edgar/320193");

        edgar.fault(SLOW, new EdgarServer.Slow(8192, 100));
        Process process = exhibit.start(List.of(), fetch);
        process.getOutputStream().close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (edgar.sent(SLOW) < 3 * 8192 && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(process.isAlive()).as("fetch is still downloading %s", SLOW).isTrue();
        process.destroyForcibly();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);

        assertThat(Files.exists(folder.resolve(ACCESSIONS.get(2) + ".txt"))).as("the filing cut short is not there").isFalse();
        assertThat(Files.exists(folder.resolve(ACCESSIONS.get(3) + ".txt"))).isFalse();
        for (String accession : ACCESSIONS.subList(0, 2)) {
            assertThat(Files.readAllBytes(folder.resolve(accession + ".txt"))).isEqualTo(Files.readAllBytes(edgar.filing(accession)));
        }

        edgar.clearFaults();
        edgar.clearLog();
        JarProcess.Run again = exhibit.run(fetch);
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(edgar.paths()).containsExactly(SLOW, DATA + ACCESSIONS.get(3) + ".txt");
        assertThat(edgar.requests()).allSatisfy(r -> assertThat(r.userAgent()).isEqualTo(AGENT));
        assertThat(again.out()).contains("320193/" + ACCESSIONS.get(0) + ".txt: already here")
                .contains("320193/" + ACCESSIONS.get(2) + ".txt: fetched");
        for (String accession : ACCESSIONS) {
            assertThat(Files.readAllBytes(folder.resolve(accession + ".txt"))).isEqualTo(Files.readAllBytes(edgar.filing(accession)));
            assertThat(again.out()).contains(accession + ".txt: imported, ");
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactlyElementsOf(ACCESSIONS.stream().sorted().map(a -> a + ".txt").toList());
        }

        edgar.clearLog();
        JarProcess.Run third = exhibit.run(fetch);
        assertThat(third.status()).as(third.err()).isZero();
        assertThat(edgar.requests()).isEmpty();
        JarProcess.Run documents = exhibit.run("query", "--db", db, "--format", "csv", "select name from document order by name");
        assertThat(documents.out().lines().skip(1)).containsExactlyElementsOf(ACCESSIONS.stream().sorted().map(a -> a + ".txt")
                .toList());
    }
}
