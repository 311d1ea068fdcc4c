package org.exhibit.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What exhibit does before H2 opens a database file: reads the file's catalogue without running any of it
 * ({@link DatabaseFile}) and refuses a file that is damaged, written by a newer exhibit, or holds objects exhibit's
 * migrations do not create ({@link ForeignObjects}) — a linked table connects and a trigger starts as soon as H2 opens
 * the database, in any mode, so they must be found before.
 */
final class Inspection {

    private Inspection() {
    }

    /**
     * Inspects the file of the database at {@code url}; returns what it holds, empty for a database that is not an
     * embedded file, does not exist yet (refused when {@code readOnly}) or is held by another process.
     */
    static Optional<DatabaseFile> before(String url, boolean readOnly, boolean trustForeign) throws StoreException {
        Optional<Path> base = OwnerNote.database(url);
        if (base.isEmpty()) {
            if (readOnly) {
                throw new StoreException("--read-only opens only a database file (jdbc:h2:file:…), not "
                        + DatabaseUrl.shown(url) + ".", null);
            }
            return Optional.empty();
        }
        Path file = DatabaseFile.of(base.get());
        if (!Files.exists(file)) {
            if (readOnly) {
                throw new StoreException("There is no exhibit database at " + base.get()
                        + "; --read-only opens only an existing one.", null);
            }
            return Optional.empty();
        }
        Optional<DatabaseFile> read;
        try {
            read = DatabaseFile.read(file);
        } catch (DatabaseFile.Damaged e) {
            throw new StoreException("The database " + file + " looks damaged (" + e.getMessage() + "); not touching it;"
                    + " restore a backup into a new file (exhibit restore), or salvage what H2 can read with its recovery"
                    + " tool (java -cp exhibit.jar org.h2.tools.Recover -dir FOLDER -db NAME).", e);
        }
        if (read.isEmpty()) {
            return read;
        }
        DatabaseFile contents = read.get();
        if (contents.schemaVersion() > Database.SCHEMA_VERSION) {
            throw new StoreException("The database " + DatabaseUrl.shown(url) + " was written by a newer exhibit (schema"
                    + " version " + contents.schemaVersion() + ", this one knows " + Database.SCHEMA_VERSION
                    + "); upgrade exhibit to open it.", null);
        }
        List<String> foreign = ForeignObjects.in(contents.statements(), KnownSchema.statements());
        if (!foreign.isEmpty() && (readOnly || !trustForeign)) {
            throw new StoreException("The database " + file + " holds " + (foreign.size() == 1 ? "an object" : "objects")
                    + " exhibit's migrations do not create (" + String.join(", ", first(foreign, 8)) + "), which"
                    + " could run code on this computer as soon as it opens, so exhibit does not open it"
                    + (readOnly
                            ? "; --read-only never does."
                            : "; if you trust whoever made it, --allow-foreign-objects opens it anyway and runs"
                                    + " whatever those objects hold."), null);
        }
        return read;
    }

    private static List<String> first(List<String> items, int n) {
        if (items.size() <= n) {
            return items;
        }
        List<String> shown = new java.util.ArrayList<>(items.subList(0, n));
        shown.add("and " + (items.size() - n) + " more");
        return shown;
    }
}
