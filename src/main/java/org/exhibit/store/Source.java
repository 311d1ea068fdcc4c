package org.exhibit.store;

import java.nio.file.Path;

/**
 * A document to import: its name, and either its bytes or the file to read them from (read when its turn comes, so
 * that a long list of files is never held in memory at once).
 *
 * @param name the document's name, its file name without folders (and without {@code .gz})
 * @param file the file to read, or null when the bytes are given
 * @param content the bytes, or null when they are to be read from the file
 */
public record Source(String name, Path file, byte[] content) {

    /** A file, named by its file name (see {@link Documents#name}). */
    public static Source of(Path file) {
        return new Source(Documents.name(file), file, null);
    }

    /** A file under another name. */
    public static Source of(String name, Path file) {
        return new Source(name, file, null);
    }

    /** Bytes already in memory. */
    public static Source of(String name, byte[] content) {
        return new Source(name, null, content);
    }
}
