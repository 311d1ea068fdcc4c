package org.exhibit.generate;

import java.util.Random;

/**
 * A company's quarters, simulated in the unit of its scale so that every printed total adds up exactly: the income
 * statement of each quarter, the balance sheet at its end (assets equal liabilities and equity, retained earnings
 * moving by net income) and the cash flows between two balance sheets (the change in cash they print).
 */
final class History {

    private static final Item[] ITEMS = Item.values();

    private final long[][] quarters;

    private History(long[][] quarters) {
        this.quarters = quarters;
    }

    /** Simulates {@code count} quarters of a company whose quarterly sales start near {@code sales}. */
    static History simulate(Random random, Style style, long sales, long shares, int count) {
        long[][] quarters = new long[count + 1][];
        double growth = 0.005 + random.nextDouble() * 0.03;
        double costRate = 0.45 + random.nextDouble() * 0.3;
        double sellingRate = 0.12 + random.nextDouble() * 0.15;
        double researchRate = style.research() ? 0.03 + random.nextDouble() * 0.1 : 0;
        double taxRate = 0.3 + random.nextDouble() * 0.1;
        long[] opening = new long[ITEMS.length];
        opening[Item.PROPERTY.ordinal()] = Math.round(sales * (0.8 + random.nextDouble()));
        opening[Item.GOODWILL.ordinal()] = style.intangibles() ? Math.round(sales * (0.2 + random.nextDouble())) : 0;
        opening[Item.INTANGIBLES.ordinal()] = style.intangibles() ? Math.round(sales * (0.1 + random.nextDouble() * 0.3)) : 0;
        opening[Item.COMMON_STOCK.ordinal()] = Math.max(1, shares / 100);
        opening[Item.PAID_IN_CAPITAL.ordinal()] = Math.round(sales * (1 + random.nextDouble() * 2));
        opening[Item.RETAINED_EARNINGS.ordinal()] = Math.round(sales * (random.nextDouble() * 2 - 0.3));
        opening[Item.TREASURY_STOCK.ordinal()] = random.nextBoolean() ? Math.round(sales * random.nextDouble() * 0.2) : 0;
        opening[Item.LONG_TERM_DEBT.ordinal()] = Math.round(sales * random.nextDouble());
        opening[Item.SHARES_BASIC.ordinal()] = shares;
        close(opening, 0, Math.round(sales * 0.1));
        quarters[0] = opening;
        double level = sales;
        for (int q = 1; q <= count; q++) {
            level *= 1 + growth + (random.nextDouble() - 0.5) * 0.08;
            quarters[q] = quarter(random, quarters[q - 1], Math.max(10, Math.round(level)), costRate, sellingRate,
                    researchRate, taxRate, style);
        }
        return new History(quarters);
    }

    private static long[] quarter(Random random, long[] before, long sales, double costRate, double sellingRate,
                                  double researchRate, double taxRate, Style style) {
        long[] v = new long[ITEMS.length];
        set(v, Item.REVENUE, sales);
        set(v, Item.COST_OF_REVENUE, Math.round(sales * (costRate + (random.nextDouble() - 0.5) * 0.06)));
        set(v, Item.GROSS_PROFIT, get(v, Item.REVENUE) - get(v, Item.COST_OF_REVENUE));
        set(v, Item.SELLING_GENERAL, Math.round(sales * (sellingRate + (random.nextDouble() - 0.5) * 0.06)));
        set(v, Item.RESEARCH, Math.round(sales * researchRate));
        long depreciation = Math.max(1, Math.round(get(before, Item.PROPERTY) * 0.03));
        set(v, Item.DEPRECIATION, style.depreciationLine() ? depreciation : 0);
        set(v, Item.OPERATING_EXPENSES, get(v, Item.SELLING_GENERAL) + get(v, Item.RESEARCH) + get(v, Item.DEPRECIATION));
        set(v, Item.OPERATING_INCOME, get(v, Item.GROSS_PROFIT) - get(v, Item.OPERATING_EXPENSES));
        set(v, Item.INTEREST_EXPENSE, Math.round((get(before, Item.LONG_TERM_DEBT) + get(before, Item.CURRENT_DEBT)) * 0.018));
        set(v, Item.OTHER_INCOME, random.nextInt(5) == 0 ? 0 : Math.round(sales * (random.nextDouble() - 0.4) * 0.02));
        set(v, Item.PRETAX_INCOME, get(v, Item.OPERATING_INCOME) - get(v, Item.INTEREST_EXPENSE) + get(v, Item.OTHER_INCOME));
        set(v, Item.INCOME_TAX, Math.max(0, Math.round(get(v, Item.PRETAX_INCOME) * taxRate)));
        set(v, Item.NET_INCOME, get(v, Item.PRETAX_INCOME) - get(v, Item.INCOME_TAX));
        long shares = Math.round(get(before, Item.SHARES_BASIC) * (1 + random.nextDouble() * 0.01));
        set(v, Item.SHARES_BASIC, shares);
        set(v, Item.SHARES_DILUTED, Math.round(shares * (1.005 + random.nextDouble() * 0.04)));

        set(v, Item.RECEIVABLES, Math.round(sales * (0.5 + random.nextDouble() * 0.4)));
        set(v, Item.INVENTORY, Math.round(get(v, Item.COST_OF_REVENUE) * (0.4 + random.nextDouble() * 0.6)));
        set(v, Item.PREPAID, Math.round(sales * (0.03 + random.nextDouble() * 0.05)));
        long capitalExpenditures = Math.round(sales * (0.02 + random.nextDouble() * 0.06));
        set(v, Item.CAPITAL_EXPENDITURES, capitalExpenditures);
        long disposals = random.nextInt(3) == 0 ? 0 : Math.round(get(before, Item.PROPERTY) * random.nextDouble() * 0.02);
        set(v, Item.DISPOSALS, disposals);
        set(v, Item.PROPERTY, get(before, Item.PROPERTY) + capitalExpenditures - depreciation - disposals);
        set(v, Item.GOODWILL, get(before, Item.GOODWILL));
        set(v, Item.INTANGIBLES, get(before, Item.INTANGIBLES) - get(before, Item.INTANGIBLES) / 40);
        set(v, Item.OTHER_ASSETS, Math.round(sales * (0.02 + random.nextDouble() * 0.08)));
        set(v, Item.PAYABLES, Math.round(get(v, Item.COST_OF_REVENUE) * (0.3 + random.nextDouble() * 0.3)));
        long debt = get(before, Item.LONG_TERM_DEBT) + get(before, Item.CURRENT_DEBT);
        debt = Math.max(0, debt + Math.round(sales * (random.nextDouble() - 0.45) * 0.08));
        set(v, Item.CURRENT_DEBT, debt / 10);
        set(v, Item.LONG_TERM_DEBT, debt - debt / 10);
        set(v, Item.COMMON_STOCK, get(before, Item.COMMON_STOCK));
        set(v, Item.PAID_IN_CAPITAL, get(before, Item.PAID_IN_CAPITAL));
        set(v, Item.RETAINED_EARNINGS, get(before, Item.RETAINED_EARNINGS) + get(v, Item.NET_INCOME));
        set(v, Item.TREASURY_STOCK, get(before, Item.TREASURY_STOCK));
        close(v, depreciation, Math.round(sales * 0.05));

        set(v, Item.CASH_NET_INCOME, get(v, Item.NET_INCOME));
        set(v, Item.CASH_DEPRECIATION, depreciation);
        set(v, Item.INVESTING_CASH, disposals - capitalExpenditures);
        long change = debt(v) - debt(before);
        long refinanced = Math.round(Math.min(debt(before), sales) * random.nextDouble() * 0.1);
        set(v, Item.BORROWINGS, Math.max(0, change) + refinanced);
        set(v, Item.REPAYMENTS, Math.max(0, -change) + refinanced);
        set(v, Item.FINANCING_CASH, change);
        set(v, Item.CASH_CHANGE, get(v, Item.CASH) - get(before, Item.CASH));
        set(v, Item.OPERATING_CASH, get(v, Item.CASH_CHANGE) - get(v, Item.INVESTING_CASH) - get(v, Item.FINANCING_CASH));
        set(v, Item.WORKING_CAPITAL, get(v, Item.OPERATING_CASH) - get(v, Item.NET_INCOME) - depreciation);
        return v;
    }

    private static long debt(long[] v) {
        return get(v, Item.LONG_TERM_DEBT) + get(v, Item.CURRENT_DEBT);
    }

    /**
     * Totals the balance sheet and makes it balance through cash, borrowing more when cash would fall below
     * {@code minimumCash}.
     */
    private static void close(long[] v, long depreciation, long minimumCash) {
        long nonCash = get(v, Item.RECEIVABLES) + get(v, Item.INVENTORY) + get(v, Item.PREPAID) + get(v, Item.PROPERTY)
                + get(v, Item.GOODWILL) + get(v, Item.INTANGIBLES) + get(v, Item.OTHER_ASSETS);
        long equity = get(v, Item.COMMON_STOCK) + get(v, Item.PAID_IN_CAPITAL) + get(v, Item.RETAINED_EARNINGS)
                - get(v, Item.TREASURY_STOCK);
        long cash = get(v, Item.PAYABLES) + debt(v) + equity - nonCash;
        if (cash < minimumCash) {
            set(v, Item.LONG_TERM_DEBT, get(v, Item.LONG_TERM_DEBT) + minimumCash - cash);
            cash = minimumCash;
        }
        set(v, Item.CASH, cash);
        set(v, Item.CURRENT_ASSETS, cash + get(v, Item.RECEIVABLES) + get(v, Item.INVENTORY) + get(v, Item.PREPAID));
        set(v, Item.ASSETS, get(v, Item.CURRENT_ASSETS) + get(v, Item.PROPERTY) + get(v, Item.GOODWILL)
                + get(v, Item.INTANGIBLES) + get(v, Item.OTHER_ASSETS));
        set(v, Item.CURRENT_LIABILITIES, get(v, Item.PAYABLES) + get(v, Item.CURRENT_DEBT));
        set(v, Item.LIABILITIES, get(v, Item.CURRENT_LIABILITIES) + get(v, Item.LONG_TERM_DEBT));
        set(v, Item.EQUITY, equity);
        set(v, Item.LIABILITIES_AND_EQUITY, get(v, Item.LIABILITIES) + equity);
    }

    private static long get(long[] v, Item item) {
        return v[item.ordinal()];
    }

    private static void set(long[] v, Item item, long value) {
        v[item.ordinal()] = value;
    }

    /**
     * The value of a line for a period, in the unit of the company's scale (per-share amounts in cents): flows summed
     * over the period's quarters, share counts averaged, per-share amounts computed from them, balances at its end.
     */
    long value(Item item, Span span) {
        int end = span.end() + 1;
        int start = end - Math.max(1, span.quarters()) + 1;
        return switch (item) {
            case EPS_BASIC -> perShare(sum(Item.NET_INCOME, start, end), value(Item.SHARES_BASIC, span));
            case EPS_DILUTED -> perShare(sum(Item.NET_INCOME, start, end), value(Item.SHARES_DILUTED, span));
            case SHARES_BASIC -> Math.round(sum(item, start, end) / (double) (end - start + 1));
            case SHARES_DILUTED -> sum(Item.NET_INCOME, start, end) < 0 ? value(Item.SHARES_BASIC, span)
                    : Math.round(sum(item, start, end) / (double) (end - start + 1));
            case CASH_BEGINNING -> get(quarters[start - 1], Item.CASH);
            case CASH_END -> get(quarters[end], Item.CASH);
            default -> span.quarters() == 0 ? get(quarters[end], item) : sum(item, start, end);
        };
    }

    private long sum(Item item, int start, int end) {
        long total = 0;
        for (int q = start; q <= end; q++) {
            total += get(quarters[q], item);
        }
        return total;
    }

    /** Cents per share, rounded half away from zero. */
    private static long perShare(long income, long shares) {
        return java.math.BigDecimal.valueOf(income).multiply(java.math.BigDecimal.valueOf(100))
                .divide(java.math.BigDecimal.valueOf(shares), 0, java.math.RoundingMode.HALF_UP).longValueExact();
    }
}
