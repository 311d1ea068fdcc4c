package org.exhibit.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The version of how documents are read into facts, computed from what reads them: a SHA-256 of the bytes of every
 * class and bundled data file of the {@code parse} and {@code concept} packages, so that any change to reading (code or
 * data) gives a new version and nobody bumps a number by hand. The build computes it once and puts it in the jar
 * ({@code org/exhibit/reading-version.txt}); run from a folder of classes without it, it is computed when first needed.
 */
public final class ReadingVersion {

    static final String RESOURCE = "org/exhibit/reading-version.txt";
    /** The folders, under a folder of classes, whose files make up the reader. */
    static final List<String> READER = List.of("org/exhibit/parse", "org/exhibit/concept");

    private static String current;

    private ReadingVersion() {
    }

    /** Writes the version of the classes under the first argument's folder to the file named by the second. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[1]);
        Files.createDirectories(file.getParent());
        Files.writeString(file, of(Path.of(args[0])) + "\n", StandardCharsets.UTF_8);
    }

    /** The version of the reader this program runs. */
    public static synchronized String current() {
        if (current == null) {
            current = bundled();
            if (current == null) {
                current = of(classesFolder());
            }
        }
        return current;
    }

    /**
     * The version of the reader whose classes and data files stand under {@code classes}: a hash of each file's path
     * (relative to {@code classes}, in sorted order) and bytes.
     */
    public static String of(Path classes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String folder : READER) {
                Path root = classes.resolve(folder);
                if (!Files.isDirectory(root)) {
                    throw new IllegalStateException("No reader classes in " + root + ".");
                }
                List<Path> files;
                try (Stream<Path> walk = Files.walk(root)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    digest.update(classes.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(Files.readAllBytes(file));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime.", e);
        }
    }

    /** The version the build put in the jar, or null when it is not there. */
    private static String bundled() {
        try (InputStream in = ReadingVersion.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder of classes this class was loaded from; a jar without the bundled version is a broken build. */
    private static Path classesFolder() {
        try {
            Path location = Path.of(ReadingVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(location)) {
                throw new IllegalStateException(location + " holds no " + RESOURCE + ": build exhibit with Maven.");
            }
            return location;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
