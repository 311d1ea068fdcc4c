package org.exhibit.repl;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.exhibit.concept.Explanation;
import org.exhibit.concept.Reading;
import org.exhibit.parse.Document;
import org.exhibit.parse.DocumentParser;
import org.exhibit.query.Script;
import org.exhibit.query.saved.ParamException;
import org.exhibit.query.saved.Saved;
import org.exhibit.query.SqlRunner;
import org.exhibit.query.Statement;
import org.exhibit.render.Format;
import org.exhibit.render.WholeFile;
import org.exhibit.render.RenderOptions;
import org.exhibit.store.Database;
import org.exhibit.store.Documents;
import org.exhibit.store.ImportListener;
import org.exhibit.store.ImportTotals;
import org.exhibit.store.Importer;
import org.exhibit.store.Overview;
import org.exhibit.store.UserPaths;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive workbench: SQL statements over several lines until ";", backslash commands, history kept between
 * sessions. Statements run on a thread of their own, so that Ctrl-C cancels the one running and the session goes on.
 */
public final class Repl {

    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");
    private static final String PROMPT = "exhibit> ";
    private static final String CONTINUATION = "     ..> ";

    /** Tables and views for {@code \d}: the contract's views first. */
    private static final String RELATIONS = "select lower(table_name) as name,"
            + " case table_type when 'VIEW' then 'view' else 'table' end as type"
            + " from information_schema.tables where table_schema = 'PUBLIC' and table_name <> 'flyway_schema_history'"
            + " order by case table_type when 'VIEW' then 0 else 1 end, name";

    /** The columns of one table or view for {@code \d name}, with their SQL types. */
    private static final String COLUMNS = "select lower(column_name) as \"column\", lower(data_type)"
            + " || case when data_type like '%CHAR%' and character_maximum_length is not null"
            + "      then '(' || character_maximum_length || ')'"
            + "    when data_type in ('NUMERIC', 'DECIMAL') then '(' || numeric_precision || ', ' || numeric_scale || ')'"
            + "    else '' end as type,"
            + " case is_nullable when 'YES' then 'yes' else 'no' end as nullable"
            + " from information_schema.columns where table_schema = 'PUBLIC' and upper(table_name) = upper(:name)"
            + " order by ordinal_position";

    static {
        JLINE_LOG.setLevel(Level.SEVERE);
    }

    private final Database database;
    private final Terminal terminal;
    private final Path history;
    private final Map<String, String> env;
    private final PrintStream screen;
    private final Catalog catalog;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "exhibit-sql");
        thread.setDaemon(true);
        return thread;
    });
    private final Settings settings;
    private volatile SqlRunner running;
    private final Redirectable screenOut;
    private LineReader reader;
    private String lastSql;
    private String pending;

    /** The screen's stream, sent for a while into a buffer (to report start-up settings with their file and line). */
    private static final class Redirectable extends OutputStream {
        private OutputStream target;

        Redirectable(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            target.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }
    }

    /** A workbench on {@code database}, talking to {@code terminal}, keeping history in {@code history}. */
    public Repl(Database database, Terminal terminal, Path history) {
        this(database, terminal, history, System.getenv());
    }

    /** The same, with the environment given (NO_COLOR and PAGER are read from it). */
    Repl(Database database, Terminal terminal, Path history, Map<String, String> env) {
        this.database = database;
        this.terminal = terminal;
        this.history = history;
        this.env = env;
        this.screenOut = new Redirectable(terminal.output());
        this.screen = new PrintStream(screenOut, true, StandardCharsets.UTF_8);
        this.catalog = new Catalog(database.connection());
        this.settings = new Settings(screen);
    }

    /** What the analyst has set for this session. */
    Settings settings() {
        return settings;
    }

    /**
     * The terminal of this process (a dumb one when there is none). Signals reach the handlers the workbench sets
     * instead of ending the process, so that Ctrl-C during a statement cancels it.
     */
    public static Terminal systemTerminal() throws IOException {
        return TerminalBuilder.builder().system(true).name("exhibit")
                .signalHandler(Terminal.SignalHandler.SIG_IGN).build();
    }

    /** The history file: {@code $XDG_STATE_HOME/exhibit/history}, else {@code ~/.local/state/exhibit/history}. */
    public static Path defaultHistory() {
        return UserPaths.system().state().resolve("history");
    }

    /** Reads and runs statements until the user leaves; returns the exit status (0). */
    public int run() throws SQLException, IOException {
        reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("exhibit")
                .parser(new SqlParser())
                .completer(new SqlCompleter(catalog))
                .highlighter(SqlHighlighter.forTerminal(terminal, env))
                .variable(LineReader.HISTORY_FILE, history)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                .build();
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> cancel());
        screen.println("exhibit: " + Overview.of(database) + ". Type SQL ending with ';', \\help for help, \\q to quit.");
        try {
            startupSettings(new UserPaths(env).config().resolve("exhibitrc"));
            while (true) {
                String input;
                try {
                    String buffer = pending;
                    pending = null;
                    input = reader.readLine(PROMPT, null, buffer);
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                terminal.writer().flush();
                String command = input.trim();
                if (command.isEmpty()) {
                    continue;
                }
                if (command.startsWith("\\")) {
                    if (!backslash(command)) {
                        break;
                    }
                    continue;
                }
                runSql(input);
            }
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            worker.shutdownNow();
            settings.close();
            reader.getHistory().save();
            screen.flush();
            terminal.flush();
        }
        return 0;
    }

    /** Runs a backslash command; returns false when the user asked to leave. */
    private boolean backslash(String line) {
        String[] words = line.split("\\s+", 2);
        String argument = words.length < 2 ? "" : words[1].trim();
        var command = Commands.find(words[0]);
        if (command.isEmpty()) {
            screen.println("Unknown command " + words[0] + "; \\help lists the commands.");
            return true;
        }
        try {
            return command.get().action().run(this, argument);
        } catch (Exception e) {
            screen.println(words[0] + ": " + message(e));
            return true;
        }
    }

    /** Runs the statements typed, stopping at a cancelled one. */
    private void runSql(String input) {
        lastSql = input.strip();
        run(Script.split(input, "input"), Map.of(), false);
    }

    /**
     * Runs the backslash commands of the start-up file, one a line ({@code #} starts a comment); what a line prints
     * is shown after the file's name and the line's number, and a line that fails does not stop the others.
     */
    void startupSettings(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
            screenOut.target = said;
            try {
                if (!line.startsWith("\\")) {
                    screen.println("only backslash commands belong here (\\timing on, \\null -, \\set name value),"
                            + " not " + line);
                } else if (Commands.find(line.split("\\s+", 2)[0]).filter(c -> c.names().contains("\\q")).isPresent()) {
                    screen.println("\\q does not belong in a start-up file.");
                } else {
                    backslash(line);
                }
            } finally {
                screen.flush();
                screenOut.target = terminal.output();
            }
            for (String text : said.toString(StandardCharsets.UTF_8).split("\\R")) {
                if (!text.isBlank()) {
                    screen.println(file + ":" + (i + 1) + ": " + text);
                }
            }
        }
    }

    /**
     * {@code \e}: the last statement in {@code $VISUAL} or {@code $EDITOR} (else vi); what the editor leaves runs when
     * it ends with ";", else it waits at the prompt to be finished.
     */
    boolean edit(String argument) throws IOException, InterruptedException {
        if (!argument.isEmpty()) {
            screen.println("\\e takes no argument: it edits the last statement.");
            return true;
        }
        String editor = env.getOrDefault("VISUAL", "").isBlank() ? env.getOrDefault("EDITOR", "") : env.get("VISUAL");
        Path file = Files.createTempFile("exhibit-", ".sql");
        try {
            Files.writeString(file, lastSql == null ? "" : lastSql + "\n");
            terminal.pause();
            int status;
            try {
                status = new ProcessBuilder("sh", "-c", (editor.isBlank() ? "vi" : editor) + " \"$1\"", "sh",
                        file.toString()).inheritIO().start().waitFor();
            } finally {
                terminal.resume();
            }
            if (status != 0) {
                screen.println("The editor ended with status " + status + "; nothing was run.");
                return true;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                return true;
            }
            reader.getHistory().add(text);
            if (text.endsWith(";")) {
                screen.println(text);
                runSql(text);
            } else {
                pending = text;
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return true;
    }

    /**
     * Runs statements in order as the session's settings say, stopping at a cancelled one, and at a failed one when
     * {@code stopAtFailure}; returns the statement it stopped at, or null when all ran.
     */
    private Statement run(List<Statement> statements, Map<String, String> params, boolean stopAtFailure) {
        for (Statement statement : statements) {
            SqlRunner.Outcome outcome = query(statement, params);
            catalog.invalidate();
            if (outcome == SqlRunner.Outcome.CANCELLED || outcome == SqlRunner.Outcome.FAILED && stopAtFailure) {
                return statement;
            }
        }
        return null;
    }

    /**
     * Runs one statement as the session's settings say, its result going where results go; {@code :name} is bound
     * from {@code params}, else from the session's variables.
     */
    private SqlRunner.Outcome query(Statement statement, Map<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>(settings.variables());
        values.putAll(params);
        return execute(settings.results(), runner -> runner.run(statement, values, settings.format(),
                settings.layout(terminal.getWidth())));
    }

    /**
     * Runs {@code work} on the statement thread while this one waits, so that the terminal's Ctrl-C can cancel it;
     * whatever goes wrong there is reported in one line and the session goes on.
     */
    private SqlRunner.Outcome execute(PrintStream out, Function<SqlRunner, SqlRunner.Outcome> work) {
        Pager pager = out == screen ? pager() : null;
        ProgressStream progress = out != screen && !SqlHighlighter.dumb(terminal)
                ? new ProgressStream(out, line -> screen.print("\r\033[K" + line), System::nanoTime) : null;
        PrintStream target = pager != null ? new PrintStream(pager, false, StandardCharsets.UTF_8)
                : progress != null ? new PrintStream(progress, false, StandardCharsets.UTF_8) : out;
        SqlRunner runner = new SqlRunner(database.connection(), target, screen).timing(settings.timing()).carets(true)
                .valueHint(name -> "\\set " + name + " <value> gives it one");
        running = runner;
        try {
            Future<SqlRunner.Outcome> outcome = worker.submit(() -> work.apply(runner));
            while (true) {
                try {
                    return outcome.get();
                } catch (InterruptedException e) {
                    runner.cancel();
                } catch (ExecutionException e) {
                    screen.println("exhibit: " + message(e.getCause()));
                    return SqlRunner.Outcome.FAILED;
                }
            }
        } finally {
            running = null;
            if (pager != null) {
                target.close();
            }
            if (progress != null) {
                target.flush();
                if (progress.shown()) {
                    screen.print("\r\033[K");
                }
            }
        }
    }

    /** A pager for results on the screen when {@code $PAGER} names one and the terminal is a real one; else null. */
    private Pager pager() {
        String command = env.get("PAGER");
        if (command == null || command.isBlank() || SqlHighlighter.dumb(terminal) || terminal.getHeight() < 2) {
            return null;
        }
        return new Pager(screen, command, terminal.getHeight() - 1);
    }

    /** Ctrl-C while a statement runs: stops it; the runner says so on a line of its own, after the terminal's "^C". */
    private void cancel() {
        SqlRunner runner = running;
        if (runner != null && runner.cancel() && !SqlHighlighter.dumb(terminal)) {
            screen.println();
        }
    }

    /** {@code \d [name]}: the tables and views, or the columns of one with their types. */
    boolean describe(String name) {
        if (name.isEmpty()) {
            query(new Statement(RELATIONS, "\\d", 1), Map.of());
        } else if (!catalog.hasRelation(name)) {
            screen.println("No table or view named " + name + "; \\d lists them.");
        } else {
            query(new Statement(COLUMNS, "\\d", 1), Map.of("name", name));
        }
        return true;
    }

    /** {@code \export file query}: a query's result to a file, in its extension's format, written whole or not at all. */
    boolean export(String argument) throws IOException {
        String[] words = argument.split("\\s+", 2);
        if (words.length < 2 || words[1].isBlank()) {
            screen.println("\\export takes a file and a query: \\export facts.csv select * from facts");
            return true;
        }
        Path target = Settings.path(words[0]);
        Format format;
        try {
            format = Format.forFile(target.toString());
        } catch (IllegalArgumentException e) {
            screen.println(e.getMessage());
            return true;
        }
        List<Statement> statements = Script.split(words[1], "\\export");
        if (statements.size() != 1) {
            screen.println("\\export takes one query.");
            return true;
        }
        long[] rows = new long[1];
        boolean written = WholeFile.write(target, file -> execute(file, runner -> {
            SqlRunner.Outcome outcome = runner.run(statements.get(0), Map.of(), format, RenderOptions.DEFAULT);
            rows[0] = runner.rows();
            return outcome;
        }) == SqlRunner.Outcome.RAN);
        if (written) {
            screen.println("Exported " + rows[0] + (rows[0] == 1 ? " row" : " rows") + " to " + target + ".");
        }
        return true;
    }

    /** {@code \import file-or-dir...}: imports documents and reads the names for completion again. */
    boolean importDocuments(String argument) throws IOException {
        if (argument.isEmpty()) {
            screen.println("\\import takes files or folders: \\import filings/");
            return true;
        }
        if (database.readOnly()) {
            screen.println("\\import changes the database, so it cannot run with --read-only.");
            return true;
        }
        List<Path> paths = new ArrayList<>();
        for (String word : argument.split("\\s+")) {
            paths.add(Settings.path(word));
        }
        ImportTotals totals = new ImportTotals(ImportListener.lines(screen::println));
        List<Path> files = Documents.expand(paths);
        new Importer(database).loadFiles(files, totals);
        if (files.size() > 1) {
            totals.lines(database).forEach(screen::println);
        }
        catalog.invalidate();
        return true;
    }

    /** {@code \remove document...} or {@code \remove --company name}: documents taken out, all or nothing. */
    boolean remove(String argument) {
        List<String> words = argument.isEmpty() ? List.of() : List.of(argument.split("\\s+"));
        String company = null;
        List<String> documents = new ArrayList<>(words);
        if (!words.isEmpty() && words.get(0).equals("--company")) {
            company = String.join(" ", words.subList(1, words.size())).trim();
            documents.clear();
            if (company.isEmpty()) {
                company = null;
            }
        }
        try {
            screen.println(org.exhibit.session.Remove.run(database, documents, company).summary());
        } catch (org.exhibit.store.StoreException e) {
            screen.println(e.getMessage());
        }
        catalog.invalidate();
        return true;
    }

    /** {@code \run file.sql [name=value]...}: a script's statements, stopping at the first that fails. */
    boolean runFile(String argument) throws IOException {
        List<String> words = SavedArguments.split(argument);
        if (words.isEmpty()) {
            screen.println("\\run takes a SQL file and values for its :names: \\run report.sql company=Innovo");
            return true;
        }
        Map<String, String> params;
        try {
            params = SavedArguments.params(words.subList(1, words.size()));
        } catch (IllegalArgumentException e) {
            screen.println("\\run: " + e.getMessage());
            return true;
        }
        Path file = Settings.path(words.get(0));
        Statement stopped = run(Script.split(Files.readString(file), file.toString()), params, true);
        if (stopped != null) {
            screen.println("Stopped at " + stopped.source() + ":" + stopped.line() + "; the statements after it did not run.");
        }
        return true;
    }

    /** {@code \findings [document]}: the validation findings. */
    /** {@code \\saved}: lists the saved queries, or runs one given as {@code name k=v ...} in the current format. */
    boolean saved(String argument) {
        List<String> words = SavedArguments.split(argument);
        if (words.isEmpty()) {
            screen.println(Saved.listing());
            return true;
        }
        Map<String, String> params;
        try {
            params = SavedArguments.params(words.subList(1, words.size()));
        } catch (IllegalArgumentException e) {
            screen.println("\\saved: " + e.getMessage() + " \\saved lists the parameters.");
            return true;
        }
        try {
            Saved.Bound bound = Saved.bind(database.dsl(), words.get(0), params);
            execute(settings.results(), runner -> runner.runBound(new Statement(bound.sql(), "saved " + bound.name(), 1),
                    bound.values(), settings.format(), settings.layout(terminal.getWidth())));
        } catch (ParamException e) {
            screen.println(e.getMessage() + (e.missingParam() == null ? ""
                    : "; add " + e.missingParam() + "=... after the name: \\saved " + words.get(0) + " "
                    + e.missingParam() + "=..."));
        }
        return true;
    }

    boolean findings(String document) {
        String sql = "select document, rule, severity, concept, period_end, months, expected, actual, message, line"
                + " from findings" + (document.isEmpty() ? "" : " where document = :document")
                + " order by document, line, rule";
        query(new Statement(sql, "\\findings", 1), document.isEmpty() ? Map.of() : Map.of("document", document));
        return true;
    }

    /** {@code \explain file}: how a document is read, line by line, without loading it. */
    boolean explain(String argument) {
        if (argument.isEmpty()) {
            screen.println("\\explain takes a document file: \\explain data/innovo-2003-q1-ex99.txt");
            return true;
        }
        Path file = Settings.path(argument);
        Documents.Content read = Documents.read(file);
        if (read.bytes() == null) {
            screen.println(read.problem());
            return true;
        }
        Document document = DocumentParser.parse(Documents.name(file), read.bytes());
        PrintStream out = settings.results();
        Reading reading = Importer.factBuilder(database).read(document);
        Explanation.print(reading.document(), reading.facts(), out);
        out.flush();
        return true;
    }

    /** {@code \help}: what can be typed. */
    boolean help() {
        screen.println("SQL statements end with ';' and may span lines. Views: facts, latest_facts, findings.");
        screen.print(Commands.help());
        screen.println("Tab completes names; inside quotes, concepts and companies. Ctrl-C stops a running statement.");
        screen.println("Example: select label, period_end, months, value from facts where concept = 'Revenues';");
        return true;
    }

    /** One line for something that went wrong outside SQL. */
    private static String message(Throwable e) {
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return missing.getFile() + ": no such file or folder.";
        }
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return denied.getFile() + ": permission denied.";
        }
        String text = e.getMessage();
        return text == null || text.isBlank() ? e.getClass().getSimpleName() : text;
    }
}
