package org.exhibit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.exhibit.query.Script;
import org.exhibit.session.Dialect;
import org.exhibit.session.Outcome;
import org.exhibit.session.RunStatements;
import org.exhibit.session.Session;
import org.exhibit.render.Format;
import org.exhibit.render.RenderOptions;
import org.exhibit.repl.Repl;
import org.exhibit.store.BundledData;
import org.exhibit.store.Database;
import org.exhibit.store.ImportListener;
import org.exhibit.store.Importer;
import org.exhibit.store.Overview;
import org.exhibit.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The {@code exhibit} command: with no subcommand it opens the workbench on a terminal, runs SQL piped into it,
 * or prints an overview; until the user has a database of their own it shows the bundled samples, kept apart.
 */
@Command(name = "exhibit", mixinStandardHelpOptions = true, version = "exhibit 0.1.0",
        description = "Financial statements from SEC EDGAR text exhibits, as SQL.")
public final class Main implements Callable<Integer> {

    /** The subcommands, in the order the usage lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ImportCommand.class, QueryCommand.class, RunCommand.class,
            SavedCommand.class, CheckCommand.class, RemoveCommand.class, ReplCommand.class, BackupCommand.class,
            RestoreCommand.class, CopyCommand.class, FetchCommand.class, GenerateCommand.class, org.exhibit.bench.BenchCommand.class);

    /**
     * The output error of a reader that stopped reading ({@code exhibit query … | head}): the reader chose to stop, so
     * the status says the output was cut short but nothing is printed, as other command-line tools do.
     */
    private static final String BROKEN_PIPE = "Broken pipe";

    /** Exit status for success. */
    static final int OK = Outcome.OK;
    /** Exit status when the work failed. */
    static final int FAILED = Outcome.FAILED;
    /** Exit status for a usage error, as picocli gives for its own. */
    static final int USAGE = Outcome.USAGE;

    final Context context;

    @Mixin
    DbOption db;

    /** A command bound to the given streams. */
    public Main(Context context) {
        this.context = context;
    }

    /** Runs exhibit as a process and exits with its status. */
    public static void main(String[] args) {
        System.exit(new Main(Context.system()).run(args));
    }

    /** Runs exhibit with {@code args} and returns the exit status; never exits the JVM. */
    public int run(String... args) {
        CommandLine commandLine = new CommandLine(this);
        for (Class<?> subcommand : subcommandsFor(args)) {
            commandLine.addSubcommand(subcommand);
        }
        commandLine.setOut(new java.io.PrintWriter(context.out(), true));
        commandLine.setErr(new java.io.PrintWriter(context.err(), true));
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            context.err().println("exhibit: " + message(e));
            return FAILED;
        });
        try {
            int status = commandLine.execute(args);
            context.out().flush();
            var failure = org.exhibit.render.OutputStreams.failure(context.out());
            if (failure.isPresent()) {
                if (!failure.get().equals(BROKEN_PIPE)) {
                    context.err().println("exhibit: cannot write the output (" + failure.get() + ").");
                }
                return FAILED;
            }
            return status;
        } catch (OutOfMemoryError e) {
            context.err().println("exhibit: out of memory (" + e.getMessage() + "); run Java with a larger -Xmx.");
            return FAILED;
        } catch (StackOverflowError e) {
            context.err().println("exhibit: the work nested too deeply for Java's stack; run Java with a larger -Xss.");
            return FAILED;
        }
    }

    /**
     * The subcommands picocli needs to know for {@code args}: only the one named first, when one is, since picocli
     * reads the annotations of every subcommand it is given (a tenth of a second of a query's start-up for all seven);
     * every one otherwise, for the usage and for options given before the subcommand.
     */
    static List<Class<?>> subcommandsFor(String... args) {
        if (args.length > 0) {
            for (Class<?> subcommand : SUBCOMMANDS) {
                if (subcommand.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(subcommand);
                }
            }
        }
        return SUBCOMMANDS;
    }

    @Override
    public Integer call() throws StoreException, SQLException, IOException {
        try (Database database = db.openToBrowse()) {
            database.notices(line -> context.err().println("exhibit: " + line));
            importSamplesIfEmpty(database, db, context);
            if (context.interactive()) {
                return new Repl(database, Repl.systemTerminal(), Repl.defaultHistory()).run();
            }
            String input = new String(context.in().readAllBytes(), StandardCharsets.UTF_8);
            if (input.isBlank()) {
                printOverview(database);
                return OK;
            }
            Session session = Session.commandLine(database, context.out(), context.err(), Format.CSV, RenderOptions.DEFAULT);
            return finish(context, RunStatements.run(session,
                    new RunStatements.Request(Script.split(input, "stdin"), Map.of(), false)));
        }
    }

    /**
     * Shows what an action has to say, after "exhibit: " (on standard output when it worked, else on standard error),
     * and returns its exit status.
     */
    static int finish(Context context, Outcome outcome) {
        if (outcome.message() != null) {
            (outcome.succeeded() ? context.out() : context.err()).println(Dialect.COMMAND_LINE.prefix() + outcome.message());
        }
        return outcome.status();
    }

    /**
     * Fills the database being browsed on first use: the sample database (said so in one line on stderr, every time it
     * is opened) and a chosen empty one get the bundled samples; the user's own default database never does, and an
     * empty one says how to fill it.
     */
    static void importSamplesIfEmpty(Database database, DbOption db, Context context) throws SQLException {
        boolean samples = database.url().equals(Database.samplesUrl());
        if (samples) {
            context.err().println("exhibit: no database of your own yet, so this is the bundled samples' ("
                    + Database.shownFile(database.url()) + "); exhibit import <files or folders> starts yours.");
        }
        if (database.readOnly() || !database.isEmpty()) {
            return;
        }
        if (!samples && !db.chosen()) {
            context.err().println("exhibit: your database " + Database.shownFile(database.url()) + " is empty;"
                    + " exhibit import <files or folders> loads filings (exhibit import data/ the samples).");
            return;
        }
        context.err().println("exhibit: the database is empty; importing the bundled sample documents.");
        BundledData.importAll(new Importer(database), ImportListener.lines(line -> context.err().println("  " + line)));
    }

    private void printOverview(Database database) throws SQLException {
        var out = context.out();
        out.println("exhibit: " + Overview.of(database) + " in " + org.exhibit.store.DatabaseUrl.shown(database.url()));
        if (database.url().equals(Database.samplesUrl())) {
            out.println("These are the bundled samples; query, saved, run and check read your own database,"
                    + " which holds what you import (exhibit import data/ copies the samples into it).");
        }
        out.println("Pipe SQL in, or try:");
        out.println("  exhibit query \"select label, period_end, months, value from facts where concept = 'Revenues'\"");
        out.println("  exhibit query --format csv \"select * from latest_facts\"");
        out.println("  exhibit import path/to/filings/");
        out.println("  exhibit repl");
        out.println("  exhibit --help");
    }

    /** One sentence for an unexpected failure, without a stack trace. */
    static String message(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return missing.getFile() + ": no such file.";
        }
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return denied.getFile() + ": permission denied.";
        }
        if (e instanceof java.sql.SQLException || e instanceof org.jooq.exception.DataAccessException
                || e.getClass().getName().startsWith("org.h2.")) {
            return org.exhibit.store.H2Messages.sentence(e) + ".";
        }
        String text = e.getMessage();
        return text == null || text.isBlank() ? "unexpected " + e.getClass().getSimpleName() : text;
    }
}
