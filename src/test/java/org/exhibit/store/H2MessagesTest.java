package org.exhibit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;

/** H2's failures in one sentence: a full disk said as such, never H2's stack of wrapped exceptions and codes. */
class H2MessagesTest {

    @Test
    void aFullDiskIsSaidInWordsWhateverWrapsIt() {
        MVStoreException disk = DataUtils.newMVStoreException(DataUtils.ERROR_WRITING_FAILED,
                "Writing to {0} failed; length {1} at {2}", "nio:/data/exhibit.mv.db", 4096, 8192,
                new java.io.IOException("No space left on device"));
        var sql = new SQLException("General error: \"org.h2.mvstore.MVStoreException: Writing to nio:/data/exhibit.mv.db"
                + " failed; length 4096 at 8192 [2.3.232/2]\" [50000-232]", "HY000", 50000, disk);
        assertThat(H2Messages.sentence(sql)).isEqualTo("the disk is full (No space left on device)");
    }

    @Test
    void anyOtherFailureIsItsFirstLineWithoutCodesOrTheStatement() {
        var sql = new SQLException("Table \"NOPE\" not found; SQL statement:\nselect * from nope [42102-232]");
        assertThat(H2Messages.sentence(sql)).isEqualTo("Table \"NOPE\" not found");
        String long1 = "x".repeat(3188);
        assertThat(H2Messages.sentence(new SQLException(long1)).length()).isLessThanOrEqualTo(200);
    }
}
