package org.exhibit.query.saved;

import java.util.List;
import org.jooq.Select;

/**
 * A saved query: a name, a one-line description (from {@code saved-queries.properties}), typed parameters, and the
 * method that builds its jOOQ select from checked arguments.
 *
 * @param name what {@code saved <name>} runs
 * @param description one line saying what it answers
 * @param params its parameters, required ones first
 * @param builder builds the select
 */
public record SavedQuery(String name, String description, List<Param> params, Builder builder) {

    /** Builds a saved query's select from its checked arguments. */
    @FunctionalInterface
    public interface Builder {
        /** The select for these arguments; refuses arguments the data cannot answer as asked (mixed units ...). */
        Select<?> build(Args args) throws ParamException;
    }

    /** The query's name with every parameter, e.g. {@code growth company=<company> concept=<concept> [basis=yoy|sequential]}. */
    public String synopsis() {
        StringBuilder text = new StringBuilder(name);
        params.forEach(p -> text.append(' ').append(p.synopsis()));
        return text.toString();
    }
}
