package org.exhibit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.exhibit.render.Format;
import org.exhibit.render.RenderOptions;
import org.exhibit.session.Dialect;
import org.exhibit.session.Explain;
import org.exhibit.session.Import;
import org.exhibit.session.Session;
import org.exhibit.store.Database;
import org.exhibit.store.Documents;
import org.exhibit.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code exhibit import}: parse documents and load them, one transaction per document. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Parse documents and load their facts; an unchanged document imported again changes nothing.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    DbOption db;

    @Option(names = "--explain", description = "Show how each document is read, line by line, without loading it.")
    boolean explain;

    @Parameters(arity = "1..*", paramLabel = "<file-or-dir>", description = "Documents, or folders to search for them.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException, StoreException {
        List<Path> files = Documents.expand(paths);
        if (explain) {
            try (Database database = db.open()) {
                Session session = Session.commandLine(database, main.context.out(), main.context.err(), Format.CSV,
                        RenderOptions.DEFAULT);
                return Main.finish(main.context, Explain.run(session, new Explain.Request(files)));
            }
        }
        return load(main.context, db, files);
    }

    /**
     * Loads {@code files} into the chosen database as {@code import} does, a summary line each on stdout (failures on
     * stderr) under a progress bar on a terminal; returns the exit status. {@code fetch --import} loads through here.
     */
    static int load(Context context, DbOption db, List<Path> files) throws StoreException {
        if (db.readOnly()) {
            return Main.finish(context, Import.refusedReadOnly(Dialect.COMMAND_LINE));
        }
        try (Database database = db.open()) {
            Session session = Session.commandLine(database, context.out(), context.err(), Format.CSV,
                    RenderOptions.DEFAULT);
            Import.Progress progress = context.interactive() && files.size() > 1
                    ? new ProgressBar(context.err(), files.size()) : Import.NONE;
            return Main.finish(context, Import.run(session, new Import.Request(files, progress, true)));
        }
    }
}
