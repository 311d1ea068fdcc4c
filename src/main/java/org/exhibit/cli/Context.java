package org.exhibit.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The outside world a command runs in, injected so that tests drive commands without a real console.
 *
 * @param in standard input
 * @param out standard output
 * @param err standard error
 * @param interactive whether stdin and stdout are a terminal
 */
public record Context(InputStream in, PrintStream out, PrintStream err, boolean interactive) {

    /** The process's own streams (standard output remembering why a write failed); interactive on a console. */
    public static Context system() {
        return new Context(System.in, org.exhibit.render.OutputStreams.standardOutput(), System.err, System.console() != null);
    }
}
