package org.exhibit.concept;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Looks up the canonical concept of a printed label, trying the label under its heading first. */
public final class AliasBook {

    /** Statement kind (or ANY) to its exact labels and its label prefixes. */
    private final Map<String, Map<String, String>> exact = new HashMap<>();
    private final Map<String, Map<String, String>> prefixes = new HashMap<>();
    private static final String ANY = "";
    /** The statement kind whose tables only aliases scoped to it apply to. */
    private static final String OWN_VOCABULARY = "fds";
    private static final Pattern NOTES = Pattern.compile(
            "\\((see )?notes? [^)]*\\)|\\([a-z](, ?[a-z])*\\)|\\((in|dollars in|amounts in) (thousands|millions)[^)]*\\)");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");

    /** A book of the given aliases; later entries win over earlier ones with the same label and scope. */
    public AliasBook(List<Alias> aliases) {
        for (Alias alias : aliases) {
            String label = alias.label().trim();
            String scope = alias.statement() == null ? ANY : alias.statement();
            if (label.endsWith("*")) {
                prefixes.computeIfAbsent(scope, k -> new HashMap<>()).put(key(label.substring(0, label.length() - 1)), alias.concept());
            } else {
                exact.computeIfAbsent(scope, k -> new HashMap<>()).put(key(label), alias.concept());
            }
        }
    }

    /** The concept of a row in any statement, or null when no alias matches its label (alone or after its heading). */
    public String conceptOf(String section, String label) {
        return conceptOf(null, section, label);
    }

    /**
     * The concept of a row of a table of kind {@code statement} ("income", "fds" ...): aliases scoped to that kind
     * first, then aliases for any kind (none for kinds with a vocabulary of their own); the label under its heading
     * must match a label exactly, the label alone may match a prefix ("Receivables*"); null when none matches.
     */
    public String conceptOf(String statement, String section, String label) {
        List<String> scopes = statement == null ? List.of(ANY)
                : statement.equals(OWN_VOCABULARY) ? List.of(statement) : List.of(statement, ANY);
        for (String scope : scopes) {
            if (section != null) {
                String qualified = exact.getOrDefault(scope, Map.of()).get(key(section + " " + label));
                if (qualified != null) {
                    return qualified;
                }
            }
            String plain = match(scope, key(label));
            if (plain != null) {
                return plain;
            }
        }
        return null;
    }

    /**
     * The concept of a label matched exactly, never by a prefix, in the aliases of tables of kind {@code statement}
     * first, then of any kind; null when none matches. For names made up of other labels ("A + B"), which a prefix
     * of their first label would misname.
     */
    public String exactConceptOf(String statement, String label) {
        List<String> scopes = statement == null ? List.of(ANY)
                : statement.equals(OWN_VOCABULARY) ? List.of(statement) : List.of(statement, ANY);
        for (String scope : scopes) {
            String concept = exact.getOrDefault(scope, Map.of()).get(key(label));
            if (concept != null) {
                return concept;
            }
        }
        return null;
    }

    private String match(String scope, String key) {
        String concept = exact.getOrDefault(scope, Map.of()).get(key);
        if (concept != null) {
            return concept;
        }
        String best = null;
        int bestLength = -1;
        for (var prefix : prefixes.getOrDefault(scope, Map.of()).entrySet()) {
            String p = prefix.getKey();
            boolean matches = key.equals(p) || key.startsWith(p + " ");
            if (matches && p.length() > bestLength) {
                best = prefix.getValue();
                bestLength = p.length();
            }
        }
        return best;
    }

    /**
     * The form labels are compared in: lower case, "&" as "and", without note references ("(note 9)", "(b,c)"),
     * digits, punctuation or extra spaces.
     */
    public static String key(String label) {
        String ascii = isAscii(label) ? label
                : Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String lower = ascii.toLowerCase(Locale.ROOT);
        String withoutNotes = lower.indexOf('(') < 0 ? lower : NOTES.matcher(lower).replaceAll(" ");
        String words = withoutNotes.replace("&", " and ");
        boolean apostrophes = words.indexOf('\'') >= 0 || words.indexOf('\u2019') >= 0;
        return lettersOnly(apostrophes ? APOSTROPHES.matcher(words).replaceAll("") : words);
    }

    /** Whether a text is plain ASCII, which decomposition leaves as it is and which holds no combining marks. */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The runs of letters a-z of a text, separated by one space each: what {@code [^a-z]+} as " ", trimmed, leaves. */
    private static String lettersOnly(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}
