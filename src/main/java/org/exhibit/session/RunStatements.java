package org.exhibit.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.exhibit.query.Statement;
import org.exhibit.render.WholeFile;

/**
 * Running statements and printing their results: {@code exhibit query}, SQL piped in, a line typed in the workbench.
 * Every way a statement runs comes here, so the exit status means the same everywhere: 0 when every statement ran, 2
 * when a {@code :name} had no value, 1 when a statement failed or was stopped.
 */
public final class RunStatements {

    /**
     * What to run.
     *
     * @param statements the statements, in order
     * @param params values for their {@code :names}, winning over the session's variables
     * @param keepGoing whether to run on after a failed statement (never after a cancelled one)
     * @param to a file to write the results to, whole or not at all, instead of the session's output; null for none
     */
    public record Request(List<Statement> statements, Map<String, String> params, boolean keepGoing, Path to) {

        /** Statements typed or given on the command line, results to the session's output. */
        public Request(List<Statement> statements, Map<String, String> params, boolean keepGoing) {
            this(statements, params, keepGoing, null);
        }
    }

    /**
     * What a run did, for the actions built on this one.
     *
     * @param outcome its status
     * @param stoppedAt the statement it stopped at, or null
     * @param rows the rows the last statement returned or changed
     * @param copies the CSV copies written
     */
    record Ran(Outcome outcome, Statement stoppedAt, long rows, int copies) {
    }

    private RunStatements() {
    }

    /** Runs the statements as the session says and returns the outcome; errors are printed as they happen. */
    public static Outcome run(Session session, Request request) throws IOException {
        return run(session, request, UnaryOperator.identity()).outcome();
    }

    /** Runs the statements on a runner {@code setup} prepares (CSV copies, for instance) and says what it did. */
    static Ran run(Session session, Request request, UnaryOperator<SqlRunner> setup) throws IOException {
        Map<String, String> values = new LinkedHashMap<>(session.variables());
        values.putAll(request.params());
        Ran[] ran = new Ran[1];
        WholeFile.Writer writer = out -> {
            Session target = session.withOut(out);
            SqlRunner.Status status = target.execute(runner -> {
                SqlRunner prepared = setup.apply(runner);
                boolean all = prepared.run(request.statements(), values, target.format(), target.options(),
                        request.keepGoing());
                Outcome outcome = all ? Outcome.ok() : prepared.missingValues() ? Outcome.usage(null) : Outcome.failed(null);
                ran[0] = new Ran(outcome, prepared.stoppedAt(), prepared.rows(), prepared.csvCopies());
                return all ? SqlRunner.Status.RAN : SqlRunner.Status.FAILED;
            });
            if (ran[0] == null) { // the execution failed before the work began, and said why
                ran[0] = new Ran(Outcome.failed(null), null, 0, 0);
            }
            return status == SqlRunner.Status.RAN;
        };
        if (request.to() == null) {
            writer.write(session.out());
        } else {
            WholeFile.write(request.to(), writer);
        }
        return ran[0];
    }
}
