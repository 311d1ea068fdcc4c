package org.exhibit.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The progress of a long export: shown after the first second, four times a second at most, with every byte kept. */
class ProgressStreamTest {

    private long now;

    @Test
    void aLongExportShowsHowMuchIsWrittenAndLosesNothing() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        List<String> shown = new ArrayList<>();
        ProgressStream stream = new ProgressStream(file, shown::add, () -> now);
        byte[] row = "Innovo Group Inc.,Revenues,2003-03-01,3,11916000\r\n".getBytes();

        for (int i = 0; i < 40_000; i++) {
            stream.write(row, 0, row.length);
            now += 100_000L; // 0.1 ms a row: 4 seconds for all of them
        }
        stream.flush();

        assertThat(file.size()).isEqualTo(40_000 * row.length);
        assertThat(shown).as("nothing in the first second, then every quarter second").hasSize(12);
        assertThat(shown.get(0)).isEqualTo("writing: 0.5 MB, 1 s");
        assertThat(shown.get(shown.size() - 1)).isEqualTo("writing: 1.9 MB, 3 s");
        assertThat(stream.shown()).isTrue();
    }

    @Test
    void aQuickExportShowsNothing() throws Exception {
        List<String> shown = new ArrayList<>();
        ProgressStream stream = new ProgressStream(new ByteArrayOutputStream(), shown::add, () -> now);
        stream.write(new byte[1_000_000], 0, 1_000_000);
        assertThat(shown).isEmpty();
        assertThat(stream.shown()).isFalse();
    }
}
