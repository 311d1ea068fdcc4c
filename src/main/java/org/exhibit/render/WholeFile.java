package org.exhibit.render;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * A file written whole or not at all: the text goes to a new temporary file beside the target (created by this
 * process, so never a link someone planted) and is renamed over the target only once every byte was written; a link
 * at the target's name is replaced, never followed. A write that fails (a full disk) leaves the target as it was.
 */
public final class WholeFile implements AutoCloseable {

    private final Path target;
    private final Path partial;
    private final PrintStream stream;
    private boolean done;

    private WholeFile(Path target, Path partial) throws IOException {
        this.target = target;
        this.partial = partial;
        this.stream = OutputStreams.remembering(Files.newOutputStream(partial), StandardCharsets.UTF_8);
    }

    /**
     * Starts writing {@code target}; nothing is at its name until {@link #commit()}. The temporary file is created new
     * (never through a link) the way any program creates a file, so it gets the user's usual permissions (umask).
     */
    public static WholeFile create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".partial");
        Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        try {
            return new WholeFile(absolute, partial);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    /**
     * Writes {@code target} whole with {@code writer}: returns true when the writer reported complete output and the
     * file was put in place, false (the target left as it was) when the writer reported failure.
     */
    public static boolean write(Path target, Writer writer) throws IOException {
        try (WholeFile file = create(target)) {
            if (!writer.write(file.stream())) {
                return false;
            }
            file.commit();
            return true;
        }
    }

    /** Writes output to a stream; returns whether the output is complete and should replace the file. */
    @FunctionalInterface
    public interface Writer {
        /** Writes to {@code out}; returns false when the work failed and nothing should be kept. */
        boolean write(PrintStream out) throws IOException;
    }

    /** Where the text goes. */
    public PrintStream stream() {
        return stream;
    }

    /** The file this becomes. */
    public Path target() {
        return target;
    }

    /** Puts the file in place when every write succeeded; throws, leaving the target as it was, when one failed. */
    public void commit() throws IOException {
        stream.flush();
        java.util.Optional<String> failure = OutputStreams.failure(stream);
        stream.close();
        if (failure.isPresent()) {
            throw new IOException("cannot write " + target + " (" + failure.get() + ")");
        }
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
        done = true;
    }

    /** Removes the temporary file unless it was committed. */
    @Override
    public void close() {
        stream.close();
        if (!done) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // A leftover is named .partial and hidden; it misleads no one.
            }
        }
    }
}
