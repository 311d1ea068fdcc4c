package org.exhibit.query.saved;

import static org.exhibit.store.schema.Tables.COMPANY;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jooq.DSLContext;
import org.jooq.Record4;

/**
 * A company a saved query is about, found from a ticker, a CIK or the start of its name.
 *
 * @param id the company's key in the database
 * @param name the company's name as shown in facts
 */
public record Company(long id, String name) {

    /**
     * The one company {@code given} names: its ticker, its CIK (leading zeros optional), its whole name or the start of
     * its name, all without regard to letter case; the first of these that matches anything decides.
     */
    public static Company resolve(DSLContext dsl, String given) throws ParamException {
        String wanted = given.trim().toLowerCase(Locale.ROOT);
        List<Record4<Long, String, String, String>> companies = dsl
                .select(COMPANY.ID, COMPANY.NAME, COMPANY.TICKER, COMPANY.CIK)
                .from(COMPANY)
                .orderBy(COMPANY.NAME)
                .fetch();
        List<Predicate<Record4<Long, String, String, String>>> tiers = List.of(
                c -> c.value3() != null && c.value3().toLowerCase(Locale.ROOT).equals(wanted),
                c -> c.value4() != null && wanted.matches("\\d+") && stripZeros(c.value4()).equals(stripZeros(wanted)),
                c -> c.value2().toLowerCase(Locale.ROOT).equals(wanted),
                c -> c.value2().toLowerCase(Locale.ROOT).startsWith(wanted));
        for (var tier : tiers) {
            List<Record4<Long, String, String, String>> matches = companies.stream().filter(tier).toList();
            if (matches.size() == 1) {
                return new Company(matches.get(0).value1(), matches.get(0).value2());
            }
            if (matches.size() > 1) {
                List<String> names = new ArrayList<>();
                matches.stream().limit(5).forEach(m -> names.add(m.value2()));
                throw ParamException.notFound("The company '" + given + "' is ambiguous: it matches " + matches.size()
                        + " companies (" + String.join("; ", names) + (matches.size() > 5 ? "; ..." : "")
                        + "); give more of the name, a ticker or a CIK.");
            }
        }
        throw ParamException.notFound("No company matches '" + given
                + "'; give a ticker, a CIK or the start of a name (select distinct company, ticker, cik from facts lists them).");
    }

    private static String stripZeros(String digits) {
        String stripped = digits.replaceFirst("^0+", "");
        return stripped.isEmpty() ? "0" : stripped;
    }
}
