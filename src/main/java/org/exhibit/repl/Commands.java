package org.exhibit.repl;

import java.util.List;
import java.util.Optional;

/** The workbench's backslash commands: what each is called, what it takes, what it does; {@code \help} lists them. */
final class Commands {

    /** What a command does with its argument (the rest of the line, trimmed; empty when none). */
    @FunctionalInterface
    interface Action {
        /** Runs the command; returns false when the user asked to leave. */
        boolean run(Repl repl, String argument) throws Exception;
    }

    /**
     * One backslash command.
     *
     * @param names its name and short forms, each with the backslash
     * @param arguments what it takes, for the help
     * @param help what it does, in one line
     * @param action what it does
     */
    record Command(List<String> names, String arguments, String help, Action action) {
    }

    static final List<Command> ALL = List.of(
            new Command(List.of("\\d"), "[name]", "list tables and views, or the columns of one with their types",
                    (repl, argument) -> repl.describe(argument)),
            new Command(List.of("\\format"), "[name]", "show or set the output format", settings(Settings::format)),
            new Command(List.of("\\x"), "[on|off|auto]",
                    "one block per row: always, never, or when a table is wider than the screen", settings(Settings::expanded)),
            new Command(List.of("\\timing"), "[on|off]", "show the time each statement takes in its footer",
                    settings(Settings::timing)),
            new Command(List.of("\\thousands"), "[on|off]", "group the digits of decimal numbers by thousands in tables",
                    settings(Settings::thousands)),
            new Command(List.of("\\null"), "[text]", "show SQL NULL as this text ('' for nothing; default NULL)",
                    settings(Settings::nullText)),
            new Command(List.of("\\set"), "[name [value]]",
                    "give :name a value for every statement; alone, list the variables", settings(Settings::set)),
            new Command(List.of("\\unset"), "name", "forget a variable", settings(Settings::unset)),
            new Command(List.of("\\pager"), "[on|off|command]",
                    "results taller than the screen through $PAGER or less -SRXF (on), never (off), or a command",
                    settings(Settings::pager)),
            new Command(List.of("\\o"), "[file]", "send results to a file in the current format; \\o alone: to the screen",
                    settings(Settings::output)),
            new Command(List.of("\\export"), "file query", "write a query's result to a file: .csv, .tsv, .json, .md or .xlsx",
                    Repl::export),
            new Command(List.of("\\e"), "", "edit the last statement in $EDITOR; it runs when it ends with ';'",
                    Repl::edit),
            new Command(List.of("\\run"), "file.sql [name=value]...",
                    "run a script's statements, stopping at the first that fails", Repl::runFile),
            new Command(List.of("\\saved"), "[name name=value...]",
                    "list the saved queries, or run one, e.g. \\saved growth company=INNO concept=Revenues", Repl::saved),
            new Command(List.of("\\findings"), "[document]", "the validation findings, of one document or all",
                    Repl::findings),
            new Command(List.of("\\import"), "file-or-dir...", "import documents, as 'exhibit import' does",
                    Repl::importDocuments),
            new Command(List.of("\\remove"), "document... | --company name",
                    "take documents, or a company's, out of the database, as 'exhibit remove' does", Repl::remove),
            new Command(List.of("\\explain"), "file", "show how a document is read, line by line, without loading it",
                    Repl::explain),
            new Command(List.of("\\help", "\\h", "\\?"), "", "this list", (repl, argument) -> repl.help()),
            new Command(List.of("\\q", "\\quit"), "", "quit (also Ctrl-D)", (repl, argument) -> false));

    private Commands() {
    }

    /** An action that changes a setting and never ends the session. */
    private static Action settings(SettingCommand command) {
        return (repl, argument) -> {
            command.run(repl.settings(), argument);
            return true;
        };
    }

    /** A command of {@link Settings}. */
    @FunctionalInterface
    private interface SettingCommand {
        /** Runs the command on the session's settings with its argument. */
        void run(Settings settings, String argument) throws Exception;
    }

    /** The command called {@code name} (with its backslash). */
    static Optional<Command> find(String name) {
        return ALL.stream().filter(c -> c.names().contains(name)).findFirst();
    }

    /** One line per command, names and arguments aligned. */
    static String help() {
        StringBuilder help = new StringBuilder();
        for (Command command : ALL) {
            String usage = String.join(", ", command.names()) + (command.arguments().isEmpty() ? "" : " " + command.arguments());
            help.append(String.format("  %-30s %s%n", usage, command.help()));
        }
        return help.toString();
    }
}
