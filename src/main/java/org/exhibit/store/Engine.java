package org.exhibit.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;

/**
 * The database engines exhibit speaks, and the little SQL that differs between them: the embedded H2 file and a
 * PostgreSQL server. Everything else (the views, their columns, the saved queries) is the same on both.
 */
public enum Engine {

    /** An embedded H2 database (a file, or one in memory). */
    H2("jdbc:h2:", SQLDialect.H2, "classpath:db/migration", "'PUBLIC'"),

    /** A database on a PostgreSQL server. */
    POSTGRES("jdbc:postgresql:", SQLDialect.POSTGRES, "classpath:db/postgresql", "current_schema()");

    /** The schema version a PostgreSQL database starts at: its first migration builds what H2's V1 to V5 build. */
    public static final int FIRST_POSTGRES_VERSION = 5;

    private final String prefix;
    private final SQLDialect dialect;
    private final String migrations;
    private final String schema;

    Engine(String prefix, SQLDialect dialect, String migrations, String schema) {
        this.prefix = prefix;
        this.dialect = dialect;
        this.migrations = migrations;
        this.schema = schema;
    }

    /** The engine of a JDBC URL, or null when exhibit speaks no engine of that kind. */
    public static Engine ofUrl(String url) {
        for (Engine engine : values()) {
            if (url != null && url.regionMatches(true, 0, engine.prefix, 0, engine.prefix.length())) {
                return engine;
            }
        }
        return null;
    }

    /** The engine behind an open connection. */
    public static Engine of(Connection connection) {
        try {
            Engine engine = ofUrl(connection.getMetaData().getURL());
            return engine == null ? H2 : engine;
        } catch (SQLException e) {
            return H2;
        }
    }

    /** The jOOQ dialect exhibit's typed statements are rendered in. */
    public SQLDialect dialect() {
        return dialect;
    }

    /**
     * jOOQ's settings for this engine: the generated names are upper case (as H2 stores unquoted names) and are quoted,
     * so on PostgreSQL, which folds unquoted names to lower case, they are rendered in lower case.
     */
    public Settings settings() {
        Settings settings = new Settings().withExecuteLogging(false);
        return this == POSTGRES ? settings.withRenderNameCase(RenderNameCase.LOWER) : settings;
    }

    /** Where Flyway finds this engine's migrations. */
    String migrations() {
        return migrations;
    }

    /** An SQL expression for the schema exhibit's tables are in, as {@code information_schema} spells it. */
    public String schemaSql() {
        return schema;
    }

    /** A table or column name as this engine stores an unquoted one (upper case on H2, lower case on PostgreSQL). */
    public String stored(String name) {
        return this == H2 ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
    }

    /**
     * An insert of one row that replaces the row of the same {@code key} (the first of {@code columns}) when there is
     * one, with a parameter for each column.
     */
    String upsert(String table, String... columns) {
        String names = String.join(", ", columns);
        String params = Arrays.stream(columns).map(c -> "?").collect(Collectors.joining(", "));
        if (this == H2) {
            return "merge into " + table + " (" + names + ") key (" + columns[0] + ") values (" + params + ")";
        }
        String updates = Arrays.stream(columns).skip(1).map(c -> c + " = excluded." + c)
                .collect(Collectors.joining(", "));
        return "insert into " + table + " (" + names + ") values (" + params + ") on conflict (" + columns[0] + ")"
                + (updates.isEmpty() ? " do nothing" : " do update set " + updates);
    }
}
