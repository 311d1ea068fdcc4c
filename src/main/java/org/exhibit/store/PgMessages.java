package org.exhibit.store;

import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * PostgreSQL's failures in one sentence a user can act on, chosen by SQLState: a server that cannot be reached, a
 * login or database it refuses, a full disk, a statement cancelled or in conflict with another session; anything else
 * as the server's own message, with the position in the statement where the server gives one.
 */
public final class PgMessages {

    private PgMessages() {
    }

    /** The PostgreSQL exception in {@code failure}'s causes, if any. */
    static Optional<PSQLException> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PSQLException psql) {
                return Optional.of(psql);
            }
        }
        return Optional.empty();
    }

    /** The sentence for {@code e} (without a final full stop). */
    public static String sentence(PSQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String text = text(e);
        if (state.startsWith("08")) {
            return "cannot reach the PostgreSQL server (" + text + ")";
        }
        if (state.startsWith("28")) {
            return "the PostgreSQL server refused the login (" + text + ")";
        }
        if (state.equals("3D000")) {
            return "the PostgreSQL server has no such database (" + text + ")";
        }
        if (state.equals("53100")) {
            return "the server's disk is full (" + text + ")";
        }
        if (state.equals("40001") || state.equals("40P01")) {
            return "another session changed the same rows at the same moment (" + text + "); run it again";
        }
        int position = position(e);
        return position > 0 ? text + " (at character " + position + " of the statement)" : text;
    }

    /** The server's message without its severity and position lines, or the driver's first line. */
    public static String text(PSQLException e) {
        ServerErrorMessage server = e.getServerErrorMessage();
        String text = server != null && server.getMessage() != null ? server.getMessage() : Database.firstLine(e.getMessage());
        return text.length() <= 200 ? text : text.substring(0, 100) + " ... " + text.substring(text.length() - 95);
    }

    /** The 1-based character of the statement the server says the error is at, or 0. */
    public static int position(SQLException e) {
        if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            return psql.getServerErrorMessage().getPosition();
        }
        return 0;
    }
}
