package org.exhibit.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.exhibit.query.Statement;
import org.exhibit.query.saved.ParamException;
import org.exhibit.query.saved.Saved;
import org.exhibit.render.WholeFile;

/**
 * Listing the saved queries, or running one with its parameters: {@code exhibit saved} and the workbench's
 * {@code \saved}. A parameter given no value is a usage error, as it is for a statement's {@code :name}.
 */
public final class SavedQuery {

    /**
     * The saved query to run.
     *
     * @param name its name; null lists them all
     * @param params its parameters by name
     * @param to a file to write the result to, whole or not at all, instead of the session's output; null for none
     */
    public record Request(String name, Map<String, String> params, Path to) {

        /** Runs {@code name}, its result to the session's output. */
        public Request(String name, Map<String, String> params) {
            this(name, params, null);
        }
    }

    private SavedQuery() {
    }

    /** Lists the saved queries or runs one as the session says; a wrong name or parameter is one sentence. */
    public static Outcome run(Session session, Request request) throws IOException {
        if (request.name() == null) {
            session.out().println(Saved.listing());
            return Outcome.ok();
        }
        Saved.Bound bound;
        try {
            bound = Saved.bind(session.database().dsl(), request.name(), request.params());
        } catch (ParamException e) {
            String message = e.getMessage() + (e.missingParam() == null ? ""
                    : "; " + session.dialect().savedValueHint(request.name(), e.missingParam()));
            return e.isUsage() ? Outcome.usage(message) : Outcome.failed(message);
        }
        Statement statement = new Statement(bound.sql(), "saved " + bound.name(), 1);
        List<Object> values = bound.values();
        WholeFile.Writer writer = out -> {
            Session target = session.withOut(out);
            return target.execute(runner -> runner.runBound(statement, values, target.format(), target.options()))
                    == SqlRunner.Status.RAN;
        };
        boolean ran = request.to() == null ? writer.write(session.out()) : WholeFile.write(request.to(), writer);
        return ran ? Outcome.ok() : Outcome.failed(null);
    }
}
