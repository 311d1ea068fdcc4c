package org.exhibit.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a file's bytes, or where its binary data starts: UTF-16 when a byte-order mark or the zero bytes of
 * UTF-16 ASCII say so, else UTF-8 when the bytes are valid UTF-8, else Windows-1252 (the usual EDGAR fallback).
 *
 * <p>Text that is more than one part in a thousand control characters that text files do not use (NUL and the like;
 * tab, line and page breaks, SUB and ESC are text) is binary data; fewer such characters are read as spaces.
 *
 * @param text the decoded text, control characters as spaces; empty for binary data
 * @param binaryAt the byte offset of the first control character of binary data, or -1 for text
 */
record SourceText(String text, long binaryAt) {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final int SNIFFED_BYTES = 4096;

    /** Decodes a file's bytes. */
    static SourceText decode(byte[] content) {
        if (startsWith(content, 0xFF, 0xFE)) {
            return checked(new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE), 2, 2);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return checked(new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE), 2, 2);
        }
        Charset utf16 = utf16WithoutMark(content);
        if (utf16 != null) {
            return checked(new String(content, utf16), 0, 2);
        }
        int mark = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (isUtf8(content, mark)) {
            return checked(new String(content, mark, content.length - mark, StandardCharsets.UTF_8), mark, -1);
        }
        return checked(new String(content, CP1252), 0, 1);
    }

    /**
     * Whether the bytes from {@code from} on are valid UTF-8, checked through a small buffer so that a big file is not
     * decoded twice in memory.
     */
    private static boolean isUtf8(byte[] content, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, from, content.length - from);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
            out.clear();
        }
    }

    /** Whether the bytes are text. */
    boolean isText() {
        return binaryAt < 0;
    }

    /**
     * The text, or binary data with the byte offset of its first control character.
     *
     * @param offset bytes before the text (a byte-order mark)
     * @param bytesPerChar bytes of each character, or -1 for UTF-8 (counted from the text)
     */
    private static SourceText checked(String text, int offset, int bytesPerChar) {
        int first = -1;
        long controls = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isBinary(text.charAt(i))) {
                controls++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (controls == 0) {
            return new SourceText(text, -1);
        }
        if (controls * 1000 > text.length()) {
            long at = offset + (bytesPerChar > 0 ? (long) first * bytesPerChar
                    : text.substring(0, first).getBytes(StandardCharsets.UTF_8).length);
            return new SourceText("", at);
        }
        StringBuilder spaced = new StringBuilder(text);
        for (int i = first; i < spaced.length(); i++) {
            if (isBinary(spaced.charAt(i))) {
                spaced.setCharAt(i, ' ');
            }
        }
        return new SourceText(spaced.toString(), -1);
    }

    /** Whether a character is a control character that text files do not use. */
    private static boolean isBinary(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r' && c != 0x1A && c != 0x1B;
    }

    /** UTF-16 without a byte-order mark: ASCII text whose every other byte is zero, or null when it is not that. */
    private static Charset utf16WithoutMark(byte[] content) {
        int pairs = Math.min(content.length, SNIFFED_BYTES) / 2;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs; i++) {
            evenZeros += content[2 * i] == 0 ? 1 : 0;
            oddZeros += content[2 * i + 1] == 0 ? 1 : 0;
        }
        if (pairs == 0 || Math.abs(evenZeros - oddZeros) * 10 < pairs * 9) {
            return null;
        }
        return evenZeros > oddZeros ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
