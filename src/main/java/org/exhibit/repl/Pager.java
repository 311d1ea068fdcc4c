package org.exhibit.repl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Output for the screen that goes through a pager once it is taller than the screen: held until then, so a short
 * result is printed as it is and a long one starts the pager and streams on into it.
 */
final class Pager extends OutputStream {

    /** The usual choice: {@code $PAGER}, else {@code less} when installed. */
    static final String ON = "on";

    /** No pager. */
    static final String OFF = "off";

    /**
     * {@code less} as the pager: long lines cut rather than wrapped ({@code -S}), colours passed through ({@code -R}),
     * the screen not cleared on leaving, so the result stays in view ({@code -X}), and no pager at all for what fits one
     * screen ({@code -F}).
     */
    static final String LESS = "less -SRXF";

    private final PrintStream screen;
    private final String command;
    private final int height;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private int lines;
    private Process process;
    private OutputStream pager;

    /** Output for a screen {@code height} lines tall, paged by the shell command {@code command}. */
    Pager(PrintStream screen, String command, int height) {
        this.screen = screen;
        this.command = command;
        this.height = height;
    }

    /**
     * The shell command that pages for {@code choice} ({@link #ON}, {@link #OFF} or a command): for {@link #ON},
     * {@code $PAGER} when set, else {@link #LESS} when {@code less} is on the {@code PATH}; none for {@link #OFF}.
     */
    static java.util.Optional<String> command(String choice, java.util.Map<String, String> env) {
        if (choice.equals(OFF)) {
            return java.util.Optional.empty();
        }
        if (!choice.equals(ON)) {
            return java.util.Optional.of(choice);
        }
        String pager = env.get("PAGER");
        if (pager != null) {
            return pager.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(pager);
        }
        return installed("less", env.getOrDefault("PATH", ""))
                .map(less -> "'" + less.toString().replace("'", "'\\''") + "'" + LESS.substring("less".length()));
    }

    /** The executable file {@code name} in the first folder of {@code path} that has one. */
    private static java.util.Optional<java.nio.file.Path> installed(String name, String path) {
        for (String folder : path.split(java.io.File.pathSeparator)) {
            java.nio.file.Path file = folder.isEmpty() ? null : java.nio.file.Path.of(folder, name);
            if (file != null && java.nio.file.Files.isExecutable(file)) {
                return java.util.Optional.of(file.toAbsolutePath());
            }
        }
        return java.util.Optional.empty();
    }

    @Override
    public void write(int b) throws IOException {
        if (pager != null) {
            pager.write(b);
            return;
        }
        held.write(b);
        if (b == '\n' && ++lines >= height) {
            start();
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (pager != null) {
            pager.write(bytes, offset, length);
            return;
        }
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    private void start() throws IOException {
        process = new ProcessBuilder("sh", "-c", command)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        pager = process.getOutputStream();
        held.writeTo(pager);
        held.reset();
    }

    /** Prints what is held to the screen, or ends the pager's input and waits until the user leaves it. */
    @Override
    public void close() throws IOException {
        if (pager == null) {
            held.writeTo(screen);
            screen.flush();
            return;
        }
        try {
            pager.close();
        } catch (IOException e) {
            // The user left the pager before the end: nothing more to show.
        }
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
