package org.exhibit.fetch;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What to fetch: the filings of one company (or, with {@code everyCompany}, of every company) of some form types filed
 * between two dates, optionally only those holding a document of some exhibit types.
 *
 * @param company a ticker, a CIK or a company name; null with {@code everyCompany}
 * @param everyCompany whether to take every company the indexes list with one of the forms
 * @param forms the form types, in upper case, e.g. {@code 10-K}, {@code 10-K405}
 * @param exhibits document types a submission must hold one of to be kept (empty: every submission), e.g. {@code EX-27}
 * @param from the first date filed
 * @param to the last date filed
 */
public record FetchRequest(String company, boolean everyCompany, Set<String> forms, List<String> exhibits, LocalDate from,
        LocalDate to) {
}
