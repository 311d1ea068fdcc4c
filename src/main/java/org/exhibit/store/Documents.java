package org.exhibit.store;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Which files in a folder are documents to import. */
public final class Documents {

    private static final Set<String> EXTENSIONS = Set.of("txt", "htm", "html", "nc", "sgml");

    private Documents() {
    }

    /**
     * The most a gzipped document may unpack to: beyond any filing, short of what a gzip bomb unpacks to, and a
     * quarter of the memory Java may use at most. (A plain file is as large as it is on disk.)
     */
    public static final long LARGEST = Math.min(256L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 4);

    private static final String GZIP = ".gz";

    /**
     * Whether a file found in a folder looks like a filing: a visible file with a filing's extension, also gzipped
     * ({@code 0000950123-99-001234.txt.gz}, as EDGAR's bulk archives keep them).
     */
    public static boolean isDocument(Path file) {
        String name = name(file);
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** A document's name: its file name without folders, and without {@code .gz} when the file is gzipped. */
    public static String name(Path file) {
        String name = file.getFileName().toString();
        return isGzipped(file) ? name.substring(0, name.length() - GZIP.length()) : name;
    }

    private static boolean isGzipped(Path file) {
        String name = file.getFileName().toString();
        return name.length() > GZIP.length() && name.toLowerCase(Locale.ROOT).endsWith(GZIP);
    }

    /**
     * What a file holds: its bytes, a gzipped file's unpacked (at most {@link #LARGEST} bytes), or one
     * sentence naming the file and saying why it cannot be read.
     *
     * @param bytes the document's bytes, or null when it cannot be read
     * @param problem why it cannot be read, or null
     */
    public record Content(byte[] bytes, String problem) {
    }

    /** The content of a file (see {@link Content}); never throws. */
    public static Content read(Path file) {
        return read(file, LARGEST);
    }

    /** The content of a file, a gzipped one unpacking to at most {@code largest} bytes (see {@link Content}). */
    static Content read(Path file, long largest) {
        if (!Files.exists(file)) {
            return new Content(null, file + ": not imported, no such file.");
        }
        try {
            if (!isGzipped(file)) {
                return new Content(Files.readAllBytes(file), null);
            }
            try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                byte[] bytes = in.readNBytes((int) largest + 1);
                return bytes.length > largest ? new Content(null, tooLarge(file, largest))
                        : new Content(bytes, null);
            }
        } catch (ZipException | EOFException e) {
            return new Content(null, file + ": not imported, the file is not a complete gzip file ("
                    + (e.getMessage() == null ? "it ends too soon" : e.getMessage()) + ").");
        } catch (IOException e) {
            return new Content(null, file + ": not imported, the file cannot be read"
                    + (Files.isReadable(file) ? "." : " (permission denied)."));
        }
    }

    private static String tooLarge(Path file, long largest) {
        return String.format(Locale.ROOT, "%s: not imported, the file unpacks to more than %,d bytes, the most a"
                + " document may hold.", file, largest);
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
