package org.exhibit.query;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.rowset.CachedRowSet;
import javax.sql.rowset.RowSetProvider;
import org.exhibit.render.Format;
import org.exhibit.render.RenderOptions;
import org.exhibit.render.Rendered;
import org.exhibit.render.WholeFile;
import org.exhibit.render.XlsxBook;
import org.exhibit.store.Database;

/** Runs SQL statements on a connection and prints their results: the one path for the REPL, query, run and stdin. */
public final class SqlRunner {

    /** H2's error code for a statement stopped by {@link java.sql.Statement#cancel()}. */
    private static final int CANCELLED = 57014;
    /** H2's error codes for a statement the user has no right to run. */
    private static final int ADMIN_RIGHTS_REQUIRED = 90040;
    private static final int NOT_ENOUGH_RIGHTS = 90096;
    private static final int DATABASE_IS_READ_ONLY = 90097;

    /** What became of one statement. */
    public enum Outcome {
        /** It ran and its result was printed. */
        RAN,
        /** The database refused it or it failed; the error was printed. */
        FAILED,
        /** The user stopped it. */
        CANCELLED
    }

    private final Connection connection;
    private final PrintStream out;
    private final PrintStream err;
    private boolean timing;
    private boolean carets;
    private long rows;
    private volatile java.sql.Statement running;
    private volatile boolean cancelled;
    private Path csvFolder;
    private String csvStem;
    private int csvCopies;
    private XlsxBook book;
    private java.util.function.Function<String, String> valueHint = name -> "add --param " + name + "=<value>";
    private boolean missingValues;

    /** A runner printing results to {@code out} and errors to {@code err}. */
    public SqlRunner(Connection connection, PrintStream out, PrintStream err) {
        this.connection = connection;
        this.out = out;
        this.err = err;
    }

    /** Adds the time each statement took to its footer (or a line of its own on {@code err} for other formats). */
    public SqlRunner timing(boolean on) {
        this.timing = on;
        return this;
    }

    /** Also writes each result to {@code folder/<stem>-<n>.csv}, n counting results from 1. */
    public SqlRunner withCsvCopies(Path folder, String stem) {
        this.csvFolder = folder;
        this.csvStem = stem;
        return this;
    }

    /** The CSV files written so far by a runner {@link #withCsvCopies writing copies}. */
    public int csvCopies() {
        return csvCopies;
    }

    /** How the user gives a value to {@code :name}, for the error when it has none ("add --param name=<value>"). */
    public SqlRunner valueHint(java.util.function.Function<String, String> hint) {
        this.valueHint = hint;
        return this;
    }

    /** Whether a statement failed for want of a value for one of its {@code :names} (a usage error). */
    public boolean missingValues() {
        return missingValues;
    }

    /** Shows, under an error, the line of the statement at fault with a caret under the position. */
    public SqlRunner carets(boolean on) {
        this.carets = on;
        return this;
    }

    /**
     * Runs statements in order; stops at the first failure unless {@code keepGoing}, and always after a cancel. A byte
     * order mark, when asked for, starts only the first result. As xlsx, the results are the sheets of one workbook,
     * written when the statements are done (not at all when one failed and the run stopped).
     *
     * @return true when every statement ran
     */
    public boolean run(List<Statement> statements, Map<String, String> params, Format format, RenderOptions options,
                       boolean keepGoing) {
        if (format.binary()) {
            try (XlsxBook workbook = new XlsxBook()) {
                book = workbook;
                boolean allRan = runEach(statements, params, format, options, keepGoing);
                if (allRan || keepGoing) {
                    workbook.write(out);
                }
                return allRan;
            } catch (IOException e) {
                err.println("exhibit: cannot write the workbook (" + e.getMessage() + ").");
                return false;
            } finally {
                book = null;
            }
        }
        return runEach(statements, params, format, options, keepGoing);
    }

    private boolean runEach(List<Statement> statements, Map<String, String> params, Format format,
                            RenderOptions options, boolean keepGoing) {
        boolean allRan = true;
        RenderOptions current = options;
        for (Statement statement : statements) {
            Outcome outcome = run(statement, params, format, current);
            current = current.withBom(false);
            if (outcome != Outcome.RAN) {
                allRan = false;
                if (!keepGoing || outcome == Outcome.CANCELLED) {
                    break;
                }
            }
        }
        return allRan;
    }

    /** Runs one statement and prints its result or its error. */
    public Outcome run(Statement statement, Map<String, String> params, Format format, RenderOptions options) {
        NamedSql named = NamedSql.parse(statement.sql());
        List<String> values;
        try {
            values = named.values(params);
        } catch (NamedSql.MissingValues e) {
            missingValues = true;
            err.println(statement.source() + ":" + statement.line() + ": " + e.getMessage() + "; "
                    + valueHint.apply(e.missing().get(0)) + ".");
            return Outcome.FAILED;
        }
        return execute(statement, named.jdbcSql(), values, format, options);
    }

    /**
     * Runs a statement whose SQL already has JDBC {@code ?} markers, binding {@code values} to them in order (a saved
     * query rendered by jOOQ); prints its result or its error and returns whether it ran.
     */
    public boolean runBound(Statement statement, List<?> values, Format format) {
        return runBound(statement, values, format, RenderOptions.DEFAULT) == Outcome.RAN;
    }

    /** Runs a statement with JDBC markers bound to {@code values}, laid out with {@code options}. */
    public Outcome runBound(Statement statement, List<?> values, Format format, RenderOptions options) {
        return execute(statement, statement.sql(), values, format, options);
    }

    private Outcome execute(Statement statement, String jdbcSql, List<?> values, Format format, RenderOptions options) {
        cancelled = false;
        if (changesASetting(jdbcSql) && Database.isReadOnly(connection)) {
            err.println(statement.source() + ":" + statement.line() + ": SET changes a setting of the database or the"
                    + " session; the database is open read-only (--read-only): queries only, no changes, no files, no Java");
            return Outcome.FAILED;
        }
        long started = System.nanoTime();
        try (PreparedStatement ps = connection.prepareStatement(jdbcSql)) {
            for (int i = 0; i < values.size(); i++) {
                Binding.set(ps, i + 1, values.get(i));
            }
            running = ps;
            if (cancelled) {
                throw new SQLException("cancelled before it started", "HY008", CANCELLED);
            }
            if (ps.execute()) {
                Rendered rendered;
                try (ResultSet rs = ps.getResultSet()) {
                    rendered = csvFolder == null ? render(rs, format, options)
                            : renderAndCopy(statement, rs, format, options);
                }
                if (rendered == null) {
                    return Outcome.FAILED;
                }
                rows = rendered.rows();
                String elapsed = elapsed(started);
                footer(format, rendered.footer(elapsed), elapsed);
                if (out.checkError()) {
                    return Outcome.CANCELLED; // the output is lost: the caller says so once, and nothing more is run
                }
            } else {
                int count = ps.getUpdateCount();
                rows = count;
                String elapsed = elapsed(started);
                footer(format, "(" + count + (count == 1 ? " row" : " rows") + " affected"
                        + (elapsed == null ? "" : ", " + elapsed) + ")", elapsed);
            }
            return Outcome.RAN;
        } catch (SQLException e) {
            if (stoppedByDatabase(e) && cancelled) {
                err.println("Cancelled: the statement was stopped after " + took(System.nanoTime() - started) + ".");
                return Outcome.CANCELLED;
            }
            if (stoppedByDatabase(e)) {
                err.println(statement.source() + ":" + statement.line() + ": stopped after "
                        + took(System.nanoTime() - started) + ", past the time limit (--timeout).");
                return Outcome.CANCELLED;
            }
            err.println(SqlErrors.describe(e, statement, connection) + (refusedForReadOnly(e)
                    ? "; the database is open read-only (--read-only): queries only, no changes, no files, no Java" : ""));
            if (carets) {
                SqlErrors.caret(e, statement).ifPresent(err::println);
            }
            return Outcome.FAILED;
        } catch (OutOfMemoryError e) {
            err.println(statement.source() + ":" + statement.line() + ": the result is too large to lay out as "
                    + format.name().toLowerCase(java.util.Locale.ROOT) + " in memory; csv, tsv, json and vertical stream"
                    + " results of any size.");
            return Outcome.FAILED;
        } finally {
            running = null;
        }
    }

    /** Prints a result, or adds it as a sheet to the workbook being written. */
    private Rendered render(ResultSet rs, Format format, RenderOptions options) throws SQLException {
        return book != null ? book.add(rs, options) : format.renderer().render(rs, out, options);
    }

    /**
     * Prints a result and writes it to the next CSV file; a result can be read once, so it is held in memory. Returns
     * null when the file cannot be written (the error is printed).
     */
    private Rendered renderAndCopy(Statement statement, ResultSet rs, Format format, RenderOptions options)
            throws SQLException {
        CachedRowSet copy = RowSetProvider.newFactory().createCachedRowSet();
        copy.populate(rs);
        Rendered rendered = render(copy, format, options);
        copy.beforeFirst();
        Path file = csvFolder.resolve(csvStem + "-" + (csvCopies + 1) + ".csv");
        try {
            Files.createDirectories(csvFolder);
            try (WholeFile csv = WholeFile.create(file)) {
                Format.CSV.renderer().render(copy, csv.stream(), RenderOptions.DEFAULT.withCrlf(options.crlf()));
                csv.commit();
            }
        } catch (IOException e) {
            err.println(statement.source() + ":" + statement.line() + ": cannot write " + file + ": " + e.getMessage());
            return null;
        }
        csvCopies++;
        return rendered;
    }

    /** The rows the last statement that ran returned or changed. */
    public long rows() {
        return rows;
    }

    /**
     * Stops the statement running now, from another thread (the terminal's Ctrl-C handler); returns whether one was
     * running.
     */
    public boolean cancel() {
        java.sql.Statement statement = running;
        if (statement == null) {
            return false;
        }
        cancelled = true;
        try {
            statement.cancel();
        } catch (SQLException e) {
            // The statement ended meanwhile: nothing is left to stop.
        }
        return true;
    }

    /**
     * Whether {@code sql} is a SET statement: H2 lets any user run some (its own password, session settings), which
     * change nothing in a file opened read-only but would seem to succeed, so a read-only session refuses them all.
     */
    private static boolean changesASetting(String sql) {
        String text = sql.stripLeading();
        while (text.startsWith("--") || text.startsWith("/*")) {
            int end = text.startsWith("--") ? text.indexOf('\n') : text.indexOf("*/");
            if (end < 0) {
                return false;
            }
            text = text.substring(end + (text.startsWith("--") ? 1 : 2)).stripLeading();
        }
        return text.regionMatches(true, 0, "set", 0, 3) && (text.length() == 3 || !Character.isLetterOrDigit(text.charAt(3))
                && text.charAt(3) != '_');
    }

    /** Whether the database stopped the statement (a cancel or a time limit): H2's code, PostgreSQL's SQLState. */
    private static boolean stoppedByDatabase(SQLException e) {
        return e.getErrorCode() == CANCELLED || "57014".equals(e.getSQLState());
    }

    /**
     * Whether the database refused the statement for want of rights in a read-only session: H2's codes, or
     * PostgreSQL's insufficient privilege and read-only transaction.
     */
    private boolean refusedForReadOnly(SQLException e) {
        return (e.getErrorCode() == ADMIN_RIGHTS_REQUIRED || e.getErrorCode() == NOT_ENOUGH_RIGHTS
                || e.getErrorCode() == DATABASE_IS_READ_ONLY || "42501".equals(e.getSQLState())
                || "25006".equals(e.getSQLState())) && Database.isReadOnly(connection);
    }

    /** Prints a footer under a table; with other formats only the time taken, when asked for, goes to {@code err}. */
    private void footer(Format format, String footer, String elapsed) {
        if (format.hasFooter()) {
            out.println(footer);
            out.flush();
        } else if (elapsed != null) {
            err.println("(" + elapsed + ")");
        }
    }

    private String elapsed(long started) {
        return timing ? took(System.nanoTime() - started) : null;
    }

    /** A duration for people: "12 ms", "1.234 s". */
    static String took(long nanos) {
        long millis = nanos / 1_000_000;
        return millis < 1000 ? millis + " ms" : String.format(java.util.Locale.ROOT, "%.3f s", nanos / 1e9);
    }
}
