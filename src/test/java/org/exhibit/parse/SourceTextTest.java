package org.exhibit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.exhibit.concept.FactBuilder;
import org.junit.jupiter.api.Test;

/** How a file's bytes become text: UTF-16 with or without a mark, UTF-8, Windows-1252, and binary data refused. */
class SourceTextTest {

    private static final Path SAMPLE = Path.of("data/innovo-2003-q1-ex99.txt");

    @Test
    void aSampleInUtf16WithOrWithoutAMarkGivesTheFactsOfTheOriginal() throws IOException {
        byte[] original = Files.readAllBytes(SAMPLE);
        String text = new String(original, StandardCharsets.UTF_8);
        String expected = GoldenFactsTest.csv(FactBuilder.bundled().facts(DocumentParser.parse(SAMPLE.toString(), original)));
        for (byte[] utf16 : List.of(
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)),
                concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)),
                text.getBytes(StandardCharsets.UTF_16LE),
                text.getBytes(StandardCharsets.UTF_16BE),
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, original))) {
            Document document = DocumentParser.parse(SAMPLE.toString(), utf16);
            assertThat(GoldenFactsTest.csv(FactBuilder.bundled().facts(document))).isEqualTo(expected);
        }
    }

    @Test
    void windows1252DashesAndNoBreakSpacesAreDecoded() {
        byte[] bytes = "Net sales \u2013 up 5%\u00a0".getBytes(Charset.forName("windows-1252"));
        assertThat(bytes).contains((byte) 0x96, (byte) 0xA0);
        assertThat(SourceText.decode(bytes)).isEqualTo(new SourceText("Net sales \u2013 up 5%\u00a0", -1));
    }

    @Test
    void binaryDataIsRefusedAtTheByteOfItsFirstControlCharacter() {
        byte[] pdf = concat("%PDF-1.4\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1), new byte[] {1, 2, 0, 5, 'x'});
        assertThat(SourceText.decode(pdf)).isEqualTo(new SourceText("", 13));
        Document document = DocumentParser.parse("x.pdf", pdf);
        assertThat(document.tables()).isEmpty();
        assertThat(document.diagnostics()).containsExactly(
                new Diagnostic(0, "not a text document (binary data at byte 13)", ""));
        assertThat(DocumentParser.unreadable(document)).contains("not a text document (binary data at byte 13)");
    }

    @Test
    void theOffsetOfBinaryDataCountsBytesNotCharacters() {
        byte[] utf8 = concat("\u20ac\u20ac\n".getBytes(StandardCharsets.UTF_8), new byte[1500]);
        assertThat(SourceText.decode(utf8).binaryAt()).isEqualTo(7);
        byte[] bytes = new byte[5000];
        Arrays.fill(bytes, 0, 4000, (byte) 'a');
        assertThat(DocumentParser.unreadable(DocumentParser.parse("x.bin", bytes)))
                .contains("not a text document (binary data at byte 4,000)");
    }

    @Test
    void aFewStrayNulsInTextAreReadAsSpaces() {
        byte[] text = ("Net sales" + "\u0000" + " ".repeat(2000) + "1,000\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(SourceText.decode(text).text()).isEqualTo("Net sales " + " ".repeat(2000) + "1,000\n");
    }

    @Test
    void aReadableDocumentIsNotUnreadable() throws IOException {
        assertThat(DocumentParser.unreadable(DocumentParser.parse("s.txt", Files.readAllBytes(SAMPLE)))).isEmpty();
        assertThat(DocumentParser.unreadable(DocumentParser.parse("empty.txt", new byte[0]))).isEmpty();
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] bytes = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, bytes, head.length, tail.length);
        return bytes;
    }
}
