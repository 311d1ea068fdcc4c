package org.exhibit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.exhibit.generate.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code exhibit generate}: write a synthetic corpus with its expected facts and planted faults. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a synthetic corpus of text exhibits (press releases, 10-Q and 10-K bodies, some inside SEC"
                + " submissions) with consistent statements, for trying exhibit and for benchmarks.",
            "Beside the documents: " + CorpusGenerator.FACTS + " (every fact a reader must find, with its line) and "
                + CorpusGenerator.FAULTS + " (the mistakes planted, with the finding check should make of each).",
            "The same options write the same bytes."})
final class GenerateCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--companies", paramLabel = "<n>", defaultValue = "10", description = "Companies (default: ${DEFAULT-VALUE}).")
    int companies;

    @Option(names = "--periods", paramLabel = "<m>", defaultValue = "4",
            description = "Consecutive quarters each company reports, one document each (default: ${DEFAULT-VALUE}).")
    int periods;

    @Option(names = "--seed", paramLabel = "<s>", defaultValue = "1", description = "Seed of every choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--megabytes", paramLabel = "<mb>",
            description = "Add companies until the documents hold this many megabytes (instead of --companies).")
    Long megabytes;

    @Parameters(index = "0", paramLabel = "<dir>", description = "The folder to write into (created if missing).")
    Path folder;

    @Override
    public Integer call() throws IOException {
        if (companies < 1 || periods < 1 || megabytes != null && megabytes < 1) {
            main.context.err().println("exhibit: --companies, --periods and --megabytes must be at least 1.");
            return Main.USAGE;
        }
        long started = System.nanoTime();
        CorpusGenerator.Summary summary = CorpusGenerator.generate(
                new CorpusGenerator.Options(companies, periods, seed, megabytes == null ? 0 : megabytes * 1_000_000), folder);
        double seconds = (System.nanoTime() - started) / 1e9;
        main.context.out().printf(Locale.ROOT, "exhibit: wrote %d documents of %d companies to %s: %.1f MB, %d expected facts,"
                + " %d planted faults, in %.1f s.%n", summary.documents(), summary.companies(), folder,
                summary.bytes() / 1e6, summary.facts(), summary.faults(), seconds);
        return Main.OK;
    }
}
