package org.exhibit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.exhibit.fetch.Filing;
import org.exhibit.fetch.IndexEntry;
import org.junit.jupiter.api.Test;

/** On a terminal, one line redrawn in place; otherwise one line per filing. */
class FetchProgressTest {

    private static final IndexEntry TEN_K = new IndexEntry(320193, "APPLE COMPUTER INC", "10-K", LocalDate.of(1997, 12, 5),
            "edgar/data/320193/0001047469-97-006960.txt");
    private static final IndexEntry TEN_Q = new IndexEntry(320193, "APPLE COMPUTER INC", "10-Q", LocalDate.of(1997, 5, 12),
            "edgar/data/320193/0000320193-97-000011.txt");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private FetchProgress progress(boolean terminal) {
        return new FetchProgress(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                terminal);
    }

    private void run(FetchProgress progress) {
        progress.found(2, 2);
        progress.received(2 * 1024 * 1024);
        progress.filing(new Filing(TEN_Q, Filing.Outcome.REJECTED, Path.of("q.txt"), 0, "it ends before </SEC-DOCUMENT>", true));
        progress.filing(new Filing(TEN_K, Filing.Outcome.FETCHED, Path.of("k.txt"), 639_342, null, true));
        progress.clear();
    }

    @Test
    void onATerminalTheLineShowsFilingsBytesRateAndTimeLeftAndOnlyProblemsArePrinted() {
        FetchProgress progress = progress(true);
        run(progress);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        String shown = err.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("\r\033[K[########################] 2/2 filings, 2.0 MB, ")
                .contains("exhibit: 320193/0000320193-97-000011.txt: not kept, 10-Q of APPLE COMPUTER INC filed 1997-05-12: it"
                        + " ends before </SEC-DOCUMENT>\n")
                .endsWith("\r\033[K");
        assertThat(progress.line(2_000_000_000L)).isEqualTo("[########################] 2/2 filings, 2.0 MB, 1.0 MB/s, 0:00 left");
        assertThat(progress.kept()).extracting(Filing::entry).containsExactly(TEN_K);
        assertThat(progress.anyFailed()).isTrue();
    }

    @Test
    void elsewhereEachFilingHasItsLine() {
        run(progress(false));
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly("2 filings match, 2 to download.",
                "320193/0001047469-97-006960.txt: fetched, 10-K of APPLE COMPUTER INC filed 1997-12-05, 639,342 bytes");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("\r");
    }
}
