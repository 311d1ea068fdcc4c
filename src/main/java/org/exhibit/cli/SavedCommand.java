package org.exhibit.cli;

import java.util.concurrent.Callable;
import org.exhibit.query.SqlRunner;
import org.exhibit.query.Statement;
import org.exhibit.query.saved.ParamException;
import org.exhibit.query.saved.Saved;
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

    @Parameters(arity = "0..1", paramLabel = "<name>", description = "The saved query to run; none lists them.")
    String name;

    @Override
    public Integer call() throws StoreException {
        if (name == null) {
            main.context.out().println(Saved.listing());
            return Main.OK;
        }
        var format = output.format(main.context);
        try (Database database = db.open()) {
            Saved.Bound bound;
            try {
                bound = Saved.bind(database.dsl(), name, output.params());
            } catch (ParamException e) {
                main.context.err().println("exhibit: " + e.getMessage());
                return e.isUsage() ? Main.USAGE : Main.FAILED;
            }
            SqlRunner runner = new SqlRunner(database.connection(), main.context.out(), main.context.err());
            SqlRunner.Outcome outcome = runner.runBound(new Statement(bound.sql(), "saved " + bound.name(), 1), bound.values(),
                    format, output.renderOptions());
            return outcome == SqlRunner.Outcome.RAN ? Main.OK : Main.FAILED;
        }
    }
}
