package org.exhibit.store;

import static org.exhibit.store.schema.Tables.DOCUMENT;
import static org.exhibit.store.schema.Tables.FACT;
import static org.exhibit.store.schema.Tables.LINE_ITEM;
import static org.exhibit.store.schema.Tables.STATEMENT_TABLE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.when;
import static org.jooq.impl.DSL.max;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record3;

/**
 * Gives every document a release date, so that no document is left out of a point-in-time query: the date printed in
 * the document, else the SEC header's filed date (both read by the parser), else an estimate marked as such: the end
 * of the document's period (the SEC header's period of report, else the latest period end of its primary statements)
 * plus the filing deadline of its form, from {@code filing-deadlines.csv}.
 */
public final class ReleaseDates {

    /** The {@code released_basis} of an estimated release date. */
    public static final String ESTIMATED = "estimated";

    private static final Map<String, Integer> DEADLINES = deadlines();

    /** The statements whose latest period is the one a document reports on. */
    private static final java.util.List<String> PRIMARY = java.util.List.of("income", "balance", "cashflow", "equity");

    private ReleaseDates() {
    }

    /** Estimates the release date of the documents {@code which} selects that have none; the caller owns the transaction. */
    static void estimateMissing(DSLContext t, Condition which) {
        for (Record3<Long, String, LocalDate> d : t.select(DOCUMENT.ID, DOCUMENT.FORM, DOCUMENT.PERIOD_OF_REPORT)
                .from(DOCUMENT).where(which.and(DOCUMENT.RELEASED.isNull())).fetch()) {
            LocalDate periodEnd = d.value3() != null ? d.value3() : reportedPeriod(t, d.value1());
            if (periodEnd == null) {
                continue; // not a single dated fact: nothing of it can be missing from a point in time
            }
            Integer longest = t.select(max(FACT.MONTHS)).from(FACT)
                    .where(FACT.DOCUMENT_ID.eq(d.value1()).and(FACT.PERIOD_END.eq(periodEnd))).fetchOne(0, Integer.class);
            boolean annual = longest != null && longest >= 12;
            t.update(DOCUMENT)
                    .set(DOCUMENT.RELEASED, periodEnd.plusDays(deadline(d.value2(), annual)))
                    .set(DOCUMENT.RELEASED_BASIS, ESTIMATED)
                    .where(DOCUMENT.ID.eq(d.value1()))
                    .execute();
        }
    }

    /**
     * The period a document reports on, when no SEC header says: the latest period end of its primary statements (a
     * schedule of future maturities or commitments in a note looks years ahead), else of any of its tables.
     */
    private static LocalDate reportedPeriod(DSLContext t, long documentId) {
        return t.select(coalesce(max(when(STATEMENT_TABLE.KIND.in(PRIMARY), FACT.PERIOD_END)), max(FACT.PERIOD_END)))
                .from(FACT).join(LINE_ITEM).on(LINE_ITEM.ID.eq(FACT.LINE_ITEM_ID))
                .join(STATEMENT_TABLE).on(STATEMENT_TABLE.ID.eq(LINE_ITEM.TABLE_ID))
                .where(FACT.DOCUMENT_ID.eq(documentId))
                .fetchOne(0, LocalDate.class);
    }

    /** Days from a period's end to the filing deadline of {@code form}; an unknown form by whether it reports a year. */
    static int deadline(String form, boolean annual) {
        Integer days = form == null ? null : DEADLINES.get(form.trim().toUpperCase(Locale.ROOT));
        return days != null ? days : DEADLINES.get(annual ? "ANNUAL" : "QUARTERLY");
    }

    private static Map<String, Integer> deadlines() {
        Map<String, Integer> days = new LinkedHashMap<>();
        try (InputStream in = ReleaseDates.class.getResourceAsStream("filing-deadlines.csv")) {
            if (in == null) {
                throw new IllegalStateException("filing-deadlines.csv is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#") || line.equals("form,days")) {
                    continue;
                }
                String[] cells = line.split(",");
                days.put(cells[0].trim().toUpperCase(Locale.ROOT), Integer.parseInt(cells[1].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days;
    }
}
