package org.exhibit.parse;

import java.util.Arrays;
import org.jsoup.nodes.Range;

/**
 * The line of each character of the text jsoup parsed, counted from its offsets: jsoup's own line numbers drift for
 * some nodes (295 of Norfolk Southern's 8,993 text nodes stood a line or more below their text), while its offsets
 * hold.
 */
final class SourceLines {

    private final int[] newlines;

    private SourceLines(int[] newlines) {
        this.newlines = newlines;
    }

    /** The line index of {@code text}. */
    static SourceLines of(String text) {
        int[] offsets = new int[64];
        int count = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == offsets.length) {
                offsets = Arrays.copyOf(offsets, count * 2);
            }
            offsets[count++] = i;
        }
        return new SourceLines(Arrays.copyOf(offsets, count));
    }

    /** The 1-based line of a tracked position, by its offset; jsoup's line number when it has no offset. */
    int line(Range.Position position) {
        int pos = position.pos();
        if (pos < 0) {
            return position.lineNumber();
        }
        int before = Arrays.binarySearch(newlines, pos);
        return (before >= 0 ? before : -before - 1) + 1;
    }
}
