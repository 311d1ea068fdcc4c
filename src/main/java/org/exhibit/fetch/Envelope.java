package org.exhibit.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a downloaded submission is whole: every {@code <DOCUMENT>} closed by {@code </DOCUMENT>}, and the
 * {@code <SEC-DOCUMENT>} (or older {@code <IMS-DOCUMENT>}) that wraps them, when one opens the file, closed too. A
 * download that stopped early fails this even when the server sent every byte it promised.
 */
public final class Envelope {

    private Envelope() {
    }

    /** Empty when the file is whole, else the reason it is not. */
    public static Optional<String> problem(Path file) throws IOException {
        int opened = 0;
        int closed = 0;
        String wrapper = null;
        boolean wrapperClosed = false;
        try (InputStream in = Files.newInputStream(file)) {
            LineScanner lines = new LineScanner(in);
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (line.startsWith("<DOCUMENT>")) {
                    opened++;
                } else if (line.startsWith("</DOCUMENT>")) {
                    closed++;
                } else if (wrapper == null && opened == 0 && (line.startsWith("<SEC-DOCUMENT>") || line.startsWith("<IMS-DOCUMENT>"))) {
                    wrapper = line.substring(1, line.indexOf('>'));
                } else if (wrapper != null && line.startsWith("</" + wrapper + ">")) {
                    wrapperClosed = true;
                }
            }
        }
        if (opened == 0) {
            return Optional.of("it holds no <DOCUMENT>");
        }
        if (closed < opened) {
            return Optional.of("it ends inside its " + ordinal(closed + 1) + " <DOCUMENT>, before </DOCUMENT>");
        }
        if (wrapper != null && !wrapperClosed) {
            return Optional.of("it ends before </" + wrapper + ">");
        }
        return Optional.empty();
    }

    private static String ordinal(int n) {
        return n + (n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        });
    }

    /** The starts of a stream's lines, one byte a character (the tags are ASCII whatever the text's encoding). */
    private static final class LineScanner {

        private static final int KEEP = 32;
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int length;
        private int position;

        LineScanner(InputStream in) {
            this.in = in;
        }

        /** The first characters of the next line, or null at the end. */
        String next() throws IOException {
            StringBuilder start = new StringBuilder();
            boolean any = false;
            while (true) {
                if (position == length) {
                    length = in.read(buffer);
                    position = 0;
                    if (length <= 0) {
                        length = 0;
                        return any ? start.toString() : null;
                    }
                }
                any = true;
                byte b = buffer[position++];
                if (b == '\n') {
                    return start.toString();
                }
                if (start.length() < KEEP && b != '\r') {
                    start.append((char) (b & 0xff));
                }
            }
        }
    }
}
