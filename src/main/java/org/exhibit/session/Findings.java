package org.exhibit.session;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.exhibit.query.Statement;

/** The validation findings, of one document or all, as a result in the session's format: {@code \findings}. */
public final class Findings {

    /**
     * Whose findings.
     *
     * @param document a document's name, or empty (or null) for every document
     */
    public record Request(String document) {
    }

    private Findings() {
    }

    /** Prints the findings, ordered by document, line and rule. */
    public static Outcome run(Session session, Request request) throws IOException {
        boolean all = request.document() == null || request.document().isEmpty();
        String sql = "select document, rule, severity, concept, period_end, months, expected, actual, message, line"
                + " from findings" + (all ? "" : " where document = :document") + " order by document, line, rule";
        Statement statement = new Statement(sql, session.dialect().command("findings"), 1);
        return RunStatements.run(session, new RunStatements.Request(List.of(statement),
                all ? Map.of() : Map.of("document", request.document()), false));
    }
}
