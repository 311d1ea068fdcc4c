package org.exhibit.query.saved;

/** A saved query's parameters cannot be used: a usage problem (exit 2) or a value that matches nothing (exit 1). */
public final class ParamException extends Exception {

    private final boolean usage;
    private final String missing;

    private ParamException(String message, boolean usage, String missing) {
        super(message);
        this.usage = usage;
        this.missing = missing;
    }

    /** A required parameter given no value: the command and the workbench each say how to give one. */
    static ParamException missing(String message, String name) {
        return new ParamException(message, true, name);
    }

    /** The required parameter that was given no value, or null when that is not the problem. */
    public String missingParam() {
        return missing;
    }

    /** A parameter missing, unknown or malformed: the command was used wrongly. */
    static ParamException usage(String message) {
        return new ParamException(message, true, null);
    }

    /** A well-formed value that names nothing in the database, or more than one thing. */
    static ParamException notFound(String message) {
        return new ParamException(message, false, null);
    }

    /** Whether this is a usage problem rather than a value the database does not know. */
    public boolean isUsage() {
        return usage;
    }
}
