package org.exhibit.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * A one-line progress bar for long imports on a terminal: documents done of all, facts per second and the time left,
 * redrawn in place at most ten times a second and cleared before any other line is printed.
 */
final class ProgressBar implements org.exhibit.session.Import.Progress {

    private static final int WIDTH = 24;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final long FIRST_DRAW_NANOS = 500_000_000L;

    private final PrintStream terminal;
    private final int total;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private boolean shown;
    private int done;
    private long facts;

    /** A bar for {@code total} documents, drawn on {@code terminal}. */
    ProgressBar(PrintStream terminal, int total) {
        this.terminal = terminal;
        this.total = total;
    }

    /** Erases the bar so that a line can be printed where it stood. */
    @Override
    public void clear() {
        if (shown) {
            terminal.print("\r\033[K");
            terminal.flush();
            shown = false;
        }
    }

    /** Counts one more document with its facts, and redraws when it is time to. */
    @Override
    public void advance(int documentFacts) {
        done++;
        facts += documentFacts;
        long now = System.nanoTime();
        if (now - started < FIRST_DRAW_NANOS || now - lastDrawn < REDRAW_NANOS && shown) {
            return;
        }
        lastDrawn = now;
        terminal.print("\r\033[K" + line(now - started));
        terminal.flush();
        shown = true;
    }

    /** The bar's text after {@code elapsedNanos}. */
    String line(long elapsedNanos) {
        double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        long left = done == 0 ? 0 : Math.round(seconds * (total - done) / done);
        return String.format(Locale.ROOT, "[%s%s] %,d/%,d documents, %,.0f facts/s, %s left",
                "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, facts / seconds, clock(Duration.ofSeconds(left)));
    }

    private static String clock(Duration duration) {
        long s = duration.getSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
