package org.exhibit.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Quarters of the full indexes, and the waits between tries. */
class QuarterTest {

    @Test
    void theQuartersOfARangeStopAt1993AndAtToday() {
        assertThat(Quarter.between(LocalDate.of(1996, 2, 1), LocalDate.of(1996, 12, 31), LocalDate.of(2026, 1, 1)))
                .extracting(Quarter::indexPath).containsExactly("Archives/edgar/full-index/1996/QTR1/master.idx",
                        "Archives/edgar/full-index/1996/QTR2/master.idx", "Archives/edgar/full-index/1996/QTR3/master.idx",
                        "Archives/edgar/full-index/1996/QTR4/master.idx");
        assertThat(Quarter.between(LocalDate.of(1980, 1, 1), LocalDate.of(1993, 6, 30), LocalDate.of(2026, 1, 1)))
                .containsExactly(new Quarter(1993, 1), new Quarter(1993, 2));
        assertThat(Quarter.between(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 1, 1), LocalDate.of(2026, 5, 1)))
                .containsExactly(new Quarter(2026, 1), new Quarter(2026, 2));
    }

    @Test
    void backOffDoublesFromOneSecondAndRetryAfterIsSecondsOrADate() {
        assertThat(EdgarClient.backOff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(EdgarClient.backOff(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(EdgarClient.backOff(9)).isEqualTo(Duration.ofSeconds(30));
        assertThat(EdgarClient.retryAfter("7")).contains(Duration.ofSeconds(7));
        assertThat(EdgarClient.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
        assertThat(EdgarClient.retryAfter("soon")).isEmpty();
    }
}
