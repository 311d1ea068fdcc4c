package org.exhibit.session;

import java.nio.file.Path;
import java.util.List;
import org.exhibit.store.ImportListener;
import org.exhibit.store.ImportResult;
import org.exhibit.store.ImportTotals;
import org.exhibit.store.Importer;

/**
 * Loading documents, each all or nothing: {@code exhibit import}, {@code fetch --import} and the workbench's
 * {@code \import}. A summary line per document on the output (a failed or skipped one on the error stream), one line per
 * company whose documents disagree, and a closing total when there were several.
 */
public final class Import {

    /** Something that shows how far an import has come (a progress bar on a terminal). */
    public interface Progress {
        /** Takes the progress off the screen before a line is printed. */
        void clear();

        /** Counts one more document done, with its facts. */
        void advance(int facts);
    }

    /** Shows nothing. */
    public static final Progress NONE = new Progress() {
        @Override
        public void clear() {
        }

        @Override
        public void advance(int facts) {
        }
    };

    /**
     * What to import.
     *
     * @param files document files (folders already expanded)
     * @param progress what shows the progress
     * @param compactWhenDone whether to compact the file afterwards when the import left it sparse, which closes the
     *     database: for a command whose process ends with the import, never for the workbench
     */
    public record Request(List<Path> files, Progress progress, boolean compactWhenDone) {
    }

    private Import() {
    }

    /** The refusal of an import into a database open read-only, the same wherever it is asked for. */
    public static Outcome refusedReadOnly(Dialect dialect) {
        return Outcome.usage(dialect.command("import") + " changes the database, so it cannot run with --read-only.");
    }

    /** Imports the documents; fails when one could not be imported (the others are imported all the same). */
    public static Outcome run(Session session, Request request) {
        if (session.database().readOnly()) {
            return refusedReadOnly(session.dialect());
        }
        Progress progress = request.progress();
        boolean[] failed = {false};
        boolean[] changed = {false};
        ImportTotals totals = new ImportTotals(new ImportListener() {
            @Override
            public void document(ImportResult result) {
                progress.clear();
                if (result.outcome() == ImportResult.Outcome.FAILED || result.outcome() == ImportResult.Outcome.SKIPPED) {
                    failed[0] |= result.outcome() == ImportResult.Outcome.FAILED;
                    session.note(result.summary());
                } else {
                    session.out().println(result.summary());
                    changed[0] |= result.outcome() != ImportResult.Outcome.UNCHANGED;
                }
                progress.advance(result.facts());
            }

            @Override
            public void company(String summary) {
                progress.clear();
                session.out().println(summary);
            }
        });
        new Importer(session.database()).loadFiles(request.files(), totals);
        progress.clear();
        if (request.files().size() > 1) {
            totals.lines(session.database()).forEach(session::note);
        }
        if (changed[0] && request.compactWhenDone()) {
            session.database().compactIfSparse();
        }
        return failed[0] ? Outcome.failed(null) : Outcome.ok();
    }
}
