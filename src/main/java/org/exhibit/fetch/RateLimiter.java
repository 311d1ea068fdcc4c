package org.exhibit.fetch;

/**
 * Spaces requests so that no second holds more than the rate allows: each request starts at least
 * {@code 1000 / rate + 5} milliseconds after the one before (105 ms at the SEC's ten a second), whatever the network
 * does to their arrival.
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
        next = Math.max(now, next == Long.MIN_VALUE ? now : next) + intervalNanos;
    }
}
