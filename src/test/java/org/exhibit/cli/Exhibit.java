package org.exhibit.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * exhibit's command line run in this JVM as a user runs it, with its streams captured.
 *
 * @param status the exit status
 * @param out what it printed on stdout
 * @param err what it printed on stderr
 */
public record Exhibit(int status, String out, String err) {

    /** The lines of stdout, without their line ends. */
    public java.util.List<String> lines() {
        return out.lines().toList();
    }

    /** Runs {@code exhibit args...} with nothing on stdin, not on a terminal. */
    public static Exhibit run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Context context = new Context(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        int status = new Main(context).run(args);
        return new Exhibit(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
