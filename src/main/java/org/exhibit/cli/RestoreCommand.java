package org.exhibit.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.exhibit.store.Database;
import org.exhibit.store.Overview;
import org.exhibit.store.Restore;
import org.exhibit.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code exhibit restore <file>}: load a backup into a new database and bring it to this exhibit's schema. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Load a backup written by 'exhibit backup' into a new database (one that holds no tables yet);"
                + " a backup of an earlier exhibit is migrated forward.")
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    DbOption db;

    @Parameters(index = "0", paramLabel = "<file>",
            description = "A backup written by 'exhibit backup' (an earlier exhibit's SQL script is refused).")
    Path file;

    @Override
    public Integer call() throws StoreException, SQLException {
        if (db.readOnly()) {
            main.context.err().println("exhibit: restore changes the database, so it cannot run with --read-only.");
            return Main.USAGE;
        }
        String url = db.url();
        Restore.into(url, file);
        try (Database database = Database.open(url)) {
            main.context.err().println("exhibit: restored " + Overview.of(database) + " from " + file + " into "
                    + org.exhibit.store.DatabaseUrl.shown(url) + ".");
            return Main.OK;
        }
    }
}
