package org.exhibit.cli;

import java.util.concurrent.Callable;
import org.exhibit.session.SqlRunner;
import org.exhibit.query.Statement;
import org.exhibit.query.saved.ParamException;
import org.exhibit.query.saved.Saved;
import org.exhibit.render.Format;
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
            main.context.out().println(Saved.listing());
            return Main.OK;
        }
        Format format;
        try {
            format = outFile.format(output, main.context);
        } catch (IllegalArgumentException e) {
            main.context.err().println("exhibit: " + e.getMessage());
            return Main.USAGE;
        }
        try (Database database = db.open()) {
            Saved.Bound bound;
            try {
                bound = Saved.bind(database.dsl(), name, output.params());
            } catch (ParamException e) {
                main.context.err().println("exhibit: " + e.getMessage()
                        + (e.missingParam() == null ? "" : "; add --param " + e.missingParam() + "=..."));
                return e.isUsage() ? Main.USAGE : Main.FAILED;
            }
            Statement statement = new Statement(bound.sql(), "saved " + bound.name(), 1);
            boolean ran = outFile.write(main.context, out -> new SqlRunner(database.connection(), out, main.context.err())
                    .runBound(statement, bound.values(), format, output.renderOptions()) == SqlRunner.Outcome.RAN);
            return ran ? Main.OK : Main.FAILED;
        }
    }
}
