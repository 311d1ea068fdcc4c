package org.exhibit.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a table covers: the consolidated company, the parent alone, a segment, a pro forma case, or figures selected
 * from the statements; told by the words of the bundled {@code scopes.csv}.
 */
public enum Scope {
    PARENT("parent"),
    PRO_FORMA("pro_forma"),
    SEGMENT("segment"),
    SELECTED("selected"),
    OTHER("other"),
    CONSOLIDATED("consolidated");

    private static final Map<Scope, Pattern> PHRASES = load();

    private final String code;

    Scope(String code) {
        this.code = code;
    }

    /** The name the contract uses for this scope in the {@code facts.scope} column. */
    public String code() {
        return code;
    }

    /** The first scope, in the order of this enum, whose phrases a text holds; null when it holds none. */
    public static Scope named(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (Map.Entry<Scope, Pattern> entry : PHRASES.entrySet()) {
            if (entry.getValue().matcher(text).find()) {
                return entry.getKey();
            }
        }
        return null;
    }

    /**
     * A table's scope: the one its words name, else a primary statement's is consolidated, a segment table's a
     * segment's, a schedule's selected, and any other table's other.
     */
    public static Scope of(Scope named, StatementKind kind) {
        if (named != null) {
            return named;
        }
        return switch (kind) {
            case INCOME, BALANCE, CASHFLOW, EQUITY -> CONSOLIDATED;
            case SEGMENT -> SEGMENT;
            case FDS -> SELECTED;
            case OTHER -> OTHER;
        };
    }

    private static Map<Scope, Pattern> load() {
        Map<Scope, List<String>> phrases = new EnumMap<>(Scope.class);
        try (InputStream in = Scope.class.getResourceAsStream("scopes.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.equals("scope,phrase"))
                    .map(line -> line.split(",", 2))
                    .forEach(f -> phrases.computeIfAbsent(valueOf(f[0].trim().toUpperCase(Locale.ROOT)),
                            s -> new ArrayList<>()).add(f[1].trim()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Scope, Pattern> patterns = new EnumMap<>(Scope.class);
        phrases.forEach((scope, list) -> patterns.put(scope, Pattern.compile("(?i)(?<![\\p{Alnum}])(?:"
                + String.join("|", list.stream().map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q")).toList())
                + ")(?![\\p{Alnum}])")));
        return patterns;
    }
}
