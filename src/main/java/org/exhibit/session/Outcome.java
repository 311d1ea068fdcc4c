package org.exhibit.session;

/**
 * What became of a user action: its exit status and, when there is something to say, one sentence for the user.
 *
 * @param status {@link #OK}, {@link #FAILED} or {@link #USAGE}, the process's exit status on the command line
 * @param message one sentence (a summary when it worked, the reason when not), or null when the action said it all
 */
public record Outcome(int status, String message) {

    /** Exit status for success. */
    public static final int OK = 0;
    /** Exit status when the work failed (an SQL error, a document not imported, nothing to remove). */
    public static final int FAILED = 1;
    /** Exit status for a usage error: an unknown option or name, a parameter given no value. */
    public static final int USAGE = 2;

    /** It worked and has nothing more to say. */
    public static Outcome ok() {
        return new Outcome(OK, null);
    }

    /** It worked, and says {@code message}. */
    public static Outcome ok(String message) {
        return new Outcome(OK, message);
    }

    /** The work failed for the reason {@code message} (null when the reason was already printed). */
    public static Outcome failed(String message) {
        return new Outcome(FAILED, message);
    }

    /** The request was wrong, as {@code message} says (null when already printed). */
    public static Outcome usage(String message) {
        return new Outcome(USAGE, message);
    }

    /** Whether the action worked. */
    public boolean succeeded() {
        return status == OK;
    }
}
