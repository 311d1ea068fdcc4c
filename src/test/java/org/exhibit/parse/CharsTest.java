package org.exhibit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The cheap tests that decide whether a pattern is tried at all never turn away a line the pattern would match. */
class CharsTest {

    private static final Pattern TABLE_START = Pattern.compile("(?i)\\s*<TABLE\\b[^>]*>.*");

    @Test
    void aTagLineIsRecognisedInAnyLetterCaseAfterAnyLeadingWhitespace() {
        for (String line : new String[] {"<TABLE>", "   <table width=\"100%\">", "\t\f<Table border=0>  x"}) {
            assertThat(Chars.isTag(TABLE_START, "<TABLE", line)).as(line).isTrue();
            assertThat(Chars.isTag(TABLE_START, line)).as(line).isTrue();
        }
        for (String line : new String[] {"", "   ", "x <TABLE>", "<TABLES>", "<TABL"}) {
            assertThat(Chars.isTag(TABLE_START, "<TABLE", line)).as(line).isFalse();
        }
    }

    @Test
    void aWordIsFoundInAnyLetterCaseFromTheGivenPosition() {
        String text = "<SEC-HEADER>\n<Text>\nbody\n</text>";
        assertThat(Chars.indexOfIgnoreCase(text, "<TEXT>", 0)).isEqualTo(13);
        assertThat(Chars.indexOfIgnoreCase(text, "</TEXT>", 19)).isEqualTo(25);
        assertThat(Chars.indexOfIgnoreCase(text, "<TEXT>", 14)).isEqualTo(-1);
        assertThat(Chars.indexOfIgnoreCase("ab", "abc", 0)).isEqualTo(-1);
        assertThat(Chars.indexOfIgnoreCase("xxTeXt", "text", 0)).isEqualTo(2);
    }

    @Test
    void onlyAsciiCapitalsAreLowered() {
        assertThat(Chars.asciiLower("In Thousands, \u00c9CU \u0130")).isEqualTo("in thousands, \u00c9cu \u0130");
        assertThat(Chars.containsAny("three months ended", "week", "end")).isTrue();
        assertThat(Chars.containsAny("balance", "week", "end")).isFalse();
    }
}
