package org.exhibit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.exhibit.render.Format;
import org.exhibit.render.RenderOptions;
import org.exhibit.session.Remove;
import org.exhibit.session.Session;
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

/** {@code exhibit remove}: take documents, or a company's documents, out of the database, all or nothing. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Take documents out, all or nothing; latest facts, fiscal years and findings are derived again.")
final class RemoveCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--company", paramLabel = "<name|ticker|cik>", description = "Remove every document of this company.")
    String company;

    @Parameters(arity = "0..*", paramLabel = "<document>", description = "Documents by name, as the document column shows them.")
    List<String> documents = new ArrayList<>();

    @Override
    public Integer call() throws StoreException {
        if (company == null == documents.isEmpty()) {
            throw new ParameterException(spec.commandLine(), Remove.BOTH_OR_NEITHER);
        }
        try (Database database = db.open()) {
            Session session = Session.commandLine(database, main.context.out(), main.context.err(), Format.CSV,
                    RenderOptions.DEFAULT);
            return Main.finish(main.context, Remove.run(session, new Remove.Request(documents, company)));
        }
    }
}
