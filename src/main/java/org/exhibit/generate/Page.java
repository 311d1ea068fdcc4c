package org.exhibit.generate;

/** The text of one generated file, line by line, knowing the 1-based number of the line it writes next. */
final class Page {

    private final StringBuilder text = new StringBuilder(64 * 1024);
    private int lines;

    /** Appends one line. */
    void line(String line) {
        text.append(line).append('\n');
        lines++;
    }

    /** Appends an empty line. */
    void blank() {
        line("");
    }

    /** The number the next line will have. */
    int nextLine() {
        return lines + 1;
    }

    /** The text so far. */
    CharSequence text() {
        return text;
    }
}
