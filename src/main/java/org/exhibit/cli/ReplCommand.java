package org.exhibit.cli;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.exhibit.repl.Repl;
import org.exhibit.store.Database;
import org.exhibit.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code exhibit repl}: the interactive workbench. */
@Command(name = "repl", mixinStandardHelpOptions = true, description = "Open the interactive SQL workbench.")
final class ReplCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    DbOption db;

    @Override
    public Integer call() throws StoreException, SQLException, IOException {
        try (Database database = db.openToBrowse()) {
            database.notices(line -> main.context.err().println("exhibit: " + line));
            Main.importSamplesIfEmpty(database, db, main.context);
            return new Repl(database, Repl.systemTerminal(), Repl.defaultHistory()).run();
        }
    }
}
