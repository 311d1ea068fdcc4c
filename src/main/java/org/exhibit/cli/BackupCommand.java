package org.exhibit.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.exhibit.store.Archive;
import org.exhibit.store.Database;
import org.exhibit.store.Overview;
import org.exhibit.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code exhibit backup <file>}: write every row of the database as data (a zip of CSV files and a manifest). */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write every row of the database (facts, findings, aliases, everything) to a zip of one CSV file"
                + " per table with a manifest of row counts and SHA-256 checksums; 'exhibit restore' loads it into a new"
                + " database. Data only: restoring runs no SQL from the file.")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    DbOption db;

    @Parameters(index = "0", paramLabel = "<file>", description = "The backup to write, e.g. exhibit-backup.zip.")
    Path file;

    @Override
    public Integer call() throws StoreException, SQLException {
        try (Database database = db.open()) {
            Archive.write(database.connection(), Database.SCHEMA_VERSION, file);
            main.context.err().println("exhibit: wrote " + Overview.of(database) + " to " + file + ".");
            return Main.OK;
        }
    }
}
