package org.exhibit.session;

import java.io.PrintStream;
import java.util.Map;
import java.util.function.Function;
import org.exhibit.render.Format;
import org.exhibit.render.RenderOptions;
import org.exhibit.store.Database;

/**
 * What every user action runs in: the database, where results and messages go, how results are laid out, the values
 * the user set for {@code :names}, and how statements are run.
 *
 * @param database the open database; null for an action that needs none (the list of saved queries, explain)
 * @param out where results go
 * @param err where errors and notes go
 * @param format the format of results
 * @param options how results are laid out
 * @param variables values for {@code :names} that every statement sees (the workbench's {@code \set}); a request's own
 *     values win
 * @param timing whether each result says how long its statement took
 * @param dialect where the request was typed, which decides how a missing value is asked for
 * @param execution how a statement runs (directly, or on a thread Ctrl-C can stop, through a pager)
 */
public record Session(Database database, PrintStream out, PrintStream err, Format format, RenderOptions options,
                      Map<String, String> variables, boolean timing, Dialect dialect, Execution execution) {

    /** How statements are run: the command line runs them directly; the workbench on a thread that Ctrl-C can stop. */
    @FunctionalInterface
    public interface Execution {
        /** Runs {@code work} on a runner of {@code session} writing results to {@code out}. */
        SqlRunner.Status run(Session session, PrintStream out, Function<SqlRunner, SqlRunner.Status> work);
    }

    /** Runs statements on the calling thread. */
    public static final Execution DIRECT = (session, out, work) -> work.apply(session.runner(out));

    /** A command-line session: no variables, no timing, statements run directly. */
    public static Session commandLine(Database database, PrintStream out, PrintStream err, Format format,
                                      RenderOptions options) {
        return new Session(database, out, err, format, options, Map.of(), false, Dialect.COMMAND_LINE, DIRECT);
    }

    /** The same session with results going to {@code target}. */
    public Session withOut(PrintStream target) {
        return new Session(database, target, err, format, options, variables, timing, dialect, execution);
    }

    /** The same session writing results in {@code chosen}, laid out with {@code layout}. */
    public Session withFormat(Format chosen, RenderOptions layout) {
        return new Session(database, out, err, chosen, layout, variables, timing, dialect, execution);
    }

    /** A runner of this session's statements, writing results to {@code target} and errors to {@link #err}. */
    public SqlRunner runner(PrintStream target) {
        return new SqlRunner(database.connection(), target, err).timing(timing).carets(dialect.carets())
                .valueHint(dialect::statementValueHint);
    }

    /** Runs {@code work} as this session runs statements, results going to {@link #out}. */
    SqlRunner.Status execute(Function<SqlRunner, SqlRunner.Status> work) {
        return execution.run(this, out, work);
    }

    /** Prints a note of exhibit's own on {@link #err}, started as the dialect starts them. */
    void note(String sentence) {
        err.println(dialect.prefix() + sentence);
    }
}
