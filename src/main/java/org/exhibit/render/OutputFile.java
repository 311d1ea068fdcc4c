package org.exhibit.render;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * A file written whole or not at all: the output goes to a hidden file beside it, renamed over it when complete.
 * The file is created as any other program creates one, so it gets the user's usual permissions (their umask),
 * not the owner-only ones of a Java temporary file.
 */
public final class OutputFile {

    /** Writes output to a stream; returns whether the output is complete and should replace the file. */
    @FunctionalInterface
    public interface Writer {
        /** Writes to {@code out}; returns false when the work failed and nothing should be kept. */
        boolean write(PrintStream out) throws IOException;
    }

    private OutputFile() {
    }

    /** Writes {@code target} with {@code writer}; returns whether it was written (false: left as it was). */
    public static boolean write(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".partial");
        try {
            boolean complete;
            try (OutputStream stream = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
                 PrintStream out = new PrintStream(new BufferedOutputStream(stream), false, StandardCharsets.UTF_8)) {
                complete = writer.write(out);
                out.flush();
                if (out.checkError()) {
                    throw new IOException("cannot write " + target);
                }
            }
            if (complete) {
                try {
                    Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return complete;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
