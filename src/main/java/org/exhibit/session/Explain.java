package org.exhibit.session;

import java.nio.file.Path;
import java.util.List;
import org.exhibit.concept.Explanation;
import org.exhibit.concept.FactBuilder;
import org.exhibit.concept.Reading;
import org.exhibit.parse.Document;
import org.exhibit.parse.DocumentParser;
import org.exhibit.store.Documents;
import org.exhibit.store.Importer;

/**
 * How documents are read, line by line, without loading them: {@code exhibit import --explain} and the workbench's
 * {@code \explain}. Labels are mapped with the session's database's aliases (a user's own among them), as the import
 * maps them, or with the bundled ones when the session has no database.
 */
public final class Explain {

    /**
     * What to explain.
     *
     * @param files document files (folders already expanded)
     */
    public record Request(List<Path> files) {
    }

    private Explain() {
    }

    /** Prints how each document is read; a file that cannot be read is one sentence, and the others are still shown. */
    public static Outcome run(Session session, Request request) {
        FactBuilder builder = session.database() == null ? FactBuilder.bundled() : Importer.factBuilder(session.database());
        boolean failed = false;
        for (Path file : request.files()) {
            Documents.Content read = Documents.read(file);
            if (read.bytes() == null) {
                session.note(read.problem());
                failed = true;
                continue;
            }
            Document document = DocumentParser.parse(Documents.name(file), read.bytes());
            var unreadable = DocumentParser.unreadable(document);
            if (unreadable.isPresent()) {
                session.note(file + ": not read, " + unreadable.get() + ".");
                failed = true;
                continue;
            }
            Reading reading = builder.read(document);
            Explanation.print(reading.document(), reading.facts(), session.out());
        }
        session.out().flush();
        return failed ? Outcome.failed(null) : Outcome.ok();
    }
}
