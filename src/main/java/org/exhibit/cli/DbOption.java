package org.exhibit.cli;

import org.exhibit.store.Database;
import org.exhibit.store.DatabaseUrl;
import org.exhibit.store.StoreException;
import picocli.CommandLine.Option;

/** The {@code --db} option every command accepts. */
final class DbOption {

    @Option(names = "--db", paramLabel = "<jdbc-url>",
            description = "Database to use (default: $EXHIBIT_DB, else an H2 file in the user's data directory).")
    String url;

    @Option(names = "--read-only",
            description = "Open the database so that nothing can be changed: queries only; no changes, no files, no Java.")
    boolean readOnly;

    /** Opens the chosen database, creating and migrating it when needed; read-only when asked. */
    Database open() throws StoreException {
        return Database.open(url(), readOnly);
    }

    /** The JDBC URL of the chosen database, refused when it carries settings not accepted from where it came. */
    String url() throws StoreException {
        return DatabaseUrl.resolve(url, readOnly, System.getenv());
    }
}
