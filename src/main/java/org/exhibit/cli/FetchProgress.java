package org.exhibit.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.exhibit.fetch.FetchListener;
import org.exhibit.fetch.Filing;

/**
 * How {@code fetch} shows its progress: on a terminal, one line redrawn in place (filings done of those to download,
 * bytes, bytes per second, time left) with only the filings that went wrong printed above it; otherwise one line per
 * filing on stdout. Retries are told on stderr either way. It also keeps the filings an import should take.
 */
final class FetchProgress implements FetchListener {

    private static final int WIDTH = 24;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private final Map<Filing.Outcome, Integer> counts = new EnumMap<>(Filing.Outcome.class);
    private final List<Filing> kept = new ArrayList<>();
    private int toDownload;
    private int downloaded;
    private long bytes;
    private long filingBytes;
    private long lastDrawn;
    private boolean shown;

    FetchProgress(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void found(int filings, int missing) {
        toDownload = missing;
        if (!terminal) {
            out.println(filings + (filings == 1 ? " filing" : " filings") + " match, " + missing + " to download.");
        }
    }

    @Override
    public void filing(Filing filing) {
        counts.merge(filing.outcome(), 1, Integer::sum);
        if (filing.kept()) {
            kept.add(filing);
        }
        if (filing.asked()) {
            downloaded++;
        }
        if (filing.outcome() == Filing.Outcome.FETCHED) {
            filingBytes += filing.bytes();
        }
        boolean problem = filing.outcome() == Filing.Outcome.MISSING || filing.outcome() == Filing.Outcome.REJECTED;
        if (terminal) {
            clear();
            if (problem) {
                err.println("exhibit: " + filing.summary());
            }
            draw(true);
        } else if (problem) {
            err.println("exhibit: " + filing.summary());
        } else {
            out.println(filing.summary());
        }
    }

    @Override
    public void received(long count) {
        bytes += count;
        draw(false);
    }

    @Override
    public void retrying(String sentence) {
        clear();
        err.println("exhibit: " + sentence);
        draw(true);
    }

    /** The filings in the folder that an import should take, in the order filed. */
    List<Filing> kept() {
        return kept;
    }

    /** Whether some filing could not be had. */
    boolean anyFailed() {
        return counts.getOrDefault(Filing.Outcome.MISSING, 0) + counts.getOrDefault(Filing.Outcome.REJECTED, 0) > 0;
    }

    /** Erases the line drawn, if any. */
    void clear() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }

    /**
     * One line saying what the fetch did, e.g. {@code fetch: 1 fetched (639,342 bytes), 0 already here, …; 22 requests,
     * 648,059 bytes in 2.1 s.}
     */
    String summary(int requests) {
        return String.format(Locale.ROOT, "fetch: %d fetched (%,d bytes), %d already here, %d left out, %d not on EDGAR,"
                + " %d not kept; %d requests, %,d bytes in %s.", count(Filing.Outcome.FETCHED), filingBytes,
                count(Filing.Outcome.PRESENT), count(Filing.Outcome.LEFT_OUT), count(Filing.Outcome.MISSING),
                count(Filing.Outcome.REJECTED), requests, bytes, elapsed(Duration.ofNanos(System.nanoTime() - started)));
    }

    private static String elapsed(Duration duration) {
        return duration.getSeconds() < 60 ? String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0)
                : clock(duration);
    }

    private int count(Filing.Outcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }

    private void draw(boolean now) {
        if (!terminal) {
            return;
        }
        long time = System.nanoTime();
        if (!now && time - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = time;
        err.print("\r\033[K" + line(time - started));
        err.flush();
        shown = true;
    }

    /** The progress line after {@code elapsedNanos}. */
    String line(long elapsedNanos) {
        double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
        int done = Math.min(downloaded, toDownload);
        int filled = toDownload == 0 ? WIDTH : (int) ((long) WIDTH * done / toDownload);
        long left = done == 0 ? 0 : Math.round(seconds * (toDownload - done) / done);
        return String.format(Locale.ROOT, "[%s%s] %,d/%,d filings, %s, %s/s, %s left", "#".repeat(filled),
                ".".repeat(WIDTH - filled), done, toDownload, size(bytes), size(Math.round(bytes / seconds)),
                clock(Duration.ofSeconds(left)));
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%,.0f kB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%,.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String clock(Duration duration) {
        long s = duration.getSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
