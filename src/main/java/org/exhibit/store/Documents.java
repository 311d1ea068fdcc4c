package org.exhibit.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Which files in a folder are documents to import. */
public final class Documents {

    private static final Set<String> EXTENSIONS = Set.of("txt", "htm", "html", "nc", "sgml");

    private Documents() {
    }

    /** Whether a file found in a folder looks like a filing: a visible file with a filing's extension. */
    public static boolean isDocument(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The bytes of a file, or empty when it cannot be read (see {@link #unreadable}). */
    public static Optional<byte[]> read(Path file) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** One sentence saying why a file could not be read. */
    public static String unreadable(Path file) {
        if (!Files.exists(file)) {
            return file + ": not imported, no such file.";
        }
        return file + ": not imported, the file cannot be read" + (Files.isReadable(file) ? "." : " (permission denied).");
    }

    /**
     * Why a document read without error is not a filing at all, or empty when it may be one: a file with no statement
     * table that names no company and carries no SEC header (a spreadsheet's CSV, a note, an empty file) would only
     * become a company named after the file.
     */
    public static Optional<String> notAFiling(org.exhibit.parse.Document document) {
        var filing = document.filing();
        boolean named = filing.company() != null && !filing.company().isBlank() || filing.cik() != null
                || filing.accession() != null;
        if (!document.tables().isEmpty() || named) {
            return Optional.empty();
        }
        return Optional.of("not a filing: no statement table, no company name and no SEC header were found in it");
    }

    /** The files to import for the given arguments: files as named, folders searched recursively, in name order. */
    public static List<Path> expand(List<Path> arguments) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try (Stream<Path> walk = Files.walk(argument)) {
                    walk.filter(Files::isRegularFile).filter(Documents::isDocument).sorted().forEach(files::add);
                }
            } else {
                files.add(argument);
            }
        }
        return files;
    }
}
