package org.exhibit.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import org.exhibit.store.Copy;
import org.exhibit.store.DatabaseUrl;
import org.exhibit.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code exhibit copy --from <url> --to <url>}: carry a whole database into a new one and show that it arrived whole. */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = "Copy every row of one database (companies, documents, statement tables, facts, findings, user"
                + " label aliases, settings) into a new, empty one, on the same engine or another, all or nothing; then"
                + " print each table's rows and a checksum of the facts, counted again in the copy.")
final class CopyCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--from", required = true, paramLabel = "<jdbc-url>",
            description = "The database to copy; opened so that nothing changes it.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "<jdbc-url>",
            description = "A new database, or one that holds no tables yet.")
    String to;

    @Override
    public Integer call() throws StoreException {
        String source = DatabaseUrl.resolve(from, true, Map.of());
        String target = DatabaseUrl.resolve(to, false, Map.of());
        Copy.Result result = Copy.between(source, target);
        PrintStream out = main.context.out();
        int width = result.rows().keySet().stream().mapToInt(String::length).max().orElse(5);
        out.printf("%-" + width + "s %12s%n", "table", "rows");
        result.rows().forEach((table, rows) -> out.printf("%-" + width + "s %12d%n", table, rows));
        out.println("facts checksum: " + result.facts().hex() + " (" + result.facts().rows() + " rows)");
        main.context.err().println("exhibit: copied " + result.total() + " rows from " + DatabaseUrl.shown(source) + " to "
                + DatabaseUrl.shown(target) + "; every table's count and the facts checksum agree.");
        return Main.OK;
    }
}
