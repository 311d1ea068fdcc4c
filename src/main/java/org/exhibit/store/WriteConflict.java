package org.exhibit.store;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a failure caused by another session writing the same rows at the same time — another importer taking the same
 * document or creating the same company, a deadlock between two importers, a lock held too long — from a failure of the
 * document itself: the first is worth trying again once the other session has committed, the second is not.
 */
final class WriteConflict {

    /**
     * SQL states of a write that met another session's: a unique key another session has just taken (23505), a
     * transaction the engine chose to roll back (40001, both engines' deadlocks; 40P01, PostgreSQL's deadlock), a lock
     * not granted in time (HYT00, H2's lock timeout; 55P03, PostgreSQL's).
     */
    private static final Set<String> STATES = Set.of("23505", "40001", "40P01", "HYT00", "55P03");

    private WriteConflict() {
    }

    /** Whether {@code failure}, or a cause of it, is another session's write getting in the way. */
    static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Waits before attempt {@code attempt} (1, 2, …): 25 ms, doubling up to a second, so that the other session commits. */
    static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(1000L, 25L << Math.min(attempt - 1, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
