package org.exhibit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.exhibit.SmallCorpus;
import org.exhibit.repl.SavedArguments;
import org.exhibit.store.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every view and every saved query pinned by a golden file, on each engine, in the manner of H2's script tests: each
 * {@code src/test/resources/golden-sql/<case>.sql} starts with a line {@code -- exhibit: <arguments>} (the command line
 * a user types, without {@code --db}), followed by the SQL that {@code query -f} reads from the same file, if any; its
 * expected output is {@code <case>.out}: the exit status, stdout and stderr, compared exactly. The commands run through
 * the same runner as the command line, on {@link SmallCorpus}.
 *
 * <p>When the parser or a rule changes the answers on purpose, regenerate the expected outputs and read the diff:
 * {@code mvn -B test -Dtest=SqlGoldenTest -Dgolden.update=true}.
 */
class SqlGoldenTest {

    static final Path FOLDER = Path.of("src/test/resources/golden-sql");

    static Stream<Arguments> cases() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
            return Stream.of(Engine.values()).flatMap(engine -> names.stream().map(name -> Arguments.of(engine, name)));
        }
    }

    /**
     * The expected output of a case on an engine: {@code <case>.out}, unless the engine has its own
     * {@code <case>.<engine>.out} for what an analyst's own SQL cannot make the same: PostgreSQL divides decimals to
     * eight places here where H2 gives forty ({@code view-readable-csv}).
     */
    private static Path expected(String name, Engine engine) {
        Path own = FOLDER.resolve(name + "." + engine.name().toLowerCase(java.util.Locale.ROOT) + ".out");
        return engine != Engine.H2 && Files.exists(own) ? own : FOLDER.resolve(name + ".out");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void answersAsPinned(Engine engine, String name) throws IOException {
        Path sql = FOLDER.resolve(name + ".sql");
        String first = Files.readAllLines(sql, StandardCharsets.UTF_8).get(0);
        assertThat(first).as(sql + " starts with -- exhibit: <arguments>").startsWith("-- exhibit: ");
        List<String> args = new ArrayList<>(SavedArguments.split(first.substring("-- exhibit: ".length())));
        args.replaceAll(a -> a.equals("{file}") ? sql.toString() : a);
        args.add("--db");
        args.add(SmallCorpus.url(engine));
        Exhibit run = Exhibit.run(args.toArray(String[]::new));
        String actual = "exit " + run.status() + "\n-- stdout\n" + run.out().replace("\r\n", "\n") + "-- stderr\n"
                + run.err().replace("\r\n", "\n");
        Path expected = expected(name, engine);
        if (Boolean.getBoolean("golden.update") && engine == Engine.H2) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(expected).as("the expected output of " + sql + "; write it with -Dgolden.update=true").exists();
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
