package org.exhibit.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.exhibit.query.Script;

/**
 * Running a script of statements with values for its {@code :names}, a scripted report: {@code exhibit run} and the
 * workbench's {@code \run}. It stops at the first statement that fails unless asked to go on.
 */
public final class RunScript {

    /**
     * The script to run.
     *
     * @param file the SQL file
     * @param params values for its {@code :names}, winning over the session's variables
     * @param keepGoing whether to run on after a failing statement (the outcome is a failure all the same)
     * @param copies a folder to write each result to as {@code <script>-<n>.csv}, besides printing it; null for none
     * @param to a file to write the results to, whole or not at all, instead of the session's output; null for none
     */
    public record Request(Path file, Map<String, String> params, boolean keepGoing, Path copies, Path to) {

        /** A script whose results go to the session's output. */
        public Request(Path file, Map<String, String> params, boolean keepGoing, Path copies) {
            this(file, params, keepGoing, copies, null);
        }
    }

    private RunScript() {
    }

    /** Runs the script as the session says; a missing file is a failure, a {@code :name} without a value a usage error. */
    public static Outcome run(Session session, Request request) throws IOException {
        String text;
        try {
            text = Files.readString(request.file());
        } catch (NoSuchFileException e) {
            return Outcome.failed(request.file() + ": no such file.");
        }
        String name = request.file().getFileName().toString();
        String stem = name.endsWith(".sql") ? name.substring(0, name.length() - 4) : name;
        var statements = new RunStatements.Request(Script.split(text, request.file().toString()), request.params(),
                request.keepGoing(), request.to());
        RunStatements.Ran ran = RunStatements.run(session, statements,
                runner -> request.copies() == null ? runner : runner.withCsvCopies(request.copies(), stem));
        if (request.copies() != null) {
            int n = ran.copies();
            session.note("wrote " + n + (n == 1 ? " result" : " results") + " to " + request.copies() + ".");
        }
        if (ran.stoppedAt() != null && !request.keepGoing()) {
            return new Outcome(ran.outcome().status(), session.dialect().stopped(ran.stoppedAt()));
        }
        return ran.outcome();
    }
}
