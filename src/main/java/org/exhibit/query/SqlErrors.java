package org.exhibit.query;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a database error into one sentence naming the source, line and column of the statement at fault. */
public final class SqlErrors {

    private static final String MARK = "[*]";
    private static final Pattern SYNTAX = Pattern.compile("^Syntax error in SQL statement \"(?:[^\"]|\"\")*\"(?:; expected \"([^\"]*)\")?");
    private static final Pattern NOT_FOUND = Pattern.compile("(?:Column|Table|Schema|Function|View|Sequence) \"([^\"]+)\" not found");

    private SqlErrors() {
    }

    /** "source:line:column: message" for an error raised by {@code statement}. */
    public static String describe(SQLException e, Statement statement) {
        String message = message(e);
        Place place = place(e, statement);
        return statement.source() + ":" + place.line() + (place.column() > 0 ? ":" + place.column() : "") + ": "
                + (DERIVED.matcher(message).find() ? "refused: latest_facts and the checks are derived from these rows, so"
                        + " plain SQL may not delete them; " + USE_REMOVE
                        : message.contains("TableView.") || VIEW.matcher(message).find() ? "refused: facts, latest_facts and findings are views of the"
                        + " documents read, not tables; " + USE_REMOVE
                        : sentence(message, statement.sql(), position(e, statement.sql())));
    }

    /**
     * The database's message: H2's as it is; PostgreSQL's without its severity and position lines, since the place is
     * said before it.
     */
    private static String message(SQLException e) {
        if (e instanceof org.postgresql.util.PSQLException psql) {
            return org.exhibit.store.PgMessages.text(psql);
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** The 0-based offset in {@code sql} the error is at: PostgreSQL says it, H2 marks it in its message; or -1. */
    private static int position(SQLException e, String sql) {
        int server = org.exhibit.store.PgMessages.position(e);
        return server > 0 ? Math.min(server - 1, sql.length()) : position(message(e), sql);
    }

    /**
     * The same, with "; did you mean …?" when a table, view or column H2 did not find is a near miss of one in the
     * schema {@code connection} sees.
     */
    public static String describe(SQLException e, Statement statement, java.sql.Connection connection) {
        String message = message(e);
        return describe(e, statement) + Suggestions.forMissingName(message, statement.sql(), connection)
                .map(name -> "; did you mean " + name + "?").orElse("");
    }

    /**
     * H2's message as one sentence: a syntax error names the word at fault instead of H2's list of what it expected
     * (at a statement's start that list is the last few keywords of the alphabet, "SAVEPOINT, SCRIPT, SHUTDOWN"); a
     * list of one is kept ("expected FROM").
     */
    private static String sentence(String message, String sql, int position) {
        String summary = summary(message);
        Matcher syntax = SYNTAX.matcher(summary);
        if (!syntax.find() || position < 0) {
            return summary;
        }
        int start = position;
        while (start < sql.length() && Character.isWhitespace(sql.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
            end++;
        }
        String word = end > start ? sql.substring(start, end) : start < sql.length() ? sql.substring(start, start + 1) : "";
        if (word.isEmpty()) {
            return "Syntax error: the statement ends too soon" + expected(syntax.group(1));
        }
        if (sql.substring(0, start).isBlank()) {
            return "Syntax error: a statement cannot start with \"" + word + "\""
                    + Suggestions.forStatementWord(word).map(w -> "; did you mean " + w + "?").orElse("");
        }
        return "Syntax error at \"" + word + "\"" + expected(syntax.group(1));
    }

    /** "; expected X" when H2 expected one thing; nothing for a list. */
    private static String expected(String list) {
        return list == null || list.contains(",") ? "" : "; expected " + list;
    }

    /** The constraints by which the tables derived from documents refuse a delete that would leave them stale. */
    private static final Pattern DERIVED = Pattern.compile("FACT_LATEST_(COMPANY_)?IS_DERIVED", Pattern.CASE_INSENSITIVE);

    /** PostgreSQL's refusal to change a view that joins tables. */
    private static final Pattern VIEW = Pattern.compile("^cannot (insert into|update|delete from) view \"(facts|latest_facts|findings)\"");

    /** What to do instead of deleting documents' rows with SQL. */
    static final String USE_REMOVE = "take documents out with 'exhibit remove <document>...' or 'exhibit remove --company"
            + " <name>' (\\remove in the workbench), which derives them again.";

    /**
     * The line of {@code statement} the error points at and a caret under its column, as two lines; empty when the
     * database did not say where.
     */
    public static Optional<String> caret(SQLException e, Statement statement) {
        Place place = place(e, statement);
        if (place.column() <= 0) {
            return Optional.empty();
        }
        String[] lines = statement.sql().split("\n", -1);
        String text = lines[place.line() - statement.line()].replace('\t', ' ').stripTrailing();
        return Optional.of(text + "\n" + " ".repeat(place.column() - 1) + "^");
    }

    /**
     * Where an error stands in its source.
     *
     * @param line 1-based line in the source
     * @param column 1-based column, 0 when unknown
     */
    private record Place(int line, int column) {
    }

    private static Place place(SQLException e, Statement statement) {
        int position = position(e, statement.sql());
        if (position < 0) {
            return new Place(statement.line(), 0);
        }
        int line = statement.line();
        int column = 1;
        for (int i = 0; i < position && i < statement.sql().length(); i++) {
            if (statement.sql().charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Place(line, column);
    }

    /** H2's message without the repeated statement and the error code suffix. */
    static String summary(String message) {
        String first = message;
        int statementPart = first.indexOf("; SQL statement:");
        if (statementPart >= 0) {
            first = first.substring(0, statementPart);
        }
        int newline = first.indexOf('\n');
        if (newline >= 0) {
            first = first.substring(0, newline);
        }
        return first.replaceAll("\\s*\\[\\d+-\\d+]\\s*$", "").trim();
    }

    /** The 0-based offset in {@code sql} that H2 marked with "[*]", or where the name it did not find stands; or -1. */
    static int position(String message, String sql) {
        int mark = message.indexOf(MARK);
        if (mark < 0) {
            return positionOfMissingName(message, sql);
        }
        int quote = message.lastIndexOf('"', mark);
        if (quote < 0) {
            return -1;
        }
        String before = message.substring(quote + 1, mark);
        int at = sql.indexOf(before);
        return at < 0 ? (before.length() <= sql.length() ? before.length() : -1) : at + before.length();
    }

    /** Where an identifier H2 reports as not found first stands in the statement (any letter case), or -1. */
    private static int positionOfMissingName(String message, String sql) {
        Matcher notFound = NOT_FOUND.matcher(message);
        if (!notFound.find()) {
            return -1;
        }
        String name = notFound.group(1);
        name = name.substring(name.lastIndexOf('.') + 1);
        Matcher use = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])", Pattern.CASE_INSENSITIVE).matcher(sql);
        return use.find() ? use.start() : -1;
    }
}
