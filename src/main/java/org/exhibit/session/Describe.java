package org.exhibit.session;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.exhibit.query.Statement;

/** The tables and views of the database, or the columns of one with their types: the workbench's {@code \d}. */
public final class Describe {

    /** Tables and views for {@code \d}: the contract's views first. */
    private static final String RELATIONS = "select lower(table_name) as name,"
            + " case table_type when 'VIEW' then 'view' else 'table' end as type"
            + " from information_schema.tables where table_schema = current_schema and table_name <> 'flyway_schema_history'"
            + " order by case table_type when 'VIEW' then 0 else 1 end, name";

    /** The columns of one table or view for {@code \d name}, with their SQL types. */
    private static final String COLUMNS = "select lower(column_name) as \"column\", lower(data_type)"
            + " || case when upper(data_type) like '%CHAR%' and character_maximum_length is not null"
            + "      then '(' || character_maximum_length || ')'"
            + "    when upper(data_type) in ('NUMERIC', 'DECIMAL') then '(' || numeric_precision || ', ' || numeric_scale || ')'"
            + "    else '' end as type,"
            + " case is_nullable when 'YES' then 'yes' else 'no' end as nullable"
            + " from information_schema.columns where table_schema = current_schema and upper(table_name) = upper(:name)"
            + " order by ordinal_position";

    /**
     * What to describe.
     *
     * @param name a table or view, or empty (or null) for the list of them
     */
    public record Request(String name) {
    }

    private Describe() {
    }

    /** Prints the list of tables and views, or the columns of the one named; a name that is none is one sentence. */
    public static Outcome run(Session session, Request request) throws IOException, SQLException {
        String source = session.dialect().command("d");
        if (request.name() == null || request.name().isEmpty()) {
            return RunStatements.run(session,
                    new RunStatements.Request(List.of(new Statement(RELATIONS, source, 1)), Map.of(), false));
        }
        if (!exists(session, request.name())) {
            return Outcome.failed("No table or view named " + request.name() + "; " + source + " lists them.");
        }
        return RunStatements.run(session, new RunStatements.Request(List.of(new Statement(COLUMNS, source, 1)),
                Map.of("name", request.name()), false));
    }

    private static boolean exists(Session session, String name) throws SQLException {
        try (PreparedStatement ps = session.database().connection().prepareStatement("select count(*) from"
                + " information_schema.tables where table_schema = current_schema and lower(table_name) = lower(?)")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }
}
