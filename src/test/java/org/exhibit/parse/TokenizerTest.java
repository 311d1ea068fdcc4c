package org.exhibit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Printed numbers as the seeds print them, and what is not a number. */
class TokenizerTest {

    private static List<String> numeric(String line) {
        return Tokenizer.tokens(line).stream().filter(Token::isNumeric)
                .map(t -> t.value().toPlainString() + "@" + t.edge()).toList();
    }

    @Test
    void readsNegativesDollarSignsAndDashZeros() {
        assertThat(Tokenizer.parseNumber("(1,234)")).isEqualByComparingTo("-1234");
        assertThat(Tokenizer.parseNumber("$(2,312)")).isEqualByComparingTo("-2312");
        assertThat(Tokenizer.parseNumber("$ (0.14)")).isEqualByComparingTo("-0.14");
        assertThat(Tokenizer.parseNumber("--")).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(Tokenizer.parseNumber("(2,312")).isNull();
        assertThat(Tokenizer.parseNumber("14,901(2003)")).isNull();
    }

    @Test
    void aLoneDollarSignJoinsTheNumberAndTheEdgeIsWhereItsDigitsEnd() {
        String line = "NET SALES                                           $ 11,915      $   3,201";
        assertThat(numeric(line)).containsExactly("11915@60", "3201@75");
        assertThat(numeric("INTEREST EXPENSE          (150)           (97)")).containsExactly("-150@30", "-97@45");
    }

    @Test
    void aRangeOfTwoNumbersIsNotOneValue() {
        List<Token> tokens = Tokenizer.tokens("Rate of compensation increase      4.00    4.25-4.50     5%-7%   $20.01–$35.00");
        assertThat(tokens).filteredOn(t -> t.kind() == Token.Kind.RANGE).extracting(Token::text)
                .containsExactly("4.25-4.50", "5%-7%", "$20.01–$35.00");
        assertThat(tokens).filteredOn(t -> t.kind() == Token.Kind.RANGE).allMatch(t -> !t.hasValue());
        assertThat(Tokenizer.parseNumber("4.25-4.50")).isNull();
        assertThat(Tokenizer.parseNumber("12-")).isEqualByComparingTo("-12");
    }

    @Test
    void leadersAreNotNumbersButNumbersAfterLeadersAre() {
        List<Token> tokens = Tokenizer.tokens("Inventories .............................................6,937");
        assertThat(tokens).extracting(Token::kind)
                .containsExactly(Token.Kind.TEXT, Token.Kind.LEADER, Token.Kind.NUMBER);
    }

    @Test
    void readsTrailingMinusesMinusSignsAndFootnotesNextToValues() {
        assertThat(Tokenizer.parseNumber("1,234-")).isEqualByComparingTo("-1234");
        assertThat(Tokenizer.parseNumber("-1,234")).isEqualByComparingTo("-1234");
        assertThat(Tokenizer.parseNumber("\u22121,234")).isEqualByComparingTo("-1234");
        assertThat(Tokenizer.parseNumber("($1,234)")).isEqualByComparingTo("-1234");
        assertThat(Tokenizer.parseNumber("1,234(a)")).isEqualByComparingTo("1234");
        assertThat(Tokenizer.parseNumber("12.5%")).isEqualByComparingTo("12.5");
        assertThat(Tokenizer.parseNumber("(-1,234)")).isNull();
    }

    @Test
    void notAvailableAndFootnoteMarksAreRecognisedNotRead() {
        assertThat(Tokenizer.tokens("Net income    1,234    n/a    nm   (a)")).extracting(Token::kind).containsExactly(
                Token.Kind.TEXT, Token.Kind.TEXT, Token.Kind.NUMBER, Token.Kind.NOT_AVAILABLE, Token.Kind.NOT_AVAILABLE,
                Token.Kind.FOOTNOTE);
    }

    @Test
    void aDayAfterAMonthsNameAndItsYearAreTextOfTheLabel() {
        assertThat(Tokenizer.tokens("Outstanding, December 31              84,604")).filteredOn(Token::isNumeric)
                .extracting(Token::text).containsExactly("84,604");
        assertThat(Tokenizer.tokens("As of December 31, 2004   2005")).filteredOn(Token::isNumeric)
                .extracting(Token::text).containsExactly("2005");
        assertThat(Tokenizer.tokens("Balance at Jan. 1   $ 40.42")).filteredOn(Token::isNumeric)
                .extracting(Token::text).containsExactly("$ 40.42");
        assertThat(Tokenizer.tokens("Sales in March  31   45")).filteredOn(Token::isNumeric)
                .extracting(Token::text).containsExactly("31", "45");
    }

    @Test
    void aNumberOfOneOrTwoDigitsOrALetterInBracketsIsAFootnoteMark() {
        assertThat(Tokenizer.tokens("$1 [2]")).extracting(Token::kind)
                .containsExactly(Token.Kind.NUMBER, Token.Kind.FOOTNOTE);
    }
}
