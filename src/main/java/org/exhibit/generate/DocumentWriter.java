package org.exhibit.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.exhibit.generate.Statement.Row;

/**
 * Writes one document of a company (a press release, a 10-Q or a 10-K body, optionally inside a full submission with
 * an SEC header) and records, as it prints them, the facts a reader must find in it and the mistakes planted in it.
 */
final class DocumentWriter {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.US);
    private static final String[] ORDINALS = {"first", "second", "third", "fourth"};

    /** A written document: its file name, its text, and what a reader should make of it. */
    record Written(String name, CharSequence text, List<ExpectedFact> facts, List<PlantedFault> faults) {
    }

    private final Company company;
    private final History history;

    DocumentWriter(Company company, History history) {
        this.company = company;
        this.history = history;
    }

    /**
     * Writes the document for the quarter with the given index of the company's history, planting a mistake in it
     * when {@code faulty}.
     */
    Written write(int quarter, boolean faulty, Random random) {
        int fiscalYear = company.fiscalYear(quarter);
        int fiscalQuarter = company.fiscalQuarter(quarter);
        Form form = company.style().releases() ? Form.RELEASE : fiscalQuarter == 4 ? Form.ANNUAL : Form.QUARTERLY;
        LocalDate periodEnd = company.end(quarter);
        LocalDate filed = periodEnd.plusDays(switch (form) {
            case RELEASE -> 15 + random.nextInt(25);
            case QUARTERLY -> 30 + random.nextInt(15);
            case ANNUAL -> 60 + random.nextInt(25);
        });
        String name = company.ticker().toLowerCase(Locale.ROOT) + "-" + fiscalYear
                + (form == Form.ANNUAL ? "" : "-q" + fiscalQuarter) + "-" + form.type.toLowerCase(Locale.ROOT).replace("-", "")
                + ".txt";
        Statements builder = new Statements(company, history, quarter, form);
        List<Statement> statements = new ArrayList<>(List.of(builder.income(), builder.balance()));
        if (form != Form.RELEASE || company.style().cashFlowInRelease()) {
            statements.add(builder.cashFlow());
        }
        Faults.Planted planted = faulty ? Faults.plant(random, statements) : null;

        Page page = new Page();
        if (company.style().submissions()) {
            header(page, form, quarter, periodEnd, filed);
        }
        if (form == Form.RELEASE) {
            release(page, quarter, fiscalYear, fiscalQuarter, periodEnd, filed);
        } else {
            filing(page, form, periodEnd);
        }
        List<ExpectedFact> facts = new ArrayList<>();
        List<PlantedFault> faults = new ArrayList<>();
        for (Statement statement : statements) {
            page.line("<PAGE>");
            page.blank();
            TextTable.print(statement, company.style(), page, (row, label, line) -> {
                expect(name, statement, row, label, line, facts);
                if (planted != null && row == planted.row()) {
                    faults.add(fault(name, planted, statement, line));
                }
            });
        }
        page.line(form == Form.RELEASE ? "                                 # # #" : "See accompanying notes to the financial statements.");
        if (company.style().submissions()) {
            page.line("</TEXT>");
            page.line("</DOCUMENT>");
            page.line("</SEC-DOCUMENT>");
        }
        return new Written(name, page.text(), facts, faults);
    }

    private void expect(String document, Statement statement, Row row, String label, int line, List<ExpectedFact> facts) {
        if (row.item().concept == null) {
            return;
        }
        for (int c = 0; c < statement.columns().size(); c++) {
            Statement.Column column = statement.columns().get(c);
            if (column.isPeriod()) {
                facts.add(new ExpectedFact(document, statement.kind(), row.item().concept, company.end(column.span().end()),
                        column.span().months(), full(row.item(), row.values()[c]), row.item().unit.code, line, label));
            }
        }
    }

    private PlantedFault fault(String document, Faults.Planted planted, Statement statement, int line) {
        Row row = planted.row();
        Statement.Column column = statement.columns().get(0);
        return new PlantedFault(document, planted.fault(), row.item().concept, company.end(column.span().end()),
                column.span().months(), line, planted.rule(), "error", full(row.item(), row.values()[0]),
                full(row.item(), planted.expected()));
    }

    /** A printed value in full units: money and shares times the scale, per-share amounts from cents. */
    private BigDecimal full(Item item, long value) {
        return item.unit == Item.Unit.PER_SHARE ? BigDecimal.valueOf(value, 2)
                : BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(company.scale().factor));
    }

    private void header(Page page, Form form, int quarter, LocalDate periodEnd, LocalDate filed) {
        String accession = company.cik() + "-" + String.format(Locale.ROOT, "%02d", filed.getYear() % 100) + "-"
                + String.format(Locale.ROOT, "%06d", quarter);
        String date = COMPACT.format(filed);
        page.line("<SEC-DOCUMENT>" + accession + ".txt : " + date);
        page.line("<SEC-HEADER>" + accession + ".hdr.sgml : " + date);
        page.line("ACCESSION NUMBER:\t\t" + accession);
        page.line("CONFORMED SUBMISSION TYPE:\t" + form.submissionType);
        page.line("PUBLIC DOCUMENT COUNT:\t\t" + (form == Form.RELEASE ? 2 : 1));
        page.line("CONFORMED PERIOD OF REPORT:\t" + COMPACT.format(form == Form.RELEASE ? filed : periodEnd));
        page.line("FILED AS OF DATE:\t\t" + date);
        page.blank();
        page.line("FILER:");
        page.blank();
        page.line("\tCOMPANY DATA:\t");
        page.line("\t\tCOMPANY CONFORMED NAME:\t\t\t" + company.name().toUpperCase(Locale.ROOT).replace(".", "").replace(",", ""));
        page.line("\t\tCENTRAL INDEX KEY:\t\t\t" + company.cik());
        page.line("</SEC-HEADER>");
        if (form == Form.RELEASE) {
            page.line("<DOCUMENT>");
            page.line("<TYPE>8-K");
            page.line("<SEQUENCE>1");
            page.line("<TEXT>");
            page.line("Item 7. Financial Statements and Exhibits. Exhibit 99.1 Press release dated " + LONG_DATE.format(filed) + ".");
            page.line("</TEXT>");
            page.line("</DOCUMENT>");
        }
        page.line("<DOCUMENT>");
        page.line("<TYPE>" + (form == Form.RELEASE ? "EX-99.1" : form.type));
        page.line("<SEQUENCE>" + (form == Form.RELEASE ? 2 : 1));
        if (form == Form.RELEASE) {
            page.line("<DESCRIPTION>PRESS RELEASE");
        }
        page.line("<TEXT>");
    }

    private void release(Page page, int quarter, int fiscalYear, int fiscalQuarter, LocalDate periodEnd, LocalDate released) {
        page.line("                                                                  Exhibit 99.1");
        page.blank();
        page.line("FOR IMMEDIATE RELEASE");
        page.blank();
        String period = ORDINALS[fiscalQuarter - 1] + " quarter";
        page.line("        " + company.name().toUpperCase(Locale.ROOT) + " REPORTS " + period.toUpperCase(Locale.ROOT)
                + " RESULTS");
        page.blank();
        page.line(company.city() + ", " + LONG_DATE.format(released) + " -- " + company.name() + " (" + company.exchange()
                + ": " + company.ticker() + ") today reported results for its " + period);
        page.line("ended " + LONG_DATE.format(periodEnd) + ", the " + period + " of its fiscal " + fiscalYear + ".");
        long sales = history.value(Item.REVENUE, new Span(quarter, 1)) * company.scale().factor;
        long before = history.value(Item.REVENUE, new Span(quarter - 4, 1)) * company.scale().factor;
        page.blank();
        page.line("Revenues for the quarter were " + millions(sales) + ", compared with " + millions(before)
                + " in the " + period + " of the prior year.");
        page.blank();
    }

    private static String millions(long dollars) {
        return "$" + BigDecimal.valueOf(dollars).movePointLeft(6).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()
                + " million";
    }

    private void filing(Page page, Form form, LocalDate periodEnd) {
        page.line("                    SECURITIES AND EXCHANGE COMMISSION");
        page.blank();
        page.line("                                FORM " + form.type);
        page.blank();
        page.line(form == Form.ANNUAL ? "                 ANNUAL REPORT FOR THE FISCAL YEAR ENDED " + LONG_DATE.format(periodEnd)
                .toUpperCase(Locale.ROOT) : "                For the quarterly period ended " + LONG_DATE.format(periodEnd));
        page.blank();
        page.line("                     " + company.name().toUpperCase(Locale.ROOT));
        page.line("          (Exact name of registrant as specified in its charter)");
        page.blank();
        page.line("PART I. FINANCIAL INFORMATION");
        page.blank();
        page.line(form == Form.ANNUAL ? "Item 8. Financial Statements and Supplementary Data" : "Item 1. Financial Statements");
        page.blank();
    }
}
