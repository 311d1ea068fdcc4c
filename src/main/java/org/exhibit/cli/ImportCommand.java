package org.exhibit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.exhibit.concept.Explanation;
import org.exhibit.concept.FactBuilder;
import org.exhibit.concept.Reading;
import org.exhibit.parse.Document;
import org.exhibit.parse.DocumentParser;
import org.exhibit.store.Database;
import org.exhibit.store.Documents;
import org.exhibit.store.ImportListener;
import org.exhibit.store.ImportResult;
import org.exhibit.store.ImportTotals;
import org.exhibit.store.Importer;
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
            return explain(files);
        }
        return load(main.context, db, files);
    }

    /**
     * Loads {@code files} into the chosen database as {@code import} does, a summary line each on stdout (failures on
     * stderr) under a progress bar on a terminal; returns the exit status. {@code fetch --import} loads through here.
     */
    static int load(Context context, DbOption db, List<Path> files) throws StoreException {
        if (db.readOnly()) {
            context.err().println("exhibit: import changes the database, so it cannot run with --read-only.");
            return Main.USAGE;
        }
        boolean[] failed = {false};
        boolean[] changed = {false};
        try (Database database = db.open()) {
            ProgressBar bar = context.interactive() && files.size() > 1 ? new ProgressBar(context.err(), files.size())
                    : null;
            ImportTotals totals = new ImportTotals(new ImportListener() {
                @Override
                public void document(ImportResult result) {
                    if (bar != null) {
                        bar.clear();
                    }
                    if (result.outcome() == ImportResult.Outcome.FAILED || result.outcome() == ImportResult.Outcome.SKIPPED) {
                        failed[0] |= result.outcome() == ImportResult.Outcome.FAILED;
                        context.err().println("exhibit: " + result.summary());
                    } else {
                        context.out().println(result.summary());
                        changed[0] |= result.outcome() != ImportResult.Outcome.UNCHANGED;
                    }
                    if (bar != null) {
                        bar.advance(result.facts());
                    }
                }

                @Override
                public void company(String summary) {
                    if (bar != null) {
                        bar.clear();
                    }
                    context.out().println(summary);
                }
            });
            new Importer(database).loadFiles(files, totals);
            if (bar != null) {
                bar.clear();
            }
            if (files.size() > 1) {
                for (String line : totals.lines(database)) {
                    context.err().println("exhibit: " + line);
                }
            }
            if (changed[0]) {
                database.compactIfSparse();
            }
        }
        return failed[0] ? Main.FAILED : Main.OK;
    }

    private int explain(List<Path> files) throws StoreException {
        FactBuilder builder;
        try (Database database = db.open()) {
            builder = Importer.factBuilder(database);
        }
        boolean failed = false;
        for (Path file : files) {
            Documents.Content read = Documents.read(file);
            if (read.bytes() == null) {
                main.context.err().println("exhibit: " + read.problem());
                failed = true;
                continue;
            }
            Document document = DocumentParser.parse(Documents.name(file), read.bytes());
            var unreadable = DocumentParser.unreadable(document);
            if (unreadable.isPresent()) {
                main.context.err().println("exhibit: " + file + ": not read, " + unreadable.get() + ".");
                failed = true;
                continue;
            }
            Reading reading = builder.read(document);
            Explanation.print(reading.document(), reading.facts(), main.context.out());
        }
        return failed ? Main.FAILED : Main.OK;
    }
}
