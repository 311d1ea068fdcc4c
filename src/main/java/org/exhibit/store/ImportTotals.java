package org.exhibit.store;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Adds up an import as its documents are told, for the closing lines: documents imported, unchanged, failed and
 * skipped; facts; lines not read; what the checks found; the time taken; and, once, where to see the lines not read.
 */
public final class ImportTotals implements ImportListener {

    private final ImportListener next;
    private final long started = System.nanoTime();
    private final Map<ImportResult.Outcome, Integer> outcomes = new EnumMap<>(ImportResult.Outcome.class);
    private final List<String> written = new ArrayList<>();
    private String firstNotRead;
    private long facts;
    private long notRead;

    /** Totals of the documents told, each passed on to {@code next}. */
    public ImportTotals(ImportListener next) {
        this.next = next;
    }

    @Override
    public void document(ImportResult result) {
        outcomes.merge(result.outcome(), 1, Integer::sum);
        facts += result.facts();
        notRead += result.diagnostics();
        if (result.diagnostics() > 0 && firstNotRead == null) {
            firstNotRead = result.document();
        }
        if (result.outcome() == ImportResult.Outcome.IMPORTED || result.outcome() == ImportResult.Outcome.REPLACED) {
            written.add(result.document());
        }
        next.document(result);
    }

    @Override
    public void company(String summary) {
        next.company(summary);
    }

    /** Documents that ended with {@code outcome}. */
    public int count(ImportResult.Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }

    /**
     * The closing lines: "Imported 2 documents (0 replaced), 1 unchanged, 0 failed, 1 skipped; 196 facts; 3 lines not
     * read; checks: 2 errors, 1 warning; 1.2 s", then, when lines were not read, how to see them.
     */
    public List<String> lines(Database database) {
        int imported = count(ImportResult.Outcome.IMPORTED) + count(ImportResult.Outcome.REPLACED);
        StringBuilder total = new StringBuilder("Imported ").append(plural(imported, "document"));
        if (count(ImportResult.Outcome.REPLACED) > 0) {
            total.append(" (").append(count(ImportResult.Outcome.REPLACED)).append(" replaced)");
        }
        total.append(", ").append(count(ImportResult.Outcome.UNCHANGED)).append(" unchanged, ")
                .append(count(ImportResult.Outcome.FAILED)).append(" failed");
        if (count(ImportResult.Outcome.SKIPPED) > 0) {
            total.append(", ").append(count(ImportResult.Outcome.SKIPPED)).append(" skipped (not filings)");
        }
        total.append("; ").append(plural(facts, "fact")).append("; ").append(plural(notRead, "line")).append(" not read");
        String checks = checks(database);
        if (!checks.isEmpty()) {
            total.append("; checks: ").append(checks);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        total.append("; ").append(millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0))
                .append('.');
        List<String> lines = new ArrayList<>(List.of(total.toString()));
        if (firstNotRead != null) {
            lines.add("import --explain <file> shows each line not read and why (" + firstNotRead + " has some).");
        }
        return lines;
    }

    /** What the checks found in the documents written: "2 errors, 1 warning"; empty when nothing or unknown. */
    private String checks(Database database) {
        if (written.isEmpty()) {
            return "";
        }
        String sql = "select severity, count(*) from findings where document = any(?) and severity in ('error', 'warning')"
                + " group by severity order by severity";
        try (PreparedStatement ps = database.connection().prepareStatement(sql)) {
            Array names = database.connection().createArrayOf("VARCHAR", written.toArray());
            ps.setArray(1, names);
            List<String> parts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    parts.add(plural(rs.getLong(2), rs.getString(1)));
                }
            }
            return String.join(", ", parts);
        } catch (SQLException e) {
            return "";
        }
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
