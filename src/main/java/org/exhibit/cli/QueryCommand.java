package org.exhibit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.exhibit.query.Script;
import org.exhibit.session.RunStatements;
import org.exhibit.session.Session;
import org.exhibit.query.Statement;
import org.exhibit.render.Format;
import org.exhibit.store.Database;
import org.exhibit.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code exhibit query}: run SQL given on the command line or in a file and print the result. */
@Command(name = "query", mixinStandardHelpOptions = true, description = "Run SQL and print the result.")
final class QueryCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Mixin
    OutputOptions output;

    @Mixin
    OutFile outFile;

    @Option(names = {"-f", "--file"}, paramLabel = "<file.sql>", description = "Read the SQL from a file.")
    Path file;

    @Parameters(arity = "0..1", paramLabel = "<sql>", description = "The SQL to run.")
    String sql;

    @Override
    public Integer call() throws IOException, StoreException {
        if ((sql == null) == (file == null)) {
            throw new ParameterException(spec.commandLine(), "Give either <sql> or -f <file.sql>, not both and not neither.");
        }
        List<Statement> statements = file == null
                ? Script.split(sql, "query")
                : Script.split(Files.readString(file), file.toString());
        Format format = outFile.formatOrSay(output, main.context);
        if (format == null) {
            return Main.USAGE;
        }
        try (Database database = db.open()) {
            Session session = Session.commandLine(database, main.context.out(), main.context.err(), format,
                    output.renderOptions());
            return Main.finish(main.context, RunStatements.run(session,
                    new RunStatements.Request(statements, output.params(), false, outFile.file)));
        }
    }

    /** Named parameters as given, for tests. */
    Map<String, String> params() {
        return output.params();
    }
}
