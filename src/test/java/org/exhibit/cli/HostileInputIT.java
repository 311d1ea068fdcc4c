package org.exhibit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar on hostile files, in a JVM with a small heap: huge single lines, binary data and UTF-16 among good
 * documents. Each import succeeds or fails with one sentence per bad file, never an OutOfMemoryError or a stack trace,
 * and the good documents of the same import are imported.
 */
class HostileInputIT {

    private static final String SMALL_HEAP = "-Xmx256m";
    private static final int BIG_LINE_BYTES = 50 * 1024 * 1024;

    @TempDir
    Path home;

    /** Output and exit status of one run of the jar. */
    record Run(int status, String out, String err) {
    }

    private Run exhibit(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", SMALL_HEAP, "-jar", JarIT.jar().toString()));
        command.addAll(List.of(args));
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
        builder.environment().remove("EXHIBIT_DB");
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aFolderWithBinaryUtf16AndEmptyFilesAmongGoodOnesImportsTheGoodOnes() throws Exception {
        Path folder = Files.createDirectories(home.resolve("filings"));
        byte[] sample = Files.readAllBytes(Path.of("data/innovo-2003-q3-ex99.txt"));
        Files.write(folder.resolve("a-good.txt"), sample);
        byte[] pdf = new byte[3000];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
        Files.write(folder.resolve("b-binary.txt"), pdf);
        Files.write(folder.resolve("c-utf16.txt"), new String(sample, StandardCharsets.UTF_8)
                .replace("Innovo", "Utf Sixteen").getBytes(StandardCharsets.UTF_16));
        Files.write(folder.resolve("d-empty.txt"), new byte[0]);

        Run imported = exhibit("import", folder.toString());

        assertThat(imported.status()).as("a document could not be imported").isEqualTo(1);
        assertThat(imported.err()).startsWith("exhibit: b-binary.txt: not imported, not a text document (binary data at byte 9).\n"
                + "exhibit: d-empty.txt: skipped, not a filing: no statement table, no company name and no SEC header were"
                + " found in it.\n")
                .contains("exhibit: Imported 2 documents, 0 unchanged, 1 failed, 1 skipped (not filings); 232 facts;");
        assertThat(imported.out()).contains("a-good.txt: imported, Innovo Group Inc., 2 tables, 116 facts")
                .contains("c-utf16.txt: imported, Utf Sixteen Group Inc., 2 tables, 116 facts")
                .doesNotContain("d-empty.txt");

        Run explained = exhibit("import", "--explain", folder.resolve("b-binary.txt").toString());
        assertThat(explained.status()).isEqualTo(1);
        assertThat(explained.err()).isEqualTo("exhibit: " + folder.resolve("b-binary.txt")
                + ": not read, not a text document (binary data at byte 9).\n");
    }

    @Test
    void fiftyMegabyteLinesAreImportedAndExplainedInASmallHeap() throws Exception {
        for (String unit : List.of("1,234 (56) ", "Net sales increased 12% to $4.5 million. ")) {
            Path big = home.resolve("big.txt");
            try (OutputStream out = Files.newOutputStream(big)) {
                byte[] chunk = unit.repeat(64 * 1024 / unit.length()).getBytes(StandardCharsets.US_ASCII);
                for (long written = 0; written < BIG_LINE_BYTES; written += chunk.length) {
                    out.write(chunk);
                }
            }
            for (List<String> command : List.of(List.of("import", big.toString()),
                    List.of("import", "--explain", big.toString()))) {
                Run run = exhibit(command.toArray(String[]::new));
                assertThat(run.status()).as(command + ": " + run.err()).isZero();
                assertThat(run.err().lines()).as("no error, only the import's totals or that the file is no filing")
                        .allMatch(line -> line.startsWith("exhibit: Imported ")
                                || line.startsWith("exhibit: import --explain <file> shows")
                                || line.equals("exhibit: big.txt: skipped, not a filing: no statement table, no company"
                                        + " name and no SEC header were found in it."));
                assertThat(run.out() + run.err()).contains("big.txt").doesNotContain("Exception", "OutOfMemory");
            }
        }
    }

    /**
     * A 52 MB page on one line and 3 MB of distinct unclosed inline tags each ran Java out of 256 MB, and the other
     * documents of the import got no line at all: now each is refused by name in one sentence, and the rest imported.
     */
    @Test
    void aPathologicalPageIsRefusedByNameAndTheImportCarriesOn() throws Exception {
        Path folder = Files.createDirectories(home.resolve("pages"));
        String row = "<tr><td>Net sales</td><td>1,234</td><td>5,678</td></tr>";
        try (OutputStream out = Files.newOutputStream(folder.resolve("a-one-line.htm"))) {
            out.write("<html><body><table>".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = row.repeat(1000).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 52_000_000L; written += chunk.length) {
                out.write(chunk);
            }
        }
        StringBuilder unclosed = new StringBuilder("<html><body>");
        String[] tags = {"b", "i", "u", "font", "span", "em", "strong", "small", "big", "tt", "s"};
        for (int i = 0; unclosed.length() < 3_000_000; i++) {
            unclosed.append("<p><").append(tags[i % tags.length]).append(" id=\"x").append(i).append("\">w ");
        }
        Files.writeString(folder.resolve("b-unclosed.htm"), unclosed);
        Files.copy(Path.of("data/innovo-2003-q3-ex99.txt"), folder.resolve("c-good.txt"));

        Run imported = exhibit("import", folder.toString());

        assertThat(imported.status()).as(imported.err()).isEqualTo(1);
        List<String> told = imported.err().lines().toList();
        assertThat(told).hasSize(3).startsWith(
                "exhibit: a-one-line.htm: not imported, its HTML is 52,030,020 characters long, more than the 16,000,000"
                        + " exhibit lays out.",
                "exhibit: b-unclosed.htm: not imported, its HTML leaves more than 500 inline tags (<b>, <font> ...) open"
                        + " at once, which laying it out would repeat in every later paragraph.");
        assertThat(told.get(2)).startsWith("exhibit: Imported 1 document, 0 unchanged, 2 failed; 116 facts;");
        assertThat(imported.out()).contains("c-good.txt: imported, Innovo Group Inc., 2 tables, 116 facts")
                .doesNotContain("Exception", "OutOfMemory");
    }
}
