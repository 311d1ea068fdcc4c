package org.exhibit.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The SEC's company_tickers.json, in its real shape. */
class TickerMapTest {

    @Test
    void tickersAndCurrentNamesLeadToTheCik() throws Exception {
        TickerMap map = TickerMap.parse(Files.readString(EdgarServer.TREE.resolve("files/company_tickers.json")), "t.json");
        assertThat(map.byTicker("aapl")).map(TickerMap.Listing::cik).contains(320193L);
        assertThat(map.byTitle("bristol-myers squibb co.")).extracting(TickerMap.Listing::cik).containsExactly(14272L);
        assertThat(map.byTicker("NONE")).isEmpty();
    }

    @Test
    void somethingElseIsRefusedWithASentence() {
        assertThatThrownBy(() -> TickerMap.parse("<html>", "t.json")).hasMessageStartingWith("t.json: not JSON");
        assertThatThrownBy(() -> TickerMap.parse("{\"0\":{\"ticker\":\"X\"}}", "t.json"))
                .hasMessageStartingWith("t.json: an entry lacks cik_str or ticker");
    }
}
