package org.exhibit.generate;

import java.util.List;
import java.util.Random;
import org.exhibit.generate.Statement.Row;

/**
 * Plants one mistake in a document's statements, of the kinds real filings have: a subtotal with one digit changed, a
 * basic earnings per share with its units digit wrong, a balance sheet whose equity was raised so that it no longer
 * balances. Only the first (current) column is touched, so the other columns show how the table should add up.
 */
final class Faults {

    /**
     * A planted mistake: the row the finding should name (its line is known once printed), the rule that should find
     * it, and the number the rule should expect there.
     */
    record Planted(String fault, String statement, Row row, String rule, long expected) {
    }

    private Faults() {
    }

    /** Plants a mistake of a kind drawn at random in the statements, and says what it did. */
    static Planted plant(Random random, List<Statement> statements) {
        Statement income = find(statements, "income");
        Statement balance = find(statements, "balance");
        return switch (random.nextInt(3)) {
            case 0 -> digitSlip(random, balance, Item.CURRENT_ASSETS);
            case 1 -> perShare(income);
            default -> unbalanced(balance);
        };
    }

    private static Planted digitSlip(Random random, Statement statement, Item item) {
        Row row = row(statement, item);
        long correct = row.values()[0];
        int digits = Long.toString(Math.abs(correct)).length();
        long power = (long) Math.pow(10, 1 + random.nextInt(Math.max(1, digits - 2)));
        long digit = Math.abs(correct) / power % 10;
        long changed = Math.abs(correct) + (digit == 9 ? -power : power);
        row.values()[0] = correct < 0 ? -changed : changed;
        return new Planted("sum", statement.kind(), row, "sum", correct);
    }

    private static Planted perShare(Statement statement) {
        Row row = row(statement, Item.EPS_BASIC);
        long correct = row.values()[0];
        row.values()[0] = correct + (correct < 0 ? -100 : 100);
        return new Planted("eps", statement.kind(), row, "eps", correct);
    }

    private static Planted unbalanced(Statement statement) {
        long total = row(statement, Item.LIABILITIES_AND_EQUITY).values()[0];
        long power = (long) Math.pow(10, Math.max(1, Long.toString(total).length() - 2));
        for (Item item : List.of(Item.RETAINED_EARNINGS, Item.EQUITY, Item.LIABILITIES_AND_EQUITY)) {
            row(statement, item).values()[0] += power;
        }
        return new Planted("balance", statement.kind(), row(statement, Item.ASSETS), "identity", total + power);
    }

    private static Statement find(List<Statement> statements, String kind) {
        return statements.stream().filter(s -> s.kind().equals(kind)).findFirst().orElseThrow();
    }

    private static Row row(Statement statement, Item item) {
        return statement.rows().stream().filter(r -> r.item() == item).findFirst().orElseThrow();
    }
}
