package org.exhibit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two hundred real filings of the test corpus, mutated with a fixed seed (cut short, a part repeated, tags spliced in,
 * bytes flipped, a line of hundreds of kilobytes added), imported in one batch by the built jar in a 256 MB heap. Fails
 * on a crash, a hang, a stack trace or any line on stderr that is not one sentence about one document, and on any
 * document that gets no line at all (a batch-wide loss). {@code -Dexhibit.fuzz.seed} and {@code -Dexhibit.fuzz.cases}
 * run others.
 */
class FuzzIT {

    private static final long SEED = Long.getLong("exhibit.fuzz.seed", 16);
    private static final int CASES = Integer.getInteger("exhibit.fuzz.cases", 200);
    /** Filings up to this size, so that the batch takes seconds rather than minutes. */
    private static final long LARGEST_BASE = 300_000;
    private static final List<String> TAGS = List.of("<TABLE>", "</TABLE>", "<S>", "<C>", "<CAPTION>", "<PAGE>", "<td>",
            "</td>", "<tr>", "<table>", "</table>", "<b>", "<font size=2>", "<p>", "<DOCUMENT>", "</DOCUMENT>",
            "<TYPE>EX-27", "<TEXT>", "</TEXT>", "<html>", "<div style=\"x\">", "(1,234)", "$", "--------", "=====");

    @TempDir
    Path home;

    @Test
    void mutatedFilingsNeverCrashHangOrLoseTheBatch() throws Exception {
        List<Path> bases;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus"))) {
            bases = files.filter(f -> f.getFileName().toString().matches(".*\\.(txt|htm)"))
                    .filter(f -> size(f) <= LARGEST_BASE).sorted().toList();
        }
        assertThat(bases).hasSizeGreaterThan(10);
        Path folder = Files.createDirectories(home.resolve("mutants"));
        Random random = new Random(SEED);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            Path base = bases.get(random.nextInt(bases.size()));
            byte[] bytes = Files.readAllBytes(base);
            String kind = List.of("cut", "repeat", "splice", "flip", "huge-line").get(random.nextInt(5));
            byte[] mutant = mutate(kind, bytes, random);
            String name = String.format("%03d-%s-%s", i, kind, base.getFileName());
            Files.write(folder.resolve(name), mutant);
            names.add(name);
        }

        List<String> command = List.of("java", "-Xmx256m", "-jar", JarIT.jar().toString(), "import", "--db",
                "jdbc:h2:file:" + home.resolve("fuzz"), folder.toString());
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.environment().remove("EXHIBIT_DB");
        Process process = builder.start();
        boolean finished = process.waitFor(300, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        assertThat(finished).as("the import of %d mutants (seed %d) finished in 300 s", CASES, SEED).isTrue();
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(stderr).isIn(0, 1);
        for (String line : stderr.lines().toList()) {
            assertThat(line).as("stderr holds one sentence per document and the closing total, seed %d", SEED)
                    .matches("exhibit: (\\d{3}-[a-z-]+-[^:]+: (not imported|skipped), .*\\."
                            + "|Imported .*|import --explain <file> shows .*\\.)")
                    .doesNotContain("Exception", "\tat ", "OutOfMemory");
        }
        assertThat(stderr.lines().filter(l -> l.startsWith("exhibit: Imported ")))
                .as("one closing total, seed %d", SEED).hasSize(1);
        for (String name : names) {
            assertThat(stdout.contains(name + ": ") || stderr.contains("exhibit: " + name + ": "))
                    .as("%s has a line of its own (seed %d)", name, SEED).isTrue();
        }
        long imported = stdout.lines().filter(l -> l.matches("\\d{3}-.*: (imported|replaced|unchanged).*")).count();
        assertThat(imported).as("most mutants still read as documents").isGreaterThan(CASES / 2);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /** One mutation of {@code bytes}, chosen by {@code kind}, placed by {@code random}. */
    static byte[] mutate(String kind, byte[] bytes, Random random) {
        int at = random.nextInt(Math.max(1, bytes.length));
        switch (kind) {
            case "cut" -> {
                return Arrays.copyOf(bytes, at);
            }
            case "repeat" -> {
                int length = Math.min(bytes.length - at, 1 + random.nextInt(65_536));
                return splice(bytes, at, Arrays.copyOfRange(bytes, at, at + length));
            }
            case "splice" -> {
                byte[] result = bytes;
                for (int n = 1 + random.nextInt(20); n > 0; n--) {
                    byte[] tag = TAGS.get(random.nextInt(TAGS.size())).getBytes(StandardCharsets.US_ASCII);
                    result = splice(result, random.nextInt(Math.max(1, result.length)), tag);
                }
                return result;
            }
            case "flip" -> {
                byte[] result = bytes.clone();
                for (int n = 1 + random.nextInt(50); n > 0 && result.length > 0; n--) {
                    result[random.nextInt(result.length)] = (byte) random.nextInt(256);
                }
                return result;
            }
            default -> {
                String unit = List.of("1,234 ", "<b>x", "(56) ", "......", "Net sales increased 5%. ")
                        .get(random.nextInt(5));
                return splice(bytes, at, unit.repeat(300_000 / unit.length()).getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    private static byte[] splice(byte[] bytes, int at, byte[] inserted) {
        byte[] result = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
        return result;
    }
}
