package org.exhibit.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.exhibit.concept.Fact;
import org.exhibit.concept.FactBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser's public API, as {@code import} and {@code import --explain} call it, over hostile inputs: no exception
 * or error escapes, and each input is read in a time bounded by its size.
 *
 * <p>The normal run is a fixed seed and a few cases; a long run: {@code mvn test -Dtest=HostileInputTest
 * -Dexhibit.fuzz.cases=100000 -Dexhibit.fuzz.seed=7 -Dexhibit.fuzz.corpus=true} (every document of the corpus cut at every
 * table boundary, and as many random inputs as asked). A failing input is named in the
 * test's display name, which with the seed is enough to build it again.
 */
class HostileInputTest {

    private static final long SEED = Long.getLong("exhibit.fuzz.seed", 20_261_123L);
    private static final int CASES = Integer.getInteger("exhibit.fuzz.cases", 20);
    private static final int BOUNDARIES = Integer.getInteger("exhibit.fuzz.boundaries", Integer.MAX_VALUE);
    private static final int LINE_BYTES = Integer.getInteger("exhibit.fuzz.line.bytes", 2_000_000);
    private static final boolean WHOLE_CORPUS = Boolean.getBoolean("exhibit.fuzz.corpus");

    /** Small real documents cut and mutated in the normal run: the samples and the smallest filings of the corpus. */
    private static final List<String> SMALL_DOCUMENTS = List.of("bristolmyers-10q-1994-06-30.txt",
            "bristolmyers-10q-1996-06-30.txt", "bristolmyers-10q-2000-03-31.txt");

    /**
     * CPU time allowed: a fixed 3 seconds plus 10 microseconds a byte, some 50 times the parser's usual pace; a hang, or
     * time growing with the square of a line's or a table's size, takes far longer. CPU time of the reading thread, not
     * wall time, so that other processes on the machine do not fail it.
     */
    private static final long BASE_MILLIS = 3_000;
    private static final double MICROS_PER_BYTE = 10;

    /** Wall time allowed for the CPU time allowed: a hang fails even on a machine shared with other builds. */
    private static final int WALL_PER_CPU = 10;

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private static final ExecutorService PARSER = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "hostile-input-parser");
        thread.setDaemon(true);
        return thread;
    });

    static Stream<HostileInputs.Input> inputs() throws IOException {
        return new HostileInputs(SEED, CASES, LINE_BYTES, documents(), BOUNDARIES).all();
    }

    /** The sample documents and a few small filings, or with {@code -Dexhibit.fuzz.corpus=true} the whole corpus. */
    static List<Path> documents() throws IOException {
        try (Stream<Path> data = Files.list(Path.of("data")); Stream<Path> corpus = Files.list(Path.of("src/test/resources/corpus"))) {
            return Stream.concat(data, corpus.filter(p -> WHOLE_CORPUS || SMALL_DOCUMENTS.contains(p.getFileName().toString())))
                    .filter(p -> p.toString().matches(".*\\.(txt|htm)$"))
                    .sorted()
                    .toList();
        }
    }

    @AfterAll
    static void stopParser() {
        PARSER.shutdownNow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void isReadWithoutExceptionInBoundedTime(HostileInputs.Input input) throws InterruptedException {
        byte[] bytes = input.bytes().get();
        long allowed = BASE_MILLIS + (long) (bytes.length * MICROS_PER_BYTE / 1000);
        Future<Long> reading = PARSER.submit(() -> {
            long start = CPU.getCurrentThreadCpuTime();
            Document document = DocumentParser.parse("hostile.txt", bytes);
            List<Fact> facts = FactBuilder.bundled().facts(document);
            assertThat(facts).allSatisfy(f -> assertThat(f.line()).isPositive());
            return (CPU.getCurrentThreadCpuTime() - start) / 1_000_000;
        });
        try {
            long cpuMillis = reading.get(allowed * WALL_PER_CPU, TimeUnit.MILLISECONDS);
            assertThat(cpuMillis).as("CPU time reading %s (%,d bytes, seed %d), ms", input.name(), bytes.length, SEED)
                    .isLessThanOrEqualTo(allowed);
        } catch (ExecutionException e) {
            throw new AssertionError("reading " + input.name() + " (seed " + SEED + ") threw " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            reading.cancel(true);
            fail("reading %s (%,d bytes, seed %d) did not end within %,d ms", input.name(), bytes.length, SEED,
                    allowed * WALL_PER_CPU);
        }
    }
}
