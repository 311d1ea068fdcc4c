package org.exhibit.parse;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Renders an HTML filing as the text lines {@link DocumentParser} reads: prose as lines, and each table of numbers
 * as a {@code <TABLE>}/{@code <S>} block with right-aligned columns, every line keeping its HTML source line.
 */
public final class HtmlText {

    private static final String TEXT_START = "<TEXT>";
    private static final String TEXT_END = "</TEXT>";
    private static final Set<String> SKIPPED = Set.of("head", "title", "script", "style");
    private static final Set<String> BREAKS = Set.of("br", "hr");
    private static final int TITLE_LINES = 8;
    private static final Pattern LEGACY_COLUMNS = Pattern.compile("(?im)^\\s*<S>[ \\t]+<C>");

    private final TextLines out = new TextLines();
    private final SourceLines source;
    private final StringBuilder prose = new StringBuilder();
    private int proseLine;
    /** Whether {@link #prose} is blank so far ({@link String#isBlank}: a no-break space is not blank). */
    private boolean proseBlank = true;
    private int wordsSeen;

    /**
     * The deepest element laid out as blocks and tables; the text of elements nested deeper (no filing nests so deep) is
     * read as prose, so that the walk over the tree never overflows the stack.
     */
    private static final int MAX_DEPTH = 500;

    private int depth;

    private HtmlText(SourceLines source) {
        this.source = source;
    }

    /**
     * The text lines of an HTML document, or of the HTML in the first {@code <TEXT>} of an EDGAR submission. A text
     * filing merely wrapped in HTML, whose tables are still laid out in spaces under {@code <S>}/{@code <C>} tags, is
     * returned line for line as it is.
     */
    public static Lines lines(String html) {
        if ((html.contains("<S>") || html.contains("<s>")) && LEGACY_COLUMNS.matcher(html).find()) {
            return Lines.of(html);
        }
        String text = documentText(html);
        Element body = Jsoup.parse(text, "", Parser.htmlParser().setTrackPosition(true)).body();
        HtmlText renderer = new HtmlText(SourceLines.of(text));
        renderer.walk(body);
        renderer.flush();
        return renderer.out.lines();
    }

    /** The HTML of the first {@code <TEXT>} of a submission, on its own source lines; the input when there is none. */
    static String documentText(String html) {
        int open = Chars.indexOfIgnoreCase(html, TEXT_START, 0);
        if (open < 0) {
            return html;
        }
        int start = open + TEXT_START.length();
        int end = Chars.indexOfIgnoreCase(html, TEXT_END, start);
        long newlines = html.substring(0, start).chars().filter(c -> c == '\n').count();
        return "\n".repeat((int) newlines) + html.substring(start, end < 0 ? html.length() : end);
    }

    private void walk(Node node) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                addProse(text);
            } else if (child instanceof Element element) {
                walkElement(element);
            }
        }
    }

    private void walkElement(Element element) {
        String name = element.normalName();
        if (SKIPPED.contains(name)) {
            return;
        }
        if (name.equals("table")) {
            int line = line(element);
            flush();
            List<HtmlRow> rows = HtmlGrid.rows(element, source);
            if (!HtmlTableText.render(rows, line, out.lastBlock(TITLE_LINES), out)) {
                rows.forEach(row -> out.add(String.join("  ", row.cells().stream()
                        .map(HtmlCell::text).filter(t -> !t.isEmpty()).toList()), row.line()));
            }
            out.add("", line);
            wordsSeen++;
            return;
        }
        if (name.equals("pre")) {
            flush();
            String[] preLines = element.wholeText().split("\r\n|\r|\n", -1);
            int first = preFirstLine(element, preLines.length, line(element));
            for (int i = 0; i < preLines.length; i++) {
                out.add(preLines[i].replace('\u00a0', ' '), first + i);
                wordsSeen++;
            }
            return;
        }
        if (depth >= MAX_DEPTH) {
            NodeTraversor.traverse((node, d) -> {
                if (node instanceof TextNode text) {
                    addProse(text);
                }
            }, element);
            return;
        }
        boolean block = element.isBlock() || BREAKS.contains(name);
        if (block) {
            flush();
        }
        int wordsBefore = wordsSeen;
        depth++;
        walk(element);
        depth--;
        if (block) {
            flush();
            if (wordsSeen == wordsBefore && !name.equals("br")) {
                out.add("", line(element));
            }
        }
    }

    /** The source line of an element's start tag, looked up only for the elements whose line is written. */
    private int line(Element element) {
        return source.line(element.sourceRange().start());
    }

    /**
     * The source line of the first line of a {@code <pre>} text, counted back from its end tag: HTML drops a line
     * break right after {@code <pre>}, so counting forward from the start tag can be one line short.
     */
    private int preFirstLine(Element pre, int lineCount, int startLine) {
        var end = pre.endSourceRange();
        return end.isTracked() ? source.line(end.start()) - (lineCount - 1) : startLine;
    }

    private void addProse(TextNode text) {
        String words = text.getWholeText();
        if (!words.replace('\u00a0', ' ').isBlank()) {
            if (proseBlank) {
                proseLine = source.line(text.sourceRange().start());
            }
            wordsSeen++;
        }
        prose.append(words);
        proseBlank &= words.isBlank();
    }

    /** Ends the current prose line, if it has words. */
    private void flush() {
        String words = Spaces.collapseWithNoBreak(prose.toString()).strip();
        prose.setLength(0);
        proseBlank = true;
        if (!words.isEmpty()) {
            out.add(words, proseLine);
        }
    }
}
