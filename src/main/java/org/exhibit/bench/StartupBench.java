package org.exhibit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code exhibit bench startup}: the wall time of whole processes started from this jar, taken in turns so that the
 * machine's load falls on all of them alike: {@code exhibit query "select 1"}, H2's own {@code Shell} doing the same,
 * {@code exhibit --help}, and the workbench until its prompt is on a pseudo terminal.
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = "Time exhibit's start-up against H2's Shell, whole processes taken in turns.")
public final class StartupBench implements Callable<Integer> {

    /** What the workbench prints when it is ready for a statement. */
    private static final String PROMPT = "exhibit> ";

    @Option(names = "--runs", paramLabel = "<n>", defaultValue = "10", description = "Runs of each (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--db", paramLabel = "<jdbc-url>",
            description = "The database to open (default: a new one in a temporary folder, with the sample documents).")
    String url;

    @Option(names = "--jar", paramLabel = "<exhibit.jar>",
            description = "The exhibit jar to time, e.g. an older build to compare with (default: this one).")
    Path jarToTime;

    @Option(names = "--java-option", paramLabel = "<option>",
            description = "A JVM option for every exhibit process, e.g. -XX:SharedArchiveFile=target/exhibit.jsa.")
    List<String> javaOptions = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        String java = Bench.java();
        String jar = (jarToTime != null ? jarToTime : Bench.jar()).toString();
        String db = url;
        if (db == null) {
            Path folder = Files.createTempDirectory("exhibit-startup");
            db = "jdbc:h2:file:" + folder.resolve("exhibit");
            run(command(java, jar, List.of("--db", db)), null);
        }
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("exhibit query \"select 1\"", command(java, jar, List.of("query", "--db", db, "select 1")));
        commands.put("H2 Shell -sql \"select 1\"",
                List.of(java, "-cp", jar, "org.h2.tools.Shell", "-url", db, "-sql", "select 1"));
        commands.put("exhibit --help", command(java, jar, List.of("--help")));
        String repl = String.join(" ", command(java, jar, List.of("repl", "--db", db)).stream().map(StartupBench::quote).toList());
        // script(1) gives the workbench a pseudo terminal, of no size until stty sets one (JLine elides the prompt then).
        commands.put("exhibit repl, until its prompt (pty)",
                List.of("script", "-qfec", "stty cols 120 rows 40; exec " + repl, "/dev/null"));

        Map<String, long[]> nanos = new LinkedHashMap<>();
        commands.keySet().forEach(name -> nanos.put(name, new long[runs]));
        for (List<String> command : commands.values()) {
            run(command, command.get(0).equals("script") ? PROMPT : null);
        }
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                List<String> argv = command.getValue();
                nanos.get(command.getKey())[i] = run(argv, argv.get(0).equals("script") ? PROMPT : null);
            }
        }
        double shell = Stats.ofNanos(nanos.get("H2 Shell -sql \"select 1\"")).median();
        BenchTable table = new BenchTable("process", "median s", "min s", "max s", "runs", "median / H2 Shell's");
        for (Map.Entry<String, long[]> entry : nanos.entrySet()) {
            Stats stats = Stats.ofNanos(entry.getValue());
            table.row(entry.getKey(), seconds(stats.median()), seconds(stats.min()), seconds(stats.max()), stats.runs(),
                    String.format(Locale.ROOT, "%.2f", stats.median() / shell));
        }
        table.print(System.out);
        return 0;
    }

    private List<String> command(String java, String jar, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar);
        command.addAll(args);
        return command;
    }

    /**
     * Runs a process to its end and returns its wall time in nanoseconds; with {@code until}, the time until its output
     * shows that text, after which it is told to quit ({@code \q}) and waited for.
     */
    private static long run(List<String> command, String until) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        long start = System.nanoTime();
        Process process = builder.start();
        long elapsed;
        if (until == null) {
            process.getOutputStream().close();
            process.getInputStream().transferTo(OutputStream.nullOutputStream());
            process.waitFor();
            elapsed = System.nanoTime() - start;
        } else {
            elapsed = waitFor(process.getInputStream(), until, start, command);
            process.getOutputStream().write("\\q\n".getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
            process.getInputStream().transferTo(OutputStream.nullOutputStream());
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited with status " + process.exitValue());
        }
        return elapsed;
    }

    private static long waitFor(InputStream in, String text, long start, List<String> command) throws IOException {
        StringBuilder seen = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            seen.append((char) c);
            if (seen.length() >= text.length() && seen.lastIndexOf(text) == seen.length() - text.length()) {
                return System.nanoTime() - start;
            }
        }
        throw new IOException(String.join(" ", command) + " ended before printing '" + text.strip() + "': " + seen);
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static String seconds(double millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000);
    }
}
