package org.exhibit.query;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import org.exhibit.store.Engine;

/** Binds the values jOOQ extracts from a rendered query to a JDBC statement, on either engine. */
public final class Binding {

    private Binding() {
    }

    /**
     * Binds one value; on PostgreSQL, whose driver takes no Java array as an object, an array is bound as an SQL array
     * of its elements' type.
     */
    public static void set(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value instanceof Object[] array && Engine.of(ps.getConnection()) == Engine.POSTGRES) {
            Class<?> element = array.getClass().getComponentType();
            String type = element == LocalDate.class ? "date"
                    : element == Integer.class ? "int4"
                    : element == Long.class ? "int8"
                    : element == BigDecimal.class ? "numeric" : "varchar";
            Object[] elements = element == LocalDate.class
                    ? Arrays.stream(array).map(d -> d == null ? null : java.sql.Date.valueOf((LocalDate) d)).toArray()
                    : array;
            ps.setArray(index, ps.getConnection().createArrayOf(type, elements));
        } else {
            ps.setObject(index, value);
        }
    }
}
