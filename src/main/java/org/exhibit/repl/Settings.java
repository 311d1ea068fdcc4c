package org.exhibit.repl;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.exhibit.render.Format;
import org.exhibit.render.RenderOptions;
import org.exhibit.store.UserPaths;

/**
 * What the analyst has set for a workbench session, and the commands that set it: the format, how NULL looks,
 * expanded display, timing, whether results go to the screen or to a file, and the variables {@code :name} reads.
 */
final class Settings {

    private final PrintStream screen;
    private Format format = Format.TABLE;
    private RenderOptions options = RenderOptions.DEFAULT;
    private boolean timing;
    private String pager = Pager.ON;
    private Output output;
    private final Map<String, String> variables = new TreeMap<>();

    /** A file results go to instead of the screen. */
    private record Output(Path path, org.exhibit.render.WholeFile file) {
        PrintStream stream() {
            return file.stream();
        }
    }

    /** Settings whose commands answer on {@code screen}, where results go until {@code \o} says otherwise. */
    Settings(PrintStream screen) {
        this.screen = screen;
    }

    /** The format results are printed in. */
    Format format() {
        return format;
    }

    /** Whether footers say how long a statement took. */
    boolean timing() {
        return timing;
    }

    /** Where results go: the file of {@code \o}, else the screen. */
    PrintStream results() {
        return output == null ? screen : output.stream();
    }

    /** The layout for where results go: as wide as the terminal ({@code columns}) on the screen, unlimited in a file. */
    RenderOptions layout(int columns) {
        return options.withWidth(output == null ? columns : 0);
    }

    /** Closes the file of {@code \o}, if any, putting it in place when every result was written whole. */
    void close() {
        if (output != null) {
            try (org.exhibit.render.WholeFile file = output.file()) {
                file.commit();
            } catch (IOException e) {
                screen.println("exhibit: " + e.getMessage() + "; nothing was written to " + output.path() + ".");
            }
            output = null;
        }
    }

    /** {@code \format [name]}: shows or sets the output format. */
    void format(String name) {
        if (name.isEmpty()) {
            screen.println("Output format: " + lower(format) + " (one of " + Format.names() + ")");
        } else {
            try {
                Format chosen = Format.of(name);
                if (chosen.binary()) {
                    screen.println(lower(chosen) + " is a workbook, not text for the screen or \\o: \\export result."
                            + lower(chosen) + " select ... writes one.");
                    return;
                }
                format = chosen;
            } catch (IllegalArgumentException e) {
                screen.println(e.getMessage());
            }
        }
    }

    /** {@code \x [on|off|auto]}: one block per row always, never, or when a table is too wide; alone, toggles. */
    void expanded(String mode) {
        RenderOptions.Expanded next;
        if (mode.isEmpty()) {
            next = options.expanded() == RenderOptions.Expanded.ON ? RenderOptions.Expanded.OFF : RenderOptions.Expanded.ON;
        } else {
            try {
                next = RenderOptions.Expanded.valueOf(mode.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                screen.println("\\x takes on, off or auto.");
                return;
            }
        }
        options = options.withExpanded(next);
        screen.println("Expanded display is " + lower(next) + ".");
    }

    /** {@code \timing [on|off]}: the time taken in each footer; alone, toggles. */
    void timing(String mode) {
        Boolean on = onOff(mode, timing);
        if (on == null) {
            screen.println("\\timing takes on or off.");
            return;
        }
        timing = on;
        screen.println("Timing is " + (timing ? "on" : "off") + ".");
    }

    /** {@code \thousands [on|off]}: digits of decimal numbers grouped by thousands in tables; alone, toggles. */
    void thousands(String mode) {
        Boolean on = onOff(mode, options.thousands());
        if (on == null) {
            screen.println("\\thousands takes on or off.");
            return;
        }
        options = options.withThousands(on);
        screen.println("Thousands separators are " + (on ? "on" : "off") + ".");
    }

    /** {@code \null [text]}: how NULL is shown; quotes around the text are dropped, so {@code ''} is nothing. */
    void nullText(String text) {
        if (!text.isEmpty()) {
            options = options.withNullText(unquoted(text));
        }
        screen.println("NULL is shown as '" + (options.nullText() == null ? "NULL" : options.nullText()) + "'.");
    }

    /** The pager the user chose: {@link Pager#ON} for the usual one, {@link Pager#OFF}, or a shell command. */
    String pager() {
        return pager;
    }

    /** {@code \pager [on|off|command]}: how results taller than the screen are shown; alone, says how. */
    void pager(String choice) {
        if (!choice.isEmpty()) {
            pager = switch (choice.toLowerCase(Locale.ROOT)) {
                case "on" -> Pager.ON;
                case "off" -> Pager.OFF;
                default -> choice;
            };
        }
        screen.println(switch (pager) {
            case Pager.ON -> "Results taller than the screen go through $PAGER, else less -SRXF when installed.";
            case Pager.OFF -> "Results are never paged.";
            default -> "Results taller than the screen go through: " + pager;
        });
    }

    /** {@code \o [file]}: results to a file, in the current format; alone, back to the screen. */
    void output(String file) throws IOException {
        close();
        if (file.isEmpty()) {
            screen.println("Results go to the screen.");
            return;
        }
        Path path = path(file);
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            screen.println("\\o writes text results, not a workbook: \\export " + file + " select ... writes one.");
            return;
        }
        output = new Output(path, org.exhibit.render.WholeFile.create(path));
        screen.println("Results go to " + path + " as " + lower(format) + "; \\o alone sends them back to the screen.");
    }

    /** The session's variables, bound to {@code :name} in every statement. */
    Map<String, String> variables() {
        return Collections.unmodifiableMap(variables);
    }

    /**
     * {@code \set [name [value]]}: gives {@code :name} a value (the rest of the line; quotes around it are dropped; none
     * is the empty text); alone, lists the variables.
     */
    void set(String argument) {
        if (argument.isEmpty()) {
            if (variables.isEmpty()) {
                screen.println("No variables are set; \\set name value sets one, and :name in a statement reads it.");
            }
            variables.forEach((name, value) -> screen.println(name + " = '" + value + "'"));
            return;
        }
        String[] words = argument.split("\\s+", 2);
        if (!NAME.matcher(words[0]).matches()) {
            screen.println("\\set: " + words[0] + " is not a name (letters, digits and _, not starting with a digit).");
            return;
        }
        variables.put(words[0], unquoted(words.length < 2 ? "" : words[1].trim()));
    }

    /** The unset command: forgets a variable. */
    void unset(String name) {
        if (name.isEmpty()) {
            screen.println("\\unset takes the name of a variable; \\set lists them.");
        } else if (variables.remove(name) == null) {
            screen.println("No variable named " + name + "; \\set lists them.");
        }
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** The text without one pair of quotes around it. */
    private static String unquoted(String text) {
        boolean quoted = text.length() >= 2 && (text.startsWith("'") && text.endsWith("'")
                || text.startsWith("\"") && text.endsWith("\""));
        return quoted ? text.substring(1, text.length() - 1) : text;
    }

    /** "on" or "off", or the other of {@code current} when empty; null for anything else. */
    private static Boolean onOff(String word, boolean current) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "" -> !current;
            case "on" -> true;
            case "off" -> false;
            default -> null;
        };
    }

    /** A file the user named, with "~/" for the home folder. */
    static Path path(String name) {
        return UserPaths.system().expand(name);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
