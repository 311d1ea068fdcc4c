package org.exhibit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.exhibit.render.Format;
import org.exhibit.session.Outcome;
import org.exhibit.session.RunScript;
import org.exhibit.session.Session;
import org.exhibit.store.Database;
import org.exhibit.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code exhibit run}: run a script of SQL statements, a scripted report, stopping at the first failure. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run every statement of a SQL file and print each result.")
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    DbOption db;

    @Mixin
    OutputOptions output;

    @Option(names = "--continue", description = "Run on after a failing statement (the exit status is still 1).")
    boolean keepGoing;

    @Mixin
    OutFile outFile;

    @Option(names = "--out-dir", paramLabel = "<dir>",
            description = "Also write each result to <dir>/<script>-<n>.csv (n counts results from 1).")
    Path outFolder;

    @Parameters(index = "0", paramLabel = "<file.sql>", description = "The script to run.")
    Path file;

    @Override
    public Integer call() throws IOException, StoreException {
        if (outFile.file != null && Files.isDirectory(outFile.file)) {
            return Main.finish(main.context, Outcome.usage(outFile.file + " is a folder: --out writes the whole output"
                    + " to one file; --out-dir " + outFile.file + " writes each result to a CSV file of its own."));
        }
        Format format = outFile.formatOrSay(output, main.context);
        if (format == null) {
            return Main.USAGE;
        }
        if (!Files.exists(file)) { // said before a database is opened, or created, for a mistyped name
            return Main.finish(main.context, Outcome.failed(file + ": no such file."));
        }
        try (Database database = db.open()) {
            Session session = Session.commandLine(database, main.context.out(), main.context.err(), format,
                    output.renderOptions());
            return Main.finish(main.context, RunScript.run(session,
                    new RunScript.Request(file, output.params(), keepGoing, outFolder, outFile.file)));
        }
    }
}
