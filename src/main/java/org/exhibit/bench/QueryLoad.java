package org.exhibit.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Analysts' queries run without pause on a connection of their own while something else writes: each round asks for
 * the facts of a document already imported, the revenue its company reported in every document, and the
 * document's findings; every latency and
 * failure is kept until the next {@link #window()}.
 */
final class QueryLoad implements Runnable {

    private static final String[] QUERIES = {
        "select concept, period_end, months, value from facts where document = ?",
        "select period_end, months, value from facts where concept = 'Revenues'"
                + " and company = (select company from facts where document = ? limit 1)",
        "select rule, severity, message from findings where document = ?",
    };

    /** The latencies and failures of one window. */
    record Window(long[] nanos, int failures, String firstFailure) {
    }

    private final String url;
    private final LongFunction<String> documentName;
    private final AtomicLong imported;
    private final Random random = new Random(9);
    private volatile boolean stopped;
    private List<Long> latencies = new ArrayList<>();
    private int failures;
    private String firstFailure;

    /** Queries on {@code url} about the documents named {@code documentName(i)} for i below {@code imported}. */
    QueryLoad(String url, LongFunction<String> documentName, AtomicLong imported) {
        this.url = url;
        this.documentName = documentName;
        this.imported = imported;
    }

    @Override
    public void run() {
        try (Connection connection = DriverManager.getConnection(url)) {
            try (Statement s = connection.createStatement()) {
                s.execute("set non_keywords value");
            }
            while (!stopped) {
                long count = imported.get();
                if (count == 0) {
                    Thread.onSpinWait();
                    continue;
                }
                String document = documentName.apply(Math.floorMod(random.nextLong(), count));
                for (String sql : QUERIES) {
                    once(connection, sql, document);
                }
            }
        } catch (SQLException e) {
            failed("cannot connect: " + e.getMessage());
        }
    }

    private void once(Connection connection, String sql, String document) {
        long start = System.nanoTime();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, document);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
            long took = System.nanoTime() - start;
            synchronized (this) {
                latencies.add(took);
            }
        } catch (SQLException e) {
            failed(e.getMessage());
        }
    }

    private synchronized void failed(String message) {
        failures++;
        if (firstFailure == null) {
            firstFailure = message;
        }
    }

    /** The latencies and failures since the last call, and a fresh window. */
    synchronized Window window() {
        long[] nanos = latencies.stream().mapToLong(Long::longValue).toArray();
        Window window = new Window(nanos, failures, firstFailure);
        latencies = new ArrayList<>();
        failures = 0;
        firstFailure = null;
        return window;
    }

    /** Asks the load to stop after the round it is in. */
    void stop() {
        stopped = true;
    }
}
