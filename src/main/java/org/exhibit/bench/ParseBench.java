package org.exhibit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.exhibit.concept.FactBuilder;
import org.exhibit.parse.Document;
import org.exhibit.parse.DocumentParser;
import org.exhibit.store.Documents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code exhibit bench parse}: how fast documents held in memory become facts, on one core and on all of them, with
 * what import does before the database split into its two stages.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Parse documents held in memory into facts (what import does before the database), "
                + "single-threaded, several rounds after a warm-up, and print MB/s on one core (median of the rounds), "
                + "split into document parsing and fact building, text and HTML files, and a round over all cores.",
                "MB are 10^6 bytes of the files as read."})
public final class ParseBench implements Callable<Integer> {

    @Parameters(paramLabel = "<file-or-dir>", arity = "0..*",
            description = "Documents, or folders to search for them (default: src/test/resources/corpus and data, "
                    + "relative to the working directory, i.e. a checkout of exhibit).")
    List<Path> paths = new ArrayList<>(List.of(Path.of("src/test/resources/corpus"), Path.of("data")));

    @Option(names = "--rounds", description = "Measured rounds over all the documents (default: ${DEFAULT-VALUE}).")
    int rounds = 7;

    @Option(names = "--warmup", description = "Unmeasured rounds first, so that the JIT has compiled the parser "
            + "(default: ${DEFAULT-VALUE}).")
    int warmup = 3;

    private final PrintStream out = System.out;

    /** One file read into memory. */
    private record Source(String name, byte[] content, boolean html) {
    }

    /**
     * The time one round spent in each stage and kind of file, in nanoseconds of the clock on the wall and of the
     * thread's CPU time (which other processes sharing the machine disturb less), and the facts it made.
     */
    private static final class Round {
        static final int TEXT_PARSE = 0;
        static final int TEXT_FACTS = 1;
        static final int HTML_PARSE = 2;
        static final int HTML_FACTS = 3;
        final long[] wall = new long[4];
        final long[] cpu = new long[4];
        long textFactCount;
        long htmlFactCount;

        long wall(int... stages) {
            return sum(wall, stages);
        }

        long cpu(int... stages) {
            return sum(cpu, stages);
        }

        private static long sum(long[] nanos, int[] stages) {
            long total = 0;
            for (int stage : stages) {
                total += nanos[stage];
            }
            return total;
        }
    }

    /** The time of one round over all cores, in nanoseconds, and the facts it made. */
    private record ParallelRound(long nanos, long facts) {
    }

    @Override
    public Integer call() throws IOException {
        List<Source> sources = read(Documents.expand(paths));
        if (sources.isEmpty()) {
            System.err.println("exhibit: bench parse found no documents in " + paths + ".");
            return 1;
        }
        FactBuilder builder = FactBuilder.bundled();
        for (int i = 0; i < warmup; i++) {
            round(sources, builder);
        }
        Round[] measured = new Round[rounds];
        for (int i = 0; i < rounds; i++) {
            measured[i] = round(sources, builder);
        }
        ParallelRound[] parallel = new ParallelRound[rounds];
        for (int i = 0; i < rounds; i++) {
            parallel[i] = parallelRound(sources, builder);
        }
        print(sources, measured, parallel);
        return 0;
    }

    private static List<Source> read(List<Path> files) {
        List<Source> sources = new ArrayList<>();
        for (Path file : files) {
            Documents.Content read = Documents.read(file);
            if (read.bytes() == null) {
                throw new UncheckedIOException(new IOException(read.problem()));
            }
            String name = Documents.name(file);
            String lower = name.toLowerCase(Locale.ROOT);
            sources.add(new Source(name, read.bytes(), lower.endsWith(".htm") || lower.endsWith(".html")));
        }
        return sources;
    }

    private static Round round(List<Source> sources, FactBuilder builder) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Round round = new Round();
        for (Source source : sources) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            Document document = DocumentParser.parse(source.name(), source.content());
            long parsed = System.nanoTime();
            long parsedCpu = threads.getCurrentThreadCpuTime();
            int facts = builder.facts(document).size();
            long built = System.nanoTime();
            long builtCpu = threads.getCurrentThreadCpuTime();
            int parse = source.html() ? Round.HTML_PARSE : Round.TEXT_PARSE;
            int fact = source.html() ? Round.HTML_FACTS : Round.TEXT_FACTS;
            round.wall[parse] += parsed - start;
            round.cpu[parse] += parsedCpu - startCpu;
            round.wall[fact] += built - parsed;
            round.cpu[fact] += builtCpu - parsedCpu;
            if (source.html()) {
                round.htmlFactCount += facts;
            } else {
                round.textFactCount += facts;
            }
        }
        return round;
    }

    private static ParallelRound parallelRound(List<Source> sources, FactBuilder builder) {
        long start = System.nanoTime();
        long facts = sources.parallelStream()
                .mapToLong(source -> builder.facts(DocumentParser.parse(source.name(), source.content())).size())
                .sum();
        return new ParallelRound(System.nanoTime() - start, facts);
    }

    private void print(List<Source> sources, Round[] measured, ParallelRound[] parallel) {
        List<Source> text = sources.stream().filter(s -> !s.html()).toList();
        List<Source> html = sources.stream().filter(Source::html).toList();
        long facts = measured[0].textFactCount + measured[0].htmlFactCount;
        int textParse = Round.TEXT_PARSE;
        int textFacts = Round.TEXT_FACTS;
        int htmlParse = Round.HTML_PARSE;
        int htmlFacts = Round.HTML_FACTS;
        BenchTable table = new BenchTable("what", "documents", "MB", "facts", "median ms", "p95 ms", "MB/s",
                "documents/s", "CPU ms", "MB/s of CPU");
        row(table, "parse + facts, one core", sources, facts, measured, textParse, textFacts, htmlParse, htmlFacts);
        row(table, "document parse only, one core", sources, facts, measured, textParse, htmlParse);
        row(table, "fact building only, one core", sources, facts, measured, textFacts, htmlFacts);
        row(table, "text files (.txt …), one core", text, measured[0].textFactCount, measured, textParse, textFacts);
        row(table, "HTML files (.htm, .html), one core", html, measured[0].htmlFactCount, measured, htmlParse, htmlFacts);
        long[] parallelNanos = new long[parallel.length];
        Arrays.setAll(parallelNanos, i -> parallel[i].nanos());
        Stats wall = Stats.ofNanos(parallelNanos);
        long bytes = bytes(sources);
        table.row("parse + facts, " + Runtime.getRuntime().availableProcessors() + " cores in parallel", sources.size(),
                megabytes(bytes), parallel[0].facts(), Stats.ms(wall.median()), Stats.ms(wall.p95()),
                perSecond(bytes / 1e6, wall), perSecond(sources.size(), wall), "", "");
        table.print(out);
        out.printf(Locale.ROOT, "%d rounds after %d warm-up rounds; MB/s and documents/s from the median time on the "
                + "wall, MB/s of CPU from the median CPU time of the thread.%n", rounds, warmup);
    }

    private static void row(BenchTable table, String what, List<Source> sources, long facts, Round[] rounds,
                            int... stages) {
        long[] wall = new long[rounds.length];
        long[] cpu = new long[rounds.length];
        for (int i = 0; i < rounds.length; i++) {
            wall[i] = rounds[i].wall(stages);
            cpu[i] = rounds[i].cpu(stages);
        }
        Stats wallStats = Stats.ofNanos(wall);
        Stats cpuStats = Stats.ofNanos(cpu);
        long bytes = bytes(sources);
        table.row(what, sources.size(), megabytes(bytes), facts, Stats.ms(wallStats.median()), Stats.ms(wallStats.p95()),
                perSecond(bytes / 1e6, wallStats), perSecond(sources.size(), wallStats), Stats.ms(cpuStats.median()),
                perSecond(bytes / 1e6, cpuStats));
    }

    private static long bytes(List<Source> sources) {
        return sources.stream().mapToLong(s -> s.content().length).sum();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
    }

    /** How many of {@code amount} per second at the median time. */
    private static String perSecond(double amount, Stats stats) {
        return String.format(Locale.ROOT, "%.1f", amount / (stats.median() / 1000));
    }
}
