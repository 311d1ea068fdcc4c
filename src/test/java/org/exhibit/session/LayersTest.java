package org.exhibit.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packages' arrows point one way: each source file imports only from the layers below its own. */
class LayersTest {

    private static final Path SOURCES = Path.of("src/main/java/org/exhibit");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.exhibit\\.(\\w+)\\.", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\borg\\.exhibit\\.(\\w+)\\.[A-Z]");

    @Test
    void queryKeepsSqlTextAndSavedSelectsAndUsesNothingAboveIt() {
        assertThat(usesOf("query")).as("layers query uses").doesNotContain("render", "session", "cli", "repl", "bench");
    }

    @Test
    void renderUsesNoCommandLayer() {
        assertThat(usesOf("render")).as("layers render uses").doesNotContain("session", "cli", "repl");
    }

    @Test
    void sessionIsBelowTheCommandLineAndTheWorkbench() {
        assertThat(usesOf("session")).as("layers session uses").doesNotContain("cli", "repl");
    }

    @Test
    void theCommandLineAndTheWorkbenchLeaveEachActionToTheSession() throws IOException {
        List<String> actions = List.of("new SqlRunner(", "Saved.bind(", "Saved.listing(", "Removal.", "Explanation.",
                "FactBuilder.", "new ImportTotals(", "new Importer(");
        for (String layer : List.of("cli", "repl")) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(layer))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(file);
                    for (String action : actions) {
                        // Main's first-run import of the bundled samples stays until the sample database settles it.
                        boolean firstRun = file.endsWith("Main.java") && action.equals("new Importer(");
                        assertThat(firstRun || !text.contains(action)).as(file + " does itself what the session does: "
                                + action).isTrue();
                    }
                }
            }
        }
    }

    /** The packages the files of {@code layer} (and its subpackages) import or name in full. */
    private static List<String> usesOf(String layer) {
        try (Stream<Path> files = Files.walk(SOURCES.resolve(layer))) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(LayersTest::packagesUsed)
                    .filter(used -> !used.equals(layer)).distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> packagesUsed(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Stream.Builder<String> used = Stream.builder();
        for (Pattern pattern : List.of(IMPORT, QUALIFIED)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        return used.build();
    }
}
