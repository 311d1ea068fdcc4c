package org.exhibit.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a database file holds that exhibit's migrations do not create — a trigger, a linked table, a Java
 * function, a constant, a domain, a schema, a table or view of another definition — since such objects run code or
 * SQL of someone else's when the database opens or is read. Users and rights are data, not code, and are let through,
 * except that the user a read-only session runs as must have no right but to read.
 */
public final class ForeignObjects {

    /** The settings H2 records that exhibit (or H2 itself) sets; any other recorded setting is foreign. */
    private static final Set<String> SETTINGS = Set.of("CREATE_BUILD", "WRITE_DELAY", "CACHE_SIZE",
            "DEFAULT_LOCK_TIMEOUT", "MAX_LENGTH_INPLACE_LOB");

    /** What a kind of statement creates, in words, by the start of the statement. */
    private static final List<String[]> KINDS = List.of(
            new String[] {"CREATE FORCE LINKED TABLE ", "linked table"},
            new String[] {"CREATE LINKED TABLE ", "linked table"},
            new String[] {"CREATE FORCE TRIGGER ", "trigger"},
            new String[] {"CREATE TRIGGER ", "trigger"},
            new String[] {"CREATE FORCE ALIAS ", "Java function"},
            new String[] {"CREATE ALIAS ", "Java function"},
            new String[] {"CREATE FORCE AGGREGATE ", "Java aggregate function"},
            new String[] {"CREATE AGGREGATE ", "Java aggregate function"},
            new String[] {"CREATE CONSTANT ", "constant"},
            new String[] {"CREATE DOMAIN ", "domain"},
            new String[] {"CREATE SCHEMA ", "schema"},
            new String[] {"CREATE SYNONYM ", "synonym"},
            new String[] {"CREATE FORCE VIEW ", "view"},
            new String[] {"CREATE VIEW ", "view"},
            new String[] {"CREATE SEQUENCE ", "sequence"},
            new String[] {"CREATE PRIMARY KEY ", "index"},
            new String[] {"ALTER TABLE ", "constraint"},
            new String[] {"CREATE USER ", "user"},
            new String[] {"GRANT ", "right"},
            new String[] {"SET ", "setting"});

    private static final Pattern NAME = Pattern.compile("\"((?:[^\"]|\"\")*)\"(?:\\.\"((?:[^\"]|\"\")*)\")?");

    private ForeignObjects() {
    }

    /** The objects of {@code statements} that exhibit does not create, each as "kind NAME", in the file's order. */
    public static List<String> in(List<String> statements, Set<String> known) {
        List<String> foreign = new ArrayList<>();
        for (String statement : statements) {
            if (!allowed(statement, known)) {
                foreign.add(describe(statement));
            }
        }
        return foreign;
    }

    private static boolean allowed(String statement, Set<String> known) {
        if (statement.startsWith("CREATE USER ")) {
            return !statement.contains("\"" + Database.READER + "\"") || !statement.endsWith(" ADMIN");
        }
        if (statement.startsWith("CREATE ROLE ") || statement.startsWith("COMMENT ON ")) {
            return true;
        }
        if (statement.startsWith("GRANT ")) {
            return !statement.contains("\"" + Database.READER + "\"")
                    || statement.equals("GRANT SELECT ON SCHEMA \"PUBLIC\" TO \"" + Database.READER + "\"");
        }
        if (statement.startsWith("SET ")) {
            String name = statement.substring(4).split(" ", 2)[0].toUpperCase(Locale.ROOT);
            return SETTINGS.contains(name);
        }
        return known.contains(KnownSchema.normal(statement));
    }

    /** "trigger PUBLIC.TR", "table PUBLIC.DOCUMENT (not as exhibit defines it)", "setting JAVA_OBJECT_SERIALIZER". */
    static String describe(String statement) {
        String kind = null;
        for (String[] k : KINDS) {
            if (statement.startsWith(k[0])) {
                kind = k[1];
                break;
            }
        }
        if (kind == null) {
            kind = statement.contains(" TABLE ") ? "table" : statement.contains(" INDEX ") ? "index" : "object";
        }
        if (kind.equals("setting")) {
            return "setting " + statement.substring(4).split(" ", 2)[0];
        }
        String rest = statement;
        if (kind.equals("constraint")) {
            int add = statement.indexOf(" ADD CONSTRAINT ");
            rest = add < 0 ? statement : statement.substring(add);
        }
        Matcher m = NAME.matcher(rest);
        String name = "";
        if (m.find()) {
            name = m.group(2) == null ? m.group(1) : m.group(1) + "." + m.group(2);
        }
        String what = kind + " " + name.replace("\"\"", "\"");
        return kind.equals("table") || kind.equals("view") || kind.equals("constraint") || kind.equals("index")
                ? what + " (not as exhibit defines it)"
                : what;
    }
}
