package org.exhibit.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The currency of a document that names one for most of its tables: its other tables, which name none, are in it too
 * (AEGON's notes in million EUR under the statements' "Amounts in million EUR"), never in dollars by default.
 */
final class DocumentCurrency {

    /** Words that say a table is in dollars after all. */
    private static final Pattern DOLLARS = Pattern.compile("(?i)\\$|\\bdollars?\\b|\\bUSD\\b");

    private DocumentCurrency() {
    }

    /**
     * The tables, those naming no currency in the document's currency when more than half of the tables that state a
     * scale or currency name one and the same currency other than dollars, and none names dollars; else as they are.
     */
    static List<Table> apply(List<Table> tables) {
        Map<String, Integer> named = new HashMap<>();
        int stated = 0;
        for (Table table : tables) {
            if (table.kind() == StatementKind.FDS) {
                continue;
            }
            boolean dollars = DOLLARS.matcher(table.title()).find() || DOLLARS.matcher(table.scale().phrase()).find();
            if (!table.scale().phrase().isEmpty() || !table.scale().currency().equals("USD") || dollars) {
                stated++;
                named.merge(dollars ? "USD" : table.scale().currency(), 1, Integer::sum);
            }
        }
        if (named.containsKey("USD") || named.size() != 1) {
            return tables;
        }
        Map.Entry<String, Integer> only = named.entrySet().iterator().next();
        if (only.getValue() * 2 <= stated) {
            return tables;
        }
        List<Table> result = new ArrayList<>(tables.size());
        for (Table t : tables) {
            Scale s = t.scale();
            boolean none = t.kind() != StatementKind.FDS && s.currency().equals("USD");
            result.add(none ? new Table(t.line(), t.exhibit(), t.title(), t.kind(), t.scope(),
                    new Scale(s.multiplier(), s.appliesToShares(), s.phrase(), only.getKey()), t.columns(), t.rows()) : t);
        }
        return result;
    }
}
