package org.exhibit.query.saved;

import static org.exhibit.store.schema.Tables.CONCEPT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Select;

/**
 * Turns a saved query's name and the parameters given as text into SQL with bind values: checks every parameter,
 * resolves the company and the concept, and renders the jOOQ select for the one path all SQL runs through.
 */
public final class Saved {

    private Saved() {
    }

    /**
     * A saved query ready to run.
     *
     * @param name the saved query's name, for error messages
     * @param sql the SQL with {@code ?} markers
     * @param values the value of each marker, in order
     */
    public record Bound(String name, String sql, List<Object> values) {
    }

    /** The listing of {@code saved} and {@code \saved}: each query's synopsis with its description below it. */
    public static String listing() {
        return Catalogue.all().stream()
                .map(q -> q.synopsis() + "\n    " + q.description())
                .collect(Collectors.joining("\n"));
    }

    /** Checks {@code given} against the saved query {@code name}, resolves its values and renders the select. */
    public static Bound bind(DSLContext dsl, String name, Map<String, String> given) throws ParamException {
        SavedQuery query = Catalogue.find(name).orElseThrow(() -> ParamException.usage("There is no saved query '" + name
                + "'; " + Catalogue.all().stream().map(SavedQuery::name).collect(Collectors.joining(", ")) + " are."));
        Select<?> select = query.builder().build(args(dsl, query, given));
        return new Bound(query.name(), dsl.render(select), new ArrayList<>(dsl.extractBindValues(select)));
    }

    private static Args args(DSLContext dsl, SavedQuery query, Map<String, String> given) throws ParamException {
        for (String key : given.keySet()) {
            if (query.params().stream().noneMatch(p -> p.name().equalsIgnoreCase(key))) {
                throw ParamException.usage("The saved query " + query.name() + " has no parameter '" + key + "'; it takes "
                        + query.params().stream().map(Param::name).collect(Collectors.joining(", ")) + ".");
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Param param : query.params()) {
            String text = given.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(param.name()))
                    .map(Map.Entry::getValue).findFirst().orElse(param.defaultValue());
            if (text == null) {
                if (param.required()) {
                    throw ParamException.missing("The saved query " + query.name() + " needs " + param.name(),
                            param.name());
                }
                continue;
            }
            Object value = param.type().parse(param, text);
            if (param.type() == ParamType.COMPANY) {
                value = Company.resolve(dsl, (String) value);
            } else if (param.type() == ParamType.CONCEPT) {
                value = concept(dsl, (String) value);
            }
            values.put(param.name(), value);
        }
        return new Args(dsl, values);
    }

    /** The canonical spelling of a concept given in any letter case. */
    private static String concept(DSLContext dsl, String given) throws ParamException {
        String found = dsl.select(CONCEPT.NAME).from(CONCEPT)
                .where(CONCEPT.NAME.upper().eq(given.toUpperCase(Locale.ROOT)))
                .fetchOne(CONCEPT.NAME);
        if (found == null) {
            throw ParamException.notFound("There is no concept '" + given
                    + "'; give a US-GAAP name such as Revenues (select name from concept lists them).");
        }
        return found;
    }
}
