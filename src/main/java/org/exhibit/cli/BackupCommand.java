package org.exhibit.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.exhibit.store.Backup;
import org.exhibit.store.Database;
import org.exhibit.store.Overview;
import org.exhibit.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code exhibit backup <file>}: write the whole database, while it is in use, as a gzipped SQL script. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write the whole database (facts, findings, aliases, everything) to a gzipped SQL script;"
                + " 'exhibit restore' loads it into a new database.")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    DbOption db;

    @Parameters(index = "0", paramLabel = "<file>", description = "The backup to write, e.g. exhibit-backup.sql.gz.")
    Path file;

    @Override
    public Integer call() throws StoreException, SQLException {
        if (db.readOnly()) {
            main.context.err().println("exhibit: backup needs the database's own user (H2 refuses its SCRIPT to the"
                    + " read-only one), so it cannot run with --read-only.");
            return Main.USAGE;
        }
        try (Database database = db.open()) {
            Backup.write(database.connection(), file);
            main.context.err().println("exhibit: wrote " + Overview.of(database) + " to " + file + ".");
            return Main.OK;
        }
    }
}
