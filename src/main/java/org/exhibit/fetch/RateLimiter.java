package org.exhibit.fetch;

/**
 * Spaces requests so that no second holds more than the rate allows, counted where the SEC counts them, at its end:
 * each request starts at least {@code 1000 / rate + 5} milliseconds (105 ms at the SEC's ten a second) after the one
 * before started and after the server answered it. Counting from the answer too keeps the gap at the server even when a
 * request took long to reach it (a new connection, a slow network), which spacing the starts alone would not.
 */
final class RateLimiter {

    /** The SEC's limit: ten requests a second. */
    static final int MAX_RATE = 10;
    private static final long MARGIN_NANOS = 5_000_000L;

    private final long intervalNanos;
    private long next = Long.MIN_VALUE;

    /** A limiter for at most {@code perSecond} requests a second. */
    RateLimiter(int perSecond) {
        if (perSecond < 1 || perSecond > MAX_RATE) {
            throw new IllegalArgumentException("rate " + perSecond);
        }
        this.intervalNanos = (1_000_000_000L + perSecond - 1) / perSecond + MARGIN_NANOS;
    }

    /** Waits until the next request may start, and books the slot after it. */
    synchronized void acquire() throws InterruptedException {
        long now = System.nanoTime();
        if (next != Long.MIN_VALUE && now < next) {
            long wait = next - now;
            Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
            now = System.nanoTime();
        }
        next = now + intervalNanos;
    }

    /** The server answered the request (or the request failed): the next may start no sooner than an interval from now. */
    synchronized void answered() {
        next = Math.max(next, System.nanoTime() + intervalNanos);
    }
}
