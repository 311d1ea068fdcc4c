package org.exhibit.fetch;

/** A fetch could not start or had to stop; the message is one sentence for the user. */
public final class FetchException extends Exception {

    private final boolean usage;

    private FetchException(String message, boolean usage, Throwable cause) {
        super(message, cause);
        this.usage = usage;
    }

    /** The request itself is wrong (a missing User-Agent, a malformed option): nothing was sent. */
    public static FetchException usage(String message) {
        return new FetchException(message, true, null);
    }

    /** The work failed (EDGAR refused, a file could not be written). */
    public static FetchException failed(String message, Throwable cause) {
        return new FetchException(message, false, cause);
    }

    /** Whether the request itself was wrong rather than the work failing. */
    public boolean usage() {
        return usage;
    }
}
