package org.exhibit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The built jar started as a separate JVM with its data folders inside a test's folder, for tests of whole processes. */
final class JarProcess {

    /** Output and exit status of one finished run. */
    record Run(int status, String out, String err) {
    }

    private final Path home;
    private final java.util.Map<String, String> environment = new java.util.HashMap<>();
    private int runs;

    /** Processes whose default database, history and output files live under {@code home}. */
    JarProcess(Path home) {
        this.home = home;
    }

    /**
     * Small filings of two layouts (press releases with an income statement and balance sheet; 10-Qs with EX-27
     * schedules), for tests that need an import of many documents that still takes only seconds.
     */
    static final List<Path> SMALL_FILINGS = List.of(
            Path.of("data/innovo-2003-q1-ex99.txt"),
            Path.of("data/innovo-2003-q3-ex99.txt"),
            Path.of("src/test/resources/corpus/bristolmyers-10q-1994-06-30.txt"),
            Path.of("src/test/resources/corpus/bristolmyers-10q-1996-06-30.txt"));

    /** A new folder holding {@code copies} copies of each of {@link #SMALL_FILINGS}, each under a name of its own. */
    static Path copiesOfSmallFilings(Path folder, int copies) throws IOException {
        Files.createDirectories(folder);
        for (int copy = 1; copy <= copies; copy++) {
            for (Path source : SMALL_FILINGS) {
                Files.copy(source, folder.resolve("copy" + copy + "-" + source.getFileName()));
            }
        }
        return folder;
    }

    /** Sets {@code name} to {@code value} in the environment of the processes started from now on. */
    JarProcess environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** A started, unfinished process: stdout is a pipe the test reads, stderr a file. */
    Process start(List<String> prefix, String... args) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of("java", "-jar", JarIT.jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(home.resolve("err-" + (++runs) + ".txt").toFile());
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        builder.environment().remove("EXHIBIT_DB");
        builder.environment().remove("EXHIBIT_USER_AGENT");
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** The standard error written so far by the process started last. */
    String lastErr() throws IOException {
        return Files.readString(home.resolve("err-" + runs + ".txt"), StandardCharsets.UTF_8);
    }

    /** Runs the jar to completion with nothing on stdin; fails the test when it takes over two minutes. */
    Run run(String... args) throws IOException, InterruptedException {
        return runWithin(120, List.of(), args);
    }

    /** Runs {@code prefix} (a wrapper such as {@code sh -c}) then the jar; fails the test past {@code seconds}. */
    Run runWithin(int seconds, List<String> prefix, String... args) throws IOException, InterruptedException {
        Process process = start(prefix, args);
        process.getOutputStream().close();
        byte[][] out = new byte[1][];
        Thread reader = new Thread(() -> {
            try {
                out[0] = process.getInputStream().readAllBytes();
            } catch (IOException e) {
                out[0] = new byte[0];
            }
        });
        reader.start();
        boolean finished = process.waitFor(seconds, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        reader.join();
        assertThat(finished).as("exhibit %s finished within %d s", String.join(" ", args), seconds).isTrue();
        return new Run(process.exitValue(), new String(out[0], StandardCharsets.UTF_8), lastErr());
    }
}
