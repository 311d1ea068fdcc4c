package org.exhibit.query.saved;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The kinds of value a saved query's parameter takes, each with how it is written on the command line. */
public enum ParamType {
    /** A ticker, a CIK or the start of a company's name; resolved to one company before the query is built. */
    COMPANY("<company>"),
    /** A canonical concept name such as Revenues, in any letter case. */
    CONCEPT("<concept>"),
    /** A statement kind: income, balance, cashflow, equity, segment, fds or other. */
    STATEMENT("income|balance|cashflow|equity|segment|fds|other"),
    /** An ISO date, 2003-08-30. */
    DATE("<yyyy-mm-dd>"),
    /** A word such as a unit, USD or EUR. */
    TEXT("<text>"),
    /** A whole number. */
    INTEGER("<n>"),
    /** One of the words listed by the parameter. */
    CHOICE("");

    private final String shape;

    ParamType(String shape) {
        this.shape = shape;
    }

    /** How a value of this type is written, for listings and messages. */
    String shape() {
        return shape;
    }

    /** The text as a value of this type (companies and concepts are checked against the database later). */
    Object parse(Param param, String text) throws ParamException {
        String value = text.trim();
        switch (this) {
            case DATE -> {
                try {
                    return LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    throw ParamException.usage("The parameter " + param.name() + " takes a date such as 2003-08-30, not '" + text + "'.");
                }
            }
            case INTEGER -> {
                try {
                    return Integer.valueOf(value);
                } catch (NumberFormatException e) {
                    throw ParamException.usage("The parameter " + param.name() + " takes a whole number, not '" + text + "'.");
                }
            }
            case STATEMENT, CHOICE -> {
                String word = value.toLowerCase(java.util.Locale.ROOT);
                if (!param.choices().contains(word)) {
                    throw ParamException.usage("The parameter " + param.name() + " takes " + String.join(", ", param.choices())
                            + "; not '" + text + "'.");
                }
                return word;
            }
            default -> {
                if (value.isEmpty()) {
                    throw ParamException.usage("The parameter " + param.name() + " needs a value.");
                }
                return value;
            }
        }
    }
}
