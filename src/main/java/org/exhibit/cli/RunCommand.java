package org.exhibit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.exhibit.query.Script;
import org.exhibit.session.SqlRunner;
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

    @Option(names = "--out", paramLabel = "<dir>",
            description = "Also write each result to <dir>/<script>-<n>.csv (n counts results from 1).")
    Path outFolder;

    @Parameters(index = "0", paramLabel = "<file.sql>", description = "The script to run.")
    Path file;

    @Override
    public Integer call() throws IOException, StoreException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            main.context.err().println("exhibit: " + file + ": no such file.");
            return Main.FAILED;
        }
        var format = output.format(main.context);
        if (format.binary() && main.context.interactive()) {
            main.context.err().println("exhibit: xlsx is a workbook, not text for a terminal: redirect the output to a"
                    + " file (> report.xlsx).");
            return Main.USAGE;
        }
        try (Database database = db.open()) {
            SqlRunner runner = new SqlRunner(database.connection(), main.context.out(), main.context.err());
            if (outFolder != null) {
                String name = file.getFileName().toString();
                runner = runner.withCsvCopies(outFolder, name.endsWith(".sql") ? name.substring(0, name.length() - 4) : name);
            }
            boolean ok = runner.run(Script.split(text, file.toString()), output.params(), format,
                    output.renderOptions(), keepGoing);
            if (outFolder != null) {
                int n = runner.csvCopies();
                main.context.err().println("exhibit: wrote " + n + (n == 1 ? " result" : " results") + " to " + outFolder + ".");
            }
            return ok ? Main.OK : runner.missingValues() ? Main.USAGE : Main.FAILED;
        }
    }
}
