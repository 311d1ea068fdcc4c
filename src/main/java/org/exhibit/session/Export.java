package org.exhibit.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.exhibit.query.Script;
import org.exhibit.query.Statement;
import org.exhibit.render.Format;
import org.exhibit.render.RenderOptions;

/**
 * A query's result to a file, in the format its extension names, written whole or not at all: the workbench's
 * {@code \export}. An extension exhibit cannot write is a usage error, never CSV under another name.
 */
public final class Export {

    /**
     * What to export.
     *
     * @param file the file to write; its extension names the format
     * @param sql one query
     */
    public record Request(Path file, String sql) {
    }

    private Export() {
    }

    /** Writes the query's result to the file and says how many rows it holds. */
    public static Outcome run(Session session, Request request) throws IOException {
        Format format;
        try {
            format = Format.forFile(request.file().toString());
        } catch (IllegalArgumentException e) {
            return Outcome.usage(e.getMessage());
        }
        List<Statement> statements = Script.split(request.sql(), session.dialect().command("export"));
        if (statements.size() != 1) {
            return Outcome.usage(session.dialect().command("export") + " takes one query.");
        }
        RunStatements.Ran ran = RunStatements.run(session.withFormat(format, RenderOptions.DEFAULT),
                new RunStatements.Request(statements, Map.of(), false, request.file()), runner -> runner);
        if (!ran.outcome().succeeded()) {
            return ran.outcome();
        }
        long rows = ran.rows();
        return Outcome.ok("Exported " + rows + (rows == 1 ? " row" : " rows") + " to " + request.file() + ".");
    }
}
