package org.exhibit.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What laying out a page of HTML would cost, judged before it is laid out: its length, and how many inline tags
 * ({@code <b>}, {@code <font>} ...) it leaves open, which an HTML parser opens again in every later paragraph, so that
 * 3 MB of distinct unclosed tags grows into billions of elements. A page past either bound is refused with a sentence,
 * where laying it out would take all of Java's memory and every other document of the import with it.
 */
final class HtmlCost {

    /**
     * The most characters of HTML one part of a document may hold: laid out, HTML takes memory many times its size (a
     * 52 MB page ran Java out of 256 MB); the largest 10-K of the test corpus holds 3 million.
     */
    static final int LARGEST = 16_000_000;

    /** The most inline tags a page may leave open at once; no page of the test corpus leaves more than 5. */
    static final int MOST_OPEN = 500;

    /**
     * The most inline tags a parser may open again over a whole page (the open ones, again at each later element);
     * no page of the test corpus comes to 4,000.
     */
    static final long MOST_REOPENED = 1_000_000;

    /** The elements an HTML parser re-opens in each paragraph while they are open (HTML's "formatting" elements). */
    private static final Set<String> FORMATTING = Set.of("a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small",
            "strike", "strong", "tt", "u");
    /** Elements that start a scope in which formatting elements opened are closed with it. */
    private static final Set<String> SCOPES = Set.of("td", "th", "caption", "table");

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)([^<>]*)>");

    private HtmlCost() {
    }

    /** Why {@code html} is too costly to lay out, or empty when it is not. */
    static Optional<String> refusal(long characters, CharSequence html) {
        if (characters > LARGEST) {
            return Optional.of(String.format(Locale.ROOT, "its HTML is %,d characters long, more than the %,d exhibit"
                    + " lays out", characters, LARGEST));
        }
        long[] cost = cost(html);
        if (cost[0] > MOST_OPEN) {
            return Optional.of(String.format(Locale.ROOT, "its HTML leaves more than %,d inline tags (<b>, <font> ...)"
                    + " open at once, which laying it out would repeat in every later paragraph", MOST_OPEN));
        }
        if (cost[1] > MOST_REOPENED) {
            return Optional.of(String.format(Locale.ROOT, "laying its HTML out would open its unclosed inline tags"
                    + " (<b>, <font> ...) again more than %,d times", MOST_REOPENED));
        }
        return Optional.empty();
    }

    /**
     * The most formatting elements open at once, counted as an HTML parser keeps them (at most three alike, same tag and
     * attributes; each closed by its end tag or by the end of the table cell it was opened in), and how many it opens
     * again in all (those open, at each later start tag). Stops counting once past a bound.
     */
    static long[] cost(CharSequence html) {
        Deque<Scope> scopes = new ArrayDeque<>();
        scopes.push(new Scope(null));
        int open = 0;
        int most = 0;
        long reopened = 0;
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            String name = m.group(2).toLowerCase(Locale.ROOT);
            boolean end = !m.group(1).isEmpty();
            if (SCOPES.contains(name)) {
                if (end) {
                    while (scopes.size() > 1) {
                        Scope closed = scopes.pop();
                        open -= closed.open;
                        if (name.equals(closed.name) || name.equals("table")) {
                            break;
                        }
                    }
                } else {
                    if (!name.equals("table") && scopes.size() > 1 && !"table".equals(scopes.peek().name)) {
                        open -= scopes.pop().open; // a new cell closes the one before
                    }
                    scopes.push(new Scope(name));
                }
            } else if (FORMATTING.contains(name)) {
                Scope scope = scopes.peek();
                if (end) {
                    open -= scope.close(name);
                } else {
                    open += scope.open(name, m.group(3).strip());
                    most = Math.max(most, open);
                }
            } else if (!end) {
                reopened += open;
            }
            if (most > MOST_OPEN || reopened > MOST_REOPENED) {
                break;
            }
        }
        return new long[] {most, reopened};
    }

    /** The formatting elements open in one table cell (or the page), counted by tag and attributes. */
    private static final class Scope {
        final String name;
        final Map<String, Integer> alike = new HashMap<>();
        final Map<String, Deque<String>> byTag = new HashMap<>();
        int open;

        Scope(String name) {
            this.name = name;
        }

        /** Opens one, returning 1, or 0 when three alike are open already (HTML's "Noah's Ark" rule). */
        int open(String tag, String attributes) {
            String key = tag + " " + attributes;
            int count = alike.getOrDefault(key, 0);
            if (count >= 3) {
                return 0;
            }
            alike.put(key, count + 1);
            byTag.computeIfAbsent(tag, t -> new ArrayDeque<>()).push(key);
            open++;
            return 1;
        }

        /** Closes the latest open one of {@code tag}, returning 1, or 0 when none is open here. */
        int close(String tag) {
            Deque<String> keys = byTag.get(tag);
            if (keys == null || keys.isEmpty()) {
                return 0;
            }
            String key = keys.pop();
            alike.merge(key, -1, Integer::sum);
            open--;
            return 1;
        }
    }
}
