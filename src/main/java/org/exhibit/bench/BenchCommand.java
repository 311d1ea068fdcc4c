package org.exhibit.bench;

import picocli.CommandLine.Command;

/**
 * {@code exhibit bench}: the benchmarks, one subcommand each, every one printing a table of measured figures; hidden
 * from the usage because analysts do not need it.
 */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true,
        description = "Run a benchmark and print its figures as a table.",
        subcommands = {ParseBench.class, ImportBench.class, ImportersBench.class, MemoryBench.class, SoakBench.class, QueryBench.class,
                StartupBench.class, AccuracyBench.class})
public final class BenchCommand {
}
