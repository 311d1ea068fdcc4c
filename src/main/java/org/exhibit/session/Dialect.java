package org.exhibit.session;

/**
 * Where the user typed the request, which decides how exhibit tells them to give what is missing: on the command line
 * with {@code --param name=value}, in the workbench with {@code name=value} after the command or {@code \set}.
 */
public enum Dialect {
    /** A subcommand of {@code exhibit}: messages start with "exhibit: ", values are given with --param. */
    COMMAND_LINE("exhibit: ", false),
    /** A backslash command or a statement typed in the workbench. */
    WORKBENCH("", true);

    private final String prefix;
    private final boolean carets;

    Dialect(String prefix, boolean carets) {
        this.prefix = prefix;
        this.carets = carets;
    }

    /** What starts a message of exhibit's own ("exhibit: " on the command line, nothing in the workbench). */
    public String prefix() {
        return prefix;
    }

    /** Whether an SQL error is followed by its line with a caret under the position. */
    boolean carets() {
        return carets;
    }

    /** How to give {@code :name} of a statement a value, ending the sentence that says it has none. */
    String statementValueHint(String name) {
        return this == COMMAND_LINE ? "add --param " + name + "=<value>" : "\\set " + name + " <value> gives it one";
    }

    /**
     * What to say when a script stopped at {@code statement}: nothing on the command line, where the statement's error
     * names it and the exit status tells; in the workbench, that the statements after it did not run.
     */
    String stopped(org.exhibit.query.Statement statement) {
        return this == COMMAND_LINE ? null
                : "Stopped at " + statement.source() + ":" + statement.line() + "; the statements after it did not run.";
    }

    /** The command called {@code name} as the user types it here: {@code import} or {@code \import}. */
    public String command(String name) {
        return this == COMMAND_LINE ? name : "\\" + name;
    }

    /** How to give the saved query {@code query} its parameter {@code name}, ending the sentence that says it lacks it. */
    String savedValueHint(String query, String name) {
        return this == COMMAND_LINE ? "add --param " + name + "=..."
                : "add " + name + "=... after the name: \\saved " + query + " " + name + "=...";
    }
}
