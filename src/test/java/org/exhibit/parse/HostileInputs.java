package org.exhibit.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A seeded, deterministic generator of hostile inputs for the parser: random bytes, real documents truncated at their
 * table boundaries and mutated at random, huge lines, odd encodings, NUL bytes, unclosed tables, very wide and very
 * long tables, deep HTML, huge numbers and runs of the characters the parser's patterns repeat over.
 *
 * <p>Each input is a name (enough to build it again with the same seed) and a supplier, so that only the input under
 * test is held in memory.
 */
public final class HostileInputs {

    /** One hostile input: what it is, and its bytes, built when asked for. */
    public record Input(String name, Supplier<byte[]> bytes) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Pattern TABLE_TAG = Pattern.compile("(?i)</?table\\b[^>]*>");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private final long seed;
    private final int randomCases;
    private final int bigLineBytes;
    private final List<Path> documents;
    private final int boundariesPerDocument;

    /**
     * A generator.
     *
     * @param seed the seed of every random choice
     * @param randomCases how many random-byte inputs, and how many random mutations and truncations of real documents
     * @param bigLineBytes the length of the single-line inputs
     * @param documents real documents to truncate and mutate
     * @param boundariesPerDocument how many table boundaries of each document to truncate at (all of them when larger
     *     than the number of boundaries), chosen at random
     */
    public HostileInputs(long seed, int randomCases, int bigLineBytes, List<Path> documents, int boundariesPerDocument) {
        this.seed = seed;
        this.randomCases = randomCases;
        this.bigLineBytes = bigLineBytes;
        this.documents = List.copyOf(documents);
        this.boundariesPerDocument = boundariesPerDocument;
    }

    /** Every input: the fixed shapes first, then the random ones. */
    public Stream<Input> all() {
        return Stream.of(shapes(), encodings(), truncations(), randomBytes(), mutations()).flatMap(s -> s);
    }

    /** Inputs of a fixed shape: sizes and structures the parser must survive. */
    public Stream<Input> shapes() {
        List<Input> inputs = new ArrayList<>();
        inputs.add(input("empty file", () -> new byte[0]));
        inputs.add(input("whitespace only", () -> ascii(" \t\r\n".repeat(10_000))));
        inputs.add(input("one newline", () -> ascii("\n")));
        inputs.add(input("single line of digits and spaces, " + bigLineBytes + " bytes",
                () -> ascii(repeatTo("1,234 (56) ", bigLineBytes))));
        inputs.add(input("single line of text, " + bigLineBytes + " bytes",
                () -> ascii(repeatTo("Net sales increased 12% to $4.5 million in the quarter. ", bigLineBytes))));
        inputs.add(input("single line of one digit, " + bigLineBytes + " bytes", () -> ascii("7".repeat(bigLineBytes))));
        inputs.add(input("NUL bytes only", () -> new byte[4096]));
        inputs.add(input("table without </TABLE>", () -> ascii(incomeTable(20, 2).replace("</TABLE>", ""))));
        inputs.add(input("<TABLE> at the very end", () -> ascii(incomeTable(3, 2) + "\n<TABLE>")));
        inputs.add(input("row with 10,000 columns", () -> ascii(incomeTable(3, 10_000))));
        inputs.add(input("row with 1,800 columns (a line just under the longest read)",
                () -> ascii(incomeTable(3, 1_800))));
        inputs.add(input("table with 10,000 rows", () -> ascii(incomeTable(10_000, 2))));
        inputs.add(input("untagged table with 10,000 rows", () -> ascii(incomeTable(10_000, 2)
                .replace("<TABLE>", "").replace("</TABLE>", "").replace("<S>", "   ").replace("<C>", "   "))));
        inputs.add(input("HTML nested 5,000 deep", () -> ascii(nested(5_000))));
        inputs.add(input("HTML table nested 2,000 deep", () -> ascii(nestedTables(2_000))));
        inputs.add(input("HTML table with 500 columns", () -> ascii(htmlTable(3, 500))));
        inputs.add(input("HTML table with 500 rows", () -> ascii(htmlTable(500, 2))));
        inputs.add(input("HTML table without </table>", () -> ascii(htmlTable(50, 3).replace("</table>", ""))));
        inputs.add(input("number of 5,000 digits", () -> ascii(incomeTable(3, 2)
                .replace("1,000", "9".repeat(5_000)))));
        inputs.add(input("number of 5,000 digits after a decimal point", () -> ascii(incomeTable(3, 2)
                .replace("1,000", "0." + "3".repeat(5_000)))));
        inputs.add(input("number of 2,000 groups of thousands", () -> ascii(incomeTable(3, 2)
                .replace("1,000", "1" + ",000".repeat(2_000)))));
        inputs.add(input("scale in thousands on a number of 400 digits", () -> ascii(incomeTable(3, 2)
                .replace("1,000", "9".repeat(400)))));
        for (String run : List.of(".", "-", " ", "(", ")", "()", "$", "=", "_", "*", "0", "(0", "1 ", "., ", "- ")) {
            int length = 100_000;
            inputs.add(input("run of " + length + " \"" + run + "\" in a table row",
                    () -> ascii(incomeTable(3, 2).replace("Cost of sales", "Cost of sales" + repeatTo(run, length)))));
            inputs.add(input("run of " + length + " \"" + run + "\" as prose",
                    () -> ascii("ACME CORP. REPORTS RESULTS\n\nNet sales " + repeatTo(run, length) + " 12%\n"
                            + incomeTable(3, 2))));
            inputs.add(input("run of " + length + " \"" + run + "\" in an SEC header",
                    () -> ascii("<SEC-DOCUMENT>\n<SEC-HEADER>\nCOMPANY CONFORMED NAME:" + repeatTo(run, length)
                            + "\nFILED AS OF DATE:" + repeatTo(run, length) + "\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>"
                            + repeatTo(run, length) + "\n<TEXT>\n" + incomeTable(3, 2) + "</TEXT>\n</DOCUMENT>\n")));
            inputs.add(input("run of " + length + " \"" + run + "\" in an HTML cell",
                    () -> ascii(htmlTable(3, 2).replace("1,000", repeatTo(run, length)))));
        }
        return inputs.stream();
    }

    /** A real document in UTF-16 with and without a byte-order mark, and text in Windows-1252. */
    public Stream<Input> encodings() {
        List<Input> inputs = new ArrayList<>();
        inputs.add(input("UTF-16LE with BOM", () -> withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                incomeTable(20, 2).getBytes(StandardCharsets.UTF_16LE))));
        inputs.add(input("UTF-16BE with BOM", () -> withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                incomeTable(20, 2).getBytes(StandardCharsets.UTF_16BE))));
        inputs.add(input("UTF-16LE without BOM", () -> incomeTable(20, 2).getBytes(StandardCharsets.UTF_16LE)));
        inputs.add(input("UTF-16BE without BOM", () -> incomeTable(20, 2).getBytes(StandardCharsets.UTF_16BE)));
        inputs.add(input("UTF-8 with BOM", () -> withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ascii(incomeTable(20, 2)))));
        inputs.add(input("cp1252 dashes and no-break spaces",
                () -> incomeTable(20, 2).replace("--", "\u2013").replace("  ", " \u00a0").getBytes(CP1252)));
        inputs.add(input("odd byte count UTF-16LE", () -> {
            byte[] utf16 = incomeTable(5, 2).getBytes(StandardCharsets.UTF_16LE);
            return Arrays.copyOf(utf16, utf16.length - 1);
        }));
        inputs.add(input("PDF-like binary with a text header", () -> {
            Random random = random("pdf");
            byte[] body = new byte[20_000];
            random.nextBytes(body);
            return withBom(ascii("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<< /Length 20000 >>\nstream\n"), body);
        }));
        inputs.add(input("NUL bytes sprinkled in a table", () -> {
            byte[] bytes = ascii(incomeTable(20, 2));
            Random random = random("nul");
            for (int i = 0; i < 20; i++) {
                bytes[random.nextInt(bytes.length)] = 0;
            }
            return bytes;
        }));
        for (Path document : documents.subList(0, Math.min(2, documents.size()))) {
            inputs.add(input(document.getFileName() + " in UTF-16LE with BOM",
                    () -> withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                            new String(read(document), CP1252).getBytes(StandardCharsets.UTF_16LE))));
            inputs.add(input(document.getFileName() + " in UTF-16BE without BOM",
                    () -> new String(read(document), CP1252).getBytes(StandardCharsets.UTF_16BE)));
        }
        return inputs.stream();
    }

    /** Each document cut at table boundaries (before, inside and after each table tag) and at random points. */
    public Stream<Input> truncations() {
        List<Input> inputs = new ArrayList<>();
        Random random = random("truncations");
        for (Path document : documents) {
            List<Integer> cuts = tableBoundaries(read(document));
            List<Integer> chosen = new ArrayList<>(cuts);
            while (chosen.size() > boundariesPerDocument) {
                chosen.remove(random.nextInt(chosen.size()));
            }
            for (int cut : chosen) {
                inputs.add(input(document.getFileName() + " cut at table boundary byte " + cut,
                        () -> Arrays.copyOf(read(document), cut)));
            }
        }
        for (int i = 0; i < randomCases && !documents.isEmpty(); i++) {
            Path document = documents.get(random.nextInt(documents.size()));
            double fraction = random.nextDouble();
            inputs.add(input(document.getFileName() + " cut at " + String.format(Locale.ROOT, "%.4f", fraction),
                    () -> {
                        byte[] bytes = read(document);
                        return Arrays.copyOf(bytes, (int) (bytes.length * fraction));
                    }));
        }
        return inputs.stream();
    }

    /** Random bytes of random lengths, some biased towards the characters of tables. */
    public Stream<Input> randomBytes() {
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < randomCases; i++) {
            int index = i;
            inputs.add(input("random bytes #" + i, () -> {
                Random random = random("random bytes " + index);
                int length = random.nextInt(1 << (4 + random.nextInt(14)));
                byte[] bytes = new byte[length];
                if (index % 2 == 0) {
                    random.nextBytes(bytes);
                } else {
                    byte[] alphabet = ascii("0123456789,.()$-- \n\t<>/TABLESC%abc");
                    for (int b = 0; b < length; b++) {
                        bytes[b] = alphabet[random.nextInt(alphabet.length)];
                    }
                }
                return bytes;
            }));
        }
        return inputs.stream();
    }

    /** Real documents with random bytes, lines and table tags changed, deleted or repeated. */
    public Stream<Input> mutations() {
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < randomCases && !documents.isEmpty(); i++) {
            int index = i;
            Path document = documents.get(random("mutation document " + i).nextInt(documents.size()));
            inputs.add(input(document.getFileName() + " mutated #" + i, () -> mutate(read(document),
                    random("mutation " + index))));
        }
        return inputs.stream();
    }

    private static byte[] mutate(byte[] bytes, Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 1024);
        int edits = 1 + random.nextInt(50);
        int[] at = random.ints(edits, 0, Math.max(1, bytes.length)).sorted().toArray();
        int from = 0;
        for (int position : at) {
            if (position > from) {
                out.write(bytes, from, position - from);
                from = position;
            }
            switch (random.nextInt(6)) {
                case 0 -> from = Math.min(bytes.length, from + random.nextInt(2_000));
                case 1 -> out.write(random.nextInt(256));
                case 2 -> out.writeBytes(ascii(List.of("<TABLE>", "</TABLE>", "<S>", "<C>", "<table>", "</td>", "<tr>",
                        "(", ")", "$", "--", "\r", "\t", "<PAGE>", "<TEXT>", "</DOCUMENT>").get(random.nextInt(16))));
                case 3 -> out.write(bytes, Math.max(0, from - 500), Math.min(500, from));
                case 4 -> out.writeBytes(ascii(" ".repeat(random.nextInt(300))));
                default -> out.writeBytes(ascii(Long.toString(random.nextLong())));
            }
        }
        out.write(bytes, from, bytes.length - from);
        return out.toByteArray();
    }

    /** Byte offsets just before, inside and just after every table tag of a document. */
    static List<Integer> tableBoundaries(byte[] bytes) {
        Matcher tag = TABLE_TAG.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        List<Integer> cuts = new ArrayList<>();
        while (tag.find()) {
            cuts.add(tag.start());
            cuts.add(tag.start() + (tag.end() - tag.start()) / 2);
            cuts.add(tag.end());
        }
        return cuts;
    }

    /** A text exhibit with an income statement of {@code rows} rows and {@code columns} value columns. */
    static String incomeTable(int rows, int columns) {
        StringBuilder text = new StringBuilder("ACME CORP. REPORTS THIRD QUARTER RESULTS\n\n"
                + "NEW YORK, March 3, 2003 -- Acme Corp. (NASDAQ: ACME) today reported results.\n\n<TABLE>\n"
                + "                          ACME CORP.\n            CONSOLIDATED STATEMENTS OF OPERATIONS\n"
                + "                        (in thousands)\n<CAPTION>\n");
        StringBuilder header = new StringBuilder("                          ");
        StringBuilder kinds = new StringBuilder("<S>                       ");
        for (int c = 0; c < columns; c++) {
            header.append("       ").append(2003 - c % 50);
            kinds.append("<C>        ");
        }
        text.append(header).append('\n').append(kinds).append('\n');
        for (int r = 0; r < rows; r++) {
            StringBuilder row = new StringBuilder(r == 1 ? "Cost of sales" : r == 0 ? "Net sales" : "Item " + r);
            while (row.length() < 26) {
                row.append('.');
            }
            for (int c = 0; c < columns; c++) {
                row.append(c % 3 == 2 ? "    (1,000)" : "      1,000");
            }
            text.append(row).append('\n');
        }
        return text.append("</TABLE>\n").toString();
    }

    private static String htmlTable(int rows, int columns) {
        StringBuilder html = new StringBuilder("<html><body><p>Acme Corp.</p><p>CONSOLIDATED BALANCE SHEETS</p>"
                + "<p>(in thousands)</p><table><tr><td></td>");
        for (int c = 0; c < columns; c++) {
            html.append("<td>December 31, ").append(2003 - c % 50).append("</td>");
        }
        html.append("</tr>\n");
        for (int r = 0; r < rows; r++) {
            html.append("<tr><td>").append(r == 0 ? "Total assets" : "Item " + r).append("</td>");
            for (int c = 0; c < columns; c++) {
                html.append("<td>$</td><td>1,000</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</table></body></html>\n").toString();
    }

    private static String nested(int depth) {
        return "<html><body>" + "<div><font>".repeat(depth) + "Net sales 1,000 2,000" + "</font></div>".repeat(depth)
                + "</body></html>";
    }

    private static String nestedTables(int depth) {
        return "<html><body>" + "<table><tr><td>Net sales 1,000".repeat(depth) + "</td></tr></table>".repeat(depth)
                + "</body></html>";
    }

    private Random random(String purpose) {
        return new Random(seed * 31 + purpose.hashCode());
    }

    private static Input input(String name, Supplier<byte[]> bytes) {
        return new Input(name, bytes);
    }

    private static String repeatTo(String unit, int length) {
        StringBuilder text = new StringBuilder(length + unit.length());
        while (text.length() < length) {
            text.append(unit);
        }
        text.setLength(length);
        return text.toString();
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] bytes = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        return bytes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] read(Path document) {
        try {
            return Files.readAllBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
