package org.exhibit.cli;

import org.exhibit.store.Database;
import org.exhibit.store.DatabaseUrl;
import org.exhibit.store.StoreException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --db} and {@code --read-only} options every command accepts, before or after the subcommand's name
 * ({@code exhibit --db URL import …} and {@code exhibit import --db URL …} are the same).
 */
final class DbOption {

    @Option(names = "--db", paramLabel = "<jdbc-url>",
            description = "Database to use (default: $EXHIBIT_DB, else an H2 file in the user's data directory).")
    String url;

    @Option(names = "--read-only",
            description = "Open the database so that nothing can be changed: queries only; no changes, no files, no Java.")
    boolean readOnly;

    @Option(names = "--timeout", paramLabel = "<seconds>",
            description = "Stop a statement that runs longer than this many seconds (default: "
                    + Database.READ_ONLY_TIMEOUT_SECONDS + " under --read-only, no limit otherwise; 0 for no limit).")
    Integer timeout;

    @Option(names = "--allow-foreign-objects",
            description = "Open a database file holding objects exhibit's migrations do not create (triggers, linked"
                    + " tables, Java functions, ...) anyway: they may run code on this computer as soon as it opens."
                    + " Never with --read-only.")
    boolean allowForeign;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Whether the session may only read, as asked on this command or on {@code exhibit} before it. */
    boolean readOnly() {
        DbOption outer = outer();
        return readOnly || outer != null && outer.readOnly;
    }

    /** Opens the chosen database, creating and migrating it when needed; read-only when asked. */
    Database open() throws StoreException {
        DbOption outer = outer();
        boolean trust = allowForeign || outer != null && outer.allowForeign;
        if (trust && readOnly()) {
            throw new StoreException("--allow-foreign-objects cannot be given with --read-only, whose promise (no"
                    + " changes, no files, no Java) such objects would break.", null);
        }
        Integer seconds = timeout != null ? timeout : outer != null ? outer.timeout : null;
        if (seconds != null && seconds < 0) {
            throw new StoreException("--timeout takes a number of seconds, 0 or more.", null);
        }
        Database database = Database.open(url(), readOnly(), trust);
        int limit = seconds != null ? seconds : readOnly() ? Database.READ_ONLY_TIMEOUT_SECONDS : 0;
        if (limit > 0) {
            database.limitStatements(limit);
        }
        return database;
    }

    /** Whether a database was chosen, with {@code --db} or {@code EXHIBIT_DB}, rather than the default taken. */
    boolean chosen() {
        DbOption outer = outer();
        String given = url != null ? url : outer != null ? outer.url : null;
        String environment = System.getenv("EXHIBIT_DB");
        return given != null && !given.isBlank() || environment != null && !environment.isBlank();
    }

    /**
     * Opens the database to browse, as the workbench and the overview do: the chosen one, or the default one when it
     * exists; else (no database of the user's own yet, and not read-only) the separate sample database.
     */
    Database openToBrowse() throws StoreException {
        if (chosen() || readOnly() || Database.exists(Database.defaultUrl())) {
            return open();
        }
        return Database.open(Database.samplesUrl());
    }

    /** The JDBC URL of the chosen database, refused when it carries settings not accepted from where it came. */
    String url() throws StoreException {
        DbOption outer = outer();
        String given = url != null ? url : outer != null ? outer.url : null;
        return DatabaseUrl.resolve(given, readOnly(), System.getenv());
    }

    /** The options given to {@code exhibit} itself, when this is a subcommand's. */
    private DbOption outer() {
        CommandSpec parent = command == null ? null : command.parent();
        return parent != null && parent.userObject() instanceof Main main && main.db != this ? main.db : null;
    }
}
