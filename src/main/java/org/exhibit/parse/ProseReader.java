package org.exhibit.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the paragraphs of a document's prose that state amounts or changes ("$11.9 million", "up 263%", "nearly
 * tripling"): runs of text lines outside the tables, split at blank lines, rules and page marks.
 */
final class ProseReader {

    private static final Pattern CLAIM = Pattern.compile("(?i)\\$\\s?\\d|\\d\\s?%|\\d percent|doubl|tripl|quadrupl");
    private static final Pattern BREAK = Pattern.compile("(?i)\\s*(<[^>]*>\\s*)*|\\s*[-=_*]{3,}\\s*");
    private static final Pattern TABLE_START = Pattern.compile("(?i)\\s*<TABLE[^>]*>.*");
    private static final Pattern TABLE_END = Pattern.compile("(?i).*</TABLE>.*");

    private ProseReader() {
    }

    /**
     * The prose lines of one part of a document, outside its {@code <TABLE>} blocks and the lines of its tables,
     * numbering paragraphs from {@code firstParagraph}.
     */
    static List<ProseLine> read(Lines lines, List<Table> tables, int firstParagraph) {
        List<ProseLine> prose = new ArrayList<>();
        List<ProseLine> paragraph = new ArrayList<>();
        int number = firstParagraph;
        boolean inTable = false;
        int[][] spans = spans(tables);
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            boolean tag = text.indexOf('<') >= 0;
            if (tag && TABLE_START.matcher(text).matches()) {
                inTable = !TABLE_END.matcher(text).matches();
            }
            boolean skipped = inTable || isBreak(text) || inTable(lines.number(i), spans);
            if (tag && TABLE_END.matcher(text).matches()) {
                inTable = false;
            }
            if (skipped) {
                number = close(paragraph, prose, number);
                continue;
            }
            paragraph.add(new ProseLine(number, lines.number(i), text.trim()));
        }
        close(paragraph, prose, number);
        return prose;
    }

    /** Keeps a paragraph that states an amount or a change; returns the number of the next paragraph. */
    private static int close(List<ProseLine> paragraph, List<ProseLine> prose, int number) {
        if (paragraph.isEmpty()) {
            return number;
        }
        boolean claims = paragraph.stream().anyMatch(l -> mayClaim(l.text()) && CLAIM.matcher(l.text()).find());
        if (claims) {
            prose.addAll(paragraph);
        }
        paragraph.clear();
        return claims ? number + 1 : number;
    }

    /** Whether a line is {@link #BREAK}: tried only on lines that are blank or start with a tag or a rule character. */
    private static boolean isBreak(String text) {
        int first = Chars.firstNonSpace(text);
        return first == text.length() || ("<-=_*".indexOf(text.charAt(first)) >= 0 && BREAK.matcher(text).matches());
    }

    /** Whether a line holds what every match of {@link #CLAIM} holds: "$", "%", "percent", "doubl", "tripl" or "quadrupl". */
    private static boolean mayClaim(String text) {
        return text.indexOf('$') >= 0 || text.indexOf('%') >= 0
                || Chars.containsAny(Chars.asciiLower(text), "percent", "doubl", "tripl", "quadrupl");
    }

    /** The source lines each table covers: from its first line to its last row. */
    private static int[][] spans(List<Table> tables) {
        int[][] spans = new int[tables.size()][];
        for (int t = 0; t < spans.length; t++) {
            Table table = tables.get(t);
            spans[t] = new int[] {table.line(), table.rows().stream().mapToInt(Row::line).max().orElse(table.line())};
        }
        return spans;
    }

    /** Whether a source line lies within one of the spans of the tables found without tags. */
    private static boolean inTable(int line, int[][] spans) {
        for (int[] span : spans) {
            if (line >= span[0] && line <= span[1]) {
                return true;
            }
        }
        return false;
    }
}
