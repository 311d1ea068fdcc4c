package org.exhibit.repl;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * An output stream to a file that counts the bytes written through it and, at most four times a second after the
 * first second, hands a line such as "writing: 12.3 MB, 4 s" to be shown on the terminal, so that a long export is seen
 * to move.
 */
final class ProgressStream extends FilterOutputStream {

    private static final long FIRST_NANOS = 1_000_000_000L;
    private static final long EVERY_NANOS = 250_000_000L;

    private final Consumer<String> show;
    private final LongSupplier clock;
    private final long started;
    private long shownAt;
    private long bytes;
    private boolean shown;

    /** Counts what goes to {@code out} and shows progress through {@code show}, timed by {@code clock} (nanoseconds). */
    ProgressStream(OutputStream out, Consumer<String> show, LongSupplier clock) {
        super(out);
        this.show = show;
        this.clock = clock;
        this.started = clock.getAsLong();
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        counted(1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        counted(len);
    }

    /** Whether a progress line was shown, so that the caller knows to clear it. */
    boolean shown() {
        return shown;
    }

    private void counted(int written) {
        bytes += written;
        long now = clock.getAsLong();
        if (now - started >= FIRST_NANOS && now - shownAt >= EVERY_NANOS) {
            shownAt = now;
            shown = true;
            show.accept(String.format(Locale.ROOT, "writing: %.1f MB, %d s", bytes / 1e6, (now - started) / 1_000_000_000L));
        }
    }
}
