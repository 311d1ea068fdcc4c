package org.exhibit.render;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Output that remembers why it failed: a {@link PrintStream} swallows the error of a write that fails (a full disk,
 * {@code > /dev/full}, a closed pipe) and keeps only {@link PrintStream#checkError()}; the stream here also keeps the
 * error's words, so that exhibit can say "cannot write the output (No space left on device)" and exit 1.
 */
public final class OutputStreams {

    private OutputStreams() {
    }

    /** Standard output in the charset Java gives it, remembering the first failure. */
    public static PrintStream standardOutput() {
        String encoding = System.getProperty("sun.stdout.encoding");
        Charset charset = encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding)
                : Charset.defaultCharset();
        return remembering(new FileOutputStream(FileDescriptor.out), charset);
    }

    /** A print stream on {@code out} that remembers why a write failed (see {@link #failure}). */
    public static PrintStream remembering(OutputStream out, Charset charset) {
        return new RememberingPrintStream(new Remembering(out), charset);
    }

    /**
     * Why writing to {@code out} failed, when it did: the error's words when {@code out} is one of
     * {@link #standardOutput()}, else a general sentence; empty when nothing failed.
     */
    public static java.util.Optional<String> failure(PrintStream out) {
        if (!out.checkError()) {
            return java.util.Optional.empty();
        }
        String reason = out instanceof RememberingPrintStream remembering ? remembering.stream.last : null;
        return java.util.Optional.of(reason != null ? reason : "the output was closed or refused the write");
    }

    /** A print stream that keeps its {@link Remembering} stream at hand. */
    private static final class RememberingPrintStream extends PrintStream {
        private final Remembering stream;

        RememberingPrintStream(Remembering stream, Charset charset) {
            super(stream, true, charset);
            this.stream = stream;
        }
    }

    /** Passes writes on and records the message of the first one that fails. */
    private static final class Remembering extends FilterOutputStream {
        private volatile String last;

        Remembering(OutputStream out) {
            super(new java.io.BufferedOutputStream(out, 65536));
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        private void remember(IOException e) {
            if (last == null) {
                last = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
        }
    }
}
