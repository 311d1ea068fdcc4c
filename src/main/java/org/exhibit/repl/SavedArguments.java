package org.exhibit.repl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the words after {@code \saved} and {@code \run} at blanks; a value may be quoted to keep its blanks:
 * company='Innovo Group' or company="Microsoft Corporation".
 */
public final class SavedArguments {

    private SavedArguments() {
    }

    /** The words of {@code text}, quotes removed; a quote may open anywhere in a word and runs to its match. */
    public static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * The {@code name=value} words as a map, in order.
     *
     * @throws IllegalArgumentException naming the first word that is not name=value
     */
    static Map<String, String> params(List<String> words) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String word : words) {
            int equals = word.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("Give parameters as name=value, not '" + word + "'.");
            }
            params.put(word.substring(0, equals), word.substring(equals + 1));
        }
        return params;
    }
}
