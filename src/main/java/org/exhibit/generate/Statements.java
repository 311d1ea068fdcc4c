package org.exhibit.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.exhibit.generate.Statement.Column;
import org.exhibit.generate.Statement.HeaderCell;
import org.exhibit.generate.Statement.Row;

/**
 * Builds the statements of one document of a company from its history: the income statement (the quarter, the year to
 * date, or three years), the balance sheet (the quarter's end and the last year end) and the cash flows (year to
 * date), with headers, labels and optional lines in the company's style.
 */
final class Statements {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMMM d,", Locale.US);
    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("MM/dd/yy", Locale.US);
    private static final String[] MONTHS = {"Three Months Ended", "Six Months Ended", "Nine Months Ended", "Twelve Months Ended"};
    private static final String[] WEEKS = {"Thirteen Weeks Ended", "Twenty-Six Weeks Ended", "Thirty-Nine Weeks Ended",
        "Fiscal Year Ended"};

    private final Company company;
    private final History history;
    private final int end;
    private final Form form;
    private final int fiscalQuarter;

    Statements(Company company, History history, int end, Form form) {
        this.company = company;
        this.history = history;
        this.end = end;
        this.form = form;
        this.fiscalQuarter = company.fiscalQuarter(end);
    }

    /** The income statement. */
    Statement income() {
        Header header = new Header();
        if (form == Form.ANNUAL) {
            header.periods(company.calendar().weeks() ? "Fiscal Years Ended" : "Years Ended",
                    List.of(new Span(end, 4), new Span(end - 4, 4), new Span(end - 8, 4)));
        } else {
            boolean quarterShown = !(fiscalQuarter == 4 && company.calendar().weeks());
            if (quarterShown) {
                header.periods(title(1), List.of(new Span(end, 1), new Span(end - 4, 1)));
            } else {
                header.periods(title(4), List.of(new Span(end, 4), new Span(end - 4, 4)));
            }
            header.change(form);
            if (fiscalQuarter > 1 && quarterShown) {
                header.periods(title(fiscalQuarter), List.of(new Span(end, fiscalQuarter), new Span(end - 4, fiscalQuarter)));
                header.change(form);
            }
        }
        Rows rows = new Rows(header.columns);
        rows.values(Item.REVENUE, 0, false, true);
        rows.values(Item.COST_OF_REVENUE, 0, false, false);
        rows.add(Row.rule());
        rows.values(Item.GROSS_PROFIT, 0, false, false);
        rows.add(Row.blank());
        rows.add(Row.heading(label("OPERATING_HEADING"), 0));
        boolean footnote = company.style().footnotes();
        rows.values(Item.SELLING_GENERAL, label(Item.SELLING_GENERAL) + (footnote ? " (1)" : ""), 2, false, false);
        if (company.style().research()) {
            rows.values(Item.RESEARCH, 2, false, false);
        }
        if (company.style().depreciationLine()) {
            rows.values(Item.DEPRECIATION, 2, false, false);
        }
        rows.add(Row.rule());
        rows.values(Item.OPERATING_EXPENSES, company.style().unlabeledOperatingTotal() ? "" : label(Item.OPERATING_EXPENSES),
                4, false, false);
        rows.add(Row.rule());
        rows.values(Item.OPERATING_INCOME, 0, false, false);
        rows.values(Item.INTEREST_EXPENSE, 0, true, false);
        rows.values(Item.OTHER_INCOME, 0, false, false);
        rows.add(Row.rule());
        rows.values(Item.PRETAX_INCOME, 0, false, false);
        rows.values(Item.INCOME_TAX, 0, false, false);
        rows.add(Row.rule());
        rows.values(Item.NET_INCOME, 0, false, true);
        rows.add(Row.doubleRule());
        rows.add(Row.blank());
        if (company.style().epsHeading()) {
            rows.add(Row.heading(label("EPS_HEADING"), 0));
            rows.values(Item.EPS_BASIC, "Basic", 2, false, true);
            rows.values(Item.EPS_DILUTED, "Diluted", 2, false, true);
            rows.add(Row.blank());
            rows.add(Row.heading(label("SHARES_HEADING"), 0));
            rows.values(Item.SHARES_BASIC, "Basic", 2, false, false);
            rows.values(Item.SHARES_DILUTED, "Diluted", 2, false, false);
        } else {
            rows.values(Item.EPS_BASIC, 0, false, true);
            rows.values(Item.EPS_DILUTED, 0, false, true);
            rows.add(Row.blank());
            rows.values(Item.SHARES_BASIC, 0, false, false);
            rows.values(Item.SHARES_DILUTED, 0, false, false);
        }
        return new Statement("income", title("INCOME_TITLE"), header.lines(), header.columns, rows.rows,
                footnote ? List.of("(1) Includes the amortization of deferred stock compensation.") : List.of());
    }

    /** The balance sheet. */
    Statement balance() {
        Header header = new Header();
        int yearEnd = end - fiscalQuarter;
        header.periods(null, List.of(new Span(end, 0), new Span(fiscalQuarter == 4 ? end - 4 : yearEnd, 0)));
        Rows rows = new Rows(header.columns);
        rows.add(Row.heading("ASSETS", 0));
        rows.add(Row.heading("Current assets:", 0));
        rows.values(Item.CASH, 2, false, true);
        rows.values(Item.RECEIVABLES, 2, false, false);
        rows.values(Item.INVENTORY, 2, false, false);
        rows.values(Item.PREPAID, 2, false, false);
        rows.add(Row.rule());
        rows.values(Item.CURRENT_ASSETS, 4, false, false);
        rows.add(Row.blank());
        rows.values(Item.PROPERTY, 0, false, false);
        if (company.style().intangibles()) {
            rows.values(Item.GOODWILL, 0, false, false);
            rows.values(Item.INTANGIBLES, 0, false, false);
        }
        rows.values(Item.OTHER_ASSETS, 0, false, false);
        rows.add(Row.rule());
        rows.values(Item.ASSETS, company.style().unlabeledAssetsTotal() ? "" : label(Item.ASSETS), 0, false, true);
        rows.add(Row.doubleRule());
        rows.add(Row.blank());
        rows.add(Row.heading("LIABILITIES AND STOCKHOLDERS' EQUITY", 0));
        rows.add(Row.heading("Current liabilities:", 0));
        rows.values(Item.PAYABLES, 2, false, true);
        rows.values(Item.CURRENT_DEBT, 2, false, false);
        rows.add(Row.rule());
        rows.values(Item.CURRENT_LIABILITIES, 4, false, false);
        rows.add(Row.blank());
        rows.values(Item.LONG_TERM_DEBT, 0, false, false);
        if (company.style().liabilitiesTotal()) {
            rows.add(Row.rule());
            rows.values(Item.LIABILITIES, 0, false, false);
        }
        rows.add(Row.blank());
        rows.add(Row.heading("Stockholders' equity:", 0));
        rows.values(Item.COMMON_STOCK, 2, false, false);
        rows.values(Item.PAID_IN_CAPITAL, 2, false, false);
        rows.values(Item.RETAINED_EARNINGS, 2, false, false);
        if (history.value(Item.TREASURY_STOCK, new Span(end, 0)) != 0) {
            rows.values(Item.TREASURY_STOCK, 2, true, false);
        }
        rows.add(Row.rule());
        rows.values(Item.EQUITY, 4, false, false);
        rows.add(Row.rule());
        rows.values(Item.LIABILITIES_AND_EQUITY, 0, false, true);
        rows.add(Row.doubleRule());
        return new Statement("balance", title("BALANCE_TITLE"), header.lines(), header.columns, rows.rows, List.of());
    }

    /** The statement of cash flows. */
    Statement cashFlow() {
        Header header = new Header();
        if (form == Form.ANNUAL) {
            header.periods(company.calendar().weeks() ? "Fiscal Years Ended" : "Years Ended",
                    List.of(new Span(end, 4), new Span(end - 4, 4), new Span(end - 8, 4)));
        } else {
            header.periods(title(fiscalQuarter), List.of(new Span(end, fiscalQuarter), new Span(end - 4, fiscalQuarter)));
        }
        Rows rows = new Rows(header.columns);
        rows.add(Row.heading("Cash flows from operating activities:", 0));
        rows.values(Item.CASH_NET_INCOME, 2, false, true);
        rows.values(Item.CASH_DEPRECIATION, 2, false, false);
        rows.values(Item.WORKING_CAPITAL, 2, false, false);
        rows.add(Row.rule());
        rows.values(Item.OPERATING_CASH, 4, false, false);
        rows.add(Row.blank());
        rows.add(Row.heading("Cash flows from investing activities:", 0));
        rows.values(Item.CAPITAL_EXPENDITURES, 2, true, false);
        rows.values(Item.DISPOSALS, 2, false, false);
        rows.add(Row.rule());
        rows.values(Item.INVESTING_CASH, 4, false, false);
        rows.add(Row.blank());
        rows.add(Row.heading("Cash flows from financing activities:", 0));
        rows.values(Item.BORROWINGS, 2, false, false);
        rows.values(Item.REPAYMENTS, 2, true, false);
        rows.add(Row.rule());
        rows.values(Item.FINANCING_CASH, 4, false, false);
        rows.add(Row.rule());
        rows.values(Item.CASH_CHANGE, 0, false, false);
        rows.values(Item.CASH_BEGINNING, 0, false, false);
        rows.add(Row.rule());
        rows.values(Item.CASH_END, 0, false, true);
        rows.add(Row.doubleRule());
        return new Statement("cashflow", title("CASHFLOW_TITLE"), header.lines(), header.columns, rows.rows, List.of());
    }

    private String title(int quarters) {
        if (quarters == 4 && !company.calendar().weeks()) {
            return form == Form.RELEASE ? MONTHS[3] : "Year Ended";
        }
        return (company.calendar().weeks() ? WEEKS : MONTHS)[quarters - 1];
    }

    private List<String> title(String key) {
        String caption = company.scale().caption(company.style().captionVariant());
        return Stream.of(company.name().toUpperCase(Locale.ROOT), label(key), caption,
                form == Form.ANNUAL ? "" : "(unaudited)").filter(s -> !s.isEmpty()).distinct().toList();
    }

    private String label(String key) {
        return company.labels().get(key);
    }

    private String label(Item item) {
        return label(item.name());
    }

    /** The columns of a statement and the lines of its header. */
    private final class Header {
        final List<Column> columns = new ArrayList<>();
        final List<HeaderCell> top = new ArrayList<>();
        final List<HeaderCell> middle = new ArrayList<>();
        final List<HeaderCell> bottom = new ArrayList<>();

        void periods(String title, List<Span> spans) {
            int first = columns.size();
            spans.forEach(span -> columns.add(Column.period(span)));
            int last = columns.size() - 1;
            if (title != null) {
                top.add(new HeaderCell(title, first, last));
            }
            List<LocalDate> dates = spans.stream().map(s -> company.end(s.end())).toList();
            if (company.style().numericDates()) {
                for (int i = 0; i < dates.size(); i++) {
                    middle.add(new HeaderCell(NUMERIC.format(dates.get(i)), first + i, first + i));
                }
                return;
            }
            List<String> days = dates.stream().map(MONTH_DAY::format).toList();
            if (days.stream().distinct().count() == 1 && first != last) {
                middle.add(new HeaderCell(days.get(0), first, last));
            } else {
                for (int i = 0; i < days.size(); i++) {
                    middle.add(new HeaderCell(days.get(i), first + i, first + i));
                }
            }
            for (int i = 0; i < dates.size(); i++) {
                bottom.add(new HeaderCell(Integer.toString(dates.get(i).getYear()), first + i, first + i));
            }
        }

        /** In press releases of companies that print them, a percent change column after the last two periods. */
        void change(Form form) {
            if (form != Form.RELEASE || !company.style().changeColumns()) {
                return;
            }
            columns.add(Column.change(columns.size() - 1, columns.size() - 2));
            List<HeaderCell> last = company.style().numericDates() ? middle : bottom;
            String heading = company.style().captionVariant() < 4 ? "Change" : "% Change";
            last.add(new HeaderCell(heading, columns.size() - 1, columns.size() - 1));
        }

        List<List<HeaderCell>> lines() {
            return Stream.of(top, middle, bottom).filter(l -> !l.isEmpty()).toList();
        }
    }

    /** The rows of a statement, each row of values filled from the history for every period column. */
    private final class Rows {
        final List<Column> columns;
        final List<Row> rows = new ArrayList<>();

        Rows(List<Column> columns) {
            this.columns = columns;
        }

        void add(Row row) {
            rows.add(row);
        }

        void values(Item item, int indent, boolean negate, boolean dollar) {
            values(item, label(item), indent, negate, dollar);
        }

        void values(Item item, String label, int indent, boolean negate, boolean dollar) {
            long[] values = new long[columns.size()];
            for (int c = 0; c < values.length; c++) {
                Column column = columns.get(c);
                values[c] = column.isPeriod() ? history.value(item, column.span()) : 0;
            }
            rows.add(new Row(Row.Kind.VALUES, label, item, values, negate, dollar, indent));
        }
    }
}
