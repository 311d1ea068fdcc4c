package org.exhibit.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.exhibit.render.Format;
import org.exhibit.session.SavedQuery;
import org.exhibit.session.Session;
import org.exhibit.store.Database;
import org.exhibit.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code exhibit saved}: list the saved queries, or run one with its parameters. */
@Command(name = "saved", mixinStandardHelpOptions = true,
        description = "List the saved queries, or run one: saved growth --param company=INNO --param concept=Revenues.")
final class SavedCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    DbOption db;

    @Mixin
    OutputOptions output;

    @Mixin
    OutFile outFile;

    @Parameters(arity = "0..1", paramLabel = "<name>", description = "The saved query to run; none lists them.")
    String name;

    @Override
    public Integer call() throws StoreException, java.io.IOException {
        if (name == null) {
            Session listing = Session.commandLine(null, main.context.out(), main.context.err(), Format.CSV,
                    output.renderOptions());
            return Main.finish(main.context, SavedQuery.run(listing, new SavedQuery.Request(null, Map.of())));
        }
        Format format = outFile.formatOrSay(output, main.context);
        if (format == null) {
            return Main.USAGE;
        }
        try (Database database = db.open()) {
            Session session = Session.commandLine(database, main.context.out(), main.context.err(), format,
                    output.renderOptions());
            return Main.finish(main.context, SavedQuery.run(session,
                    new SavedQuery.Request(name, output.params(), outFile.file)));
        }
    }
}
