package org.exhibit.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code --read-only} session on PostgreSQL, enforced by the server: exhibit opens it only when the server says the
 * login may do nothing but read — not a superuser, not able to create roles, not a member of the roles that reach the
 * server's files and programs, no right to change exhibit's tables or to create objects in their schema. The session
 * is also marked read-only, but that alone a user could undo.
 */
final class PgReadOnly {

    /** The group role exhibit's PostgreSQL migration grants SELECT on every table and view. */
    static final String READ_ROLE = "exhibit_read";

    /** What the server is asked about the login: each column true (or a list of tables) where it could write. */
    private static final String POWERS = "select r.rolsuper, r.rolcreaterole,"
            + " pg_has_role(current_user, 'pg_write_server_files', 'MEMBER'),"
            + " pg_has_role(current_user, 'pg_read_server_files', 'MEMBER'),"
            + " pg_has_role(current_user, 'pg_execute_server_program', 'MEMBER'),"
            + " has_schema_privilege(current_schema(), 'CREATE'),"
            + " (select string_agg(c.relname, ', ' order by c.relname) from pg_class c"
            + "   where c.relnamespace = (select n.oid from pg_namespace n where n.nspname = current_schema())"
            + "   and c.relkind in ('r', 'p', 'v', 'm')"
            + "   and has_table_privilege(c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')),"
            + " current_user"
            + " from pg_roles r where r.rolname = current_user";

    private PgReadOnly() {
    }

    /** Connects to the database at {@code url} for reading only, or refuses in one sentence saying why and what to do. */
    static Connection open(String url) throws StoreException {
        Connection connection;
        try {
            connection = DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw Database.cannotOpen(url, e);
        }
        try {
            checkSchema(connection, url);
            checkPowers(connection, url);
            connection.setReadOnly(true);
            try (Statement s = connection.createStatement()) {
                s.execute("set session characteristics as transaction read only");
            }
            return connection;
        } catch (SQLException | StoreException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // The session is refused either way.
            }
            if (e instanceof SQLException sql) {
                throw Database.cannotOpen(url, sql);
            }
            if (e instanceof StoreException store) {
                throw store;
            }
            throw (RuntimeException) e;
        }
    }

    private static void checkSchema(Connection connection, String url) throws SQLException, StoreException {
        int version = Database.schemaVersion(connection, Engine.POSTGRES);
        if (version == 0) {
            throw new StoreException("The database " + DatabaseUrl.shown(url) + " holds no exhibit schema yet; open it"
                    + " once without --read-only, as a login that may create tables, so that exhibit creates it.", null);
        }
        if (version != Database.SCHEMA_VERSION) {
            throw new StoreException("The database " + DatabaseUrl.shown(url) + " has schema version " + version
                    + ", this exhibit uses " + Database.SCHEMA_VERSION + "; open it once without --read-only with the"
                    + (version < Database.SCHEMA_VERSION ? " newer" : " older") + " exhibit's schema"
                    + (version < Database.SCHEMA_VERSION ? " (exhibit upgrades it)." : ": upgrade exhibit."), null);
        }
    }

    private static void checkPowers(Connection connection, String url) throws SQLException, StoreException {
        List<String> powers = new ArrayList<>();
        String login;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(POWERS)) {
            rs.next();
            login = rs.getString(8);
            if (rs.getBoolean(1)) {
                powers.add("is a superuser"); // which may do everything the rest would list
            } else {
                listPowers(rs, powers);
            }
        }
        if (!powers.isEmpty()) {
            throw new StoreException("--read-only on PostgreSQL needs a login the server lets only read, but " + login
                    + " " + String.join(", ", powers) + "; make one (create role alice login password '…' in role "
                    + READ_ROLE + ") and connect as it (" + DatabaseUrl.shown(url).replaceAll("[?&].*", "")
                    + "?user=alice&password=…).", null);
        }
    }

    /** What a login that is not a superuser may do beyond reading, from the row of {@link #POWERS}. */
    private static void listPowers(ResultSet rs, List<String> powers) throws SQLException {
        if (rs.getBoolean(2)) {
            powers.add("may create roles");
        }
        for (int i = 3; i <= 5; i++) {
            if (rs.getBoolean(i)) {
                powers.add("is a member of " + List.of("pg_write_server_files", "pg_read_server_files",
                        "pg_execute_server_program").get(i - 3));
            }
        }
        if (rs.getBoolean(6)) {
            powers.add("may create objects in the schema");
        }
        if (rs.getString(7) != null) {
            List<String> tables = List.of(rs.getString(7).split(", "));
            powers.add("may change " + (tables.size() <= 3 ? String.join(", ", tables)
                    : String.join(", ", tables.subList(0, 3)) + " and " + (tables.size() - 3) + " more"));
        }
    }
}
