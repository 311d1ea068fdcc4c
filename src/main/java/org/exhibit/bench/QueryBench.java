package org.exhibit.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.exhibit.query.saved.Saved;
import org.exhibit.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code exhibit bench query}: the warm latency of every saved query and of typical selects from the views, on
 * generated databases of several sizes, against the targets of issue #8.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Time every saved query and the views at several database sizes (warm median and p95).")
public final class QueryBench implements Callable<Integer> {

    @Option(names = "--facts", split = ",", paramLabel = "<n>", defaultValue = "100000,1000000",
            description = "Database sizes in facts (default: ${DEFAULT-VALUE}).")
    List<Long> sizes;

    @Option(names = "--dir", paramLabel = "<dir>", defaultValue = "${java.io.tmpdir}/exhibit-bench",
            description = "Where the generated databases are kept for reruns (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--seconds", paramLabel = "<s>", defaultValue = "3",
            description = "Time spent timing each query after its warm-up (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--only", paramLabel = "<name>", description = "Time only the cases whose name contains this.")
    String only;

    @Option(names = "--explain", description = "Print each query's plan with its row counts (EXPLAIN ANALYZE) first.")
    boolean explain;

    /** What a case reads: one company's facts, or every company's. */
    private enum Scope { COMPANY, ALL }

    /** One timed case: a saved query with its parameters, or a select from a view with its bind values. */
    private record Case(String name, Scope scope, String saved, Map<String, String> params, String sql, List<Object> values) {

        static Case saved(String name, Scope scope, Map<String, String> params) {
            return new Case("saved " + name + " " + params.keySet(), scope, name, params, null, List.of());
        }

        static Case view(String sql, Scope scope, Object... values) {
            return new Case(sql, scope, null, Map.of(), sql, List.of(values));
        }
    }

    /** A query slower than this is stopped: its figure would say nothing more than "far off the target". */
    private static final int QUERY_TIMEOUT_SECONDS = 60;

    /** Timed runs of each query, at least and at most, after the first run and one more to warm up. */
    private static final int MIN_RUNS = 3;
    private static final int MAX_RUNS = 200;

    private static final String COMPANY = "C7";
    private static final String COMPANY_NAME = "Company 7 Inc.";

    private static final List<Case> CASES = List.of(
            Case.saved("growth", Scope.COMPANY, Map.of("company", COMPANY, "concept", "Revenues")),
            Case.saved("growth", Scope.COMPANY, Map.of("company", COMPANY, "concept", "Revenues", "basis", "sequential")),
            Case.saved("growth", Scope.COMPANY, Map.of("company", COMPANY, "concept", "Revenues", "as_of", "2003-06-30")),
            Case.saved("quarterly", Scope.COMPANY, Map.of("company", COMPANY, "concept", "NetIncomeLoss")),
            Case.saved("ttm", Scope.COMPANY, Map.of("company", COMPANY, "concept", "Revenues")),
            Case.saved("margins", Scope.COMPANY, Map.of("company", COMPANY)),
            Case.saved("ratios", Scope.COMPANY, Map.of("company", COMPANY)),
            Case.saved("compare-periods", Scope.COMPANY, Map.of("company", COMPANY, "statement", "income")),
            Case.saved("common-size", Scope.COMPANY, Map.of("company", COMPANY, "statement", "balance")),
            Case.saved("restatements", Scope.COMPANY, Map.of("company", COMPANY)),
            Case.saved("compare-companies", Scope.ALL, Map.of("concept", "Revenues")),
            Case.saved("compare-companies", Scope.ALL, Map.of("concept", "Assets", "fiscal_year", "2003")),
            Case.saved("restatements", Scope.ALL, Map.of()),
            Case.view("select * from latest_facts where company = ? and concept = ?", Scope.COMPANY, COMPANY_NAME, "Revenues"),
            Case.view("select * from latest_facts where company = ?", Scope.COMPANY, COMPANY_NAME),
            Case.view("select * from facts where company = ? and concept = ?", Scope.COMPANY, COMPANY_NAME, "Revenues"),
            Case.view("select * from findings where document = ?", Scope.COMPANY, "c7-3.txt"));

    @Option(names = "--server", paramLabel = "<jdbc-url>",
            description = "Also time every case on PostgreSQL: each database is copied (exhibit copy) into a new"
                    + " database on this server (a login that may create databases), dropped after.")
    String server;

    @Override
    public Integer call() throws Exception {
        BenchTable table = new BenchTable("engine", "query", "facts", "rows", "median ms", "p95 ms", "runs", "target ms",
                "met?");
        for (long size : sizes) {
            double built = BenchData.ensure(dir, size);
            try (Database database = Database.open(BenchData.uncachedUrl(dir, size))) {
                System.err.printf("%,d facts in %s%s%n", count(database.connection()), BenchData.url(dir, size),
                        built > 0 ? String.format(", built in %.0f s", built) : ", reused");
                timeCases(database, "H2", table);
            }
            if (server != null) {
                onServer(size, table);
            }
        }
        table.print(System.out);
        return 0;
    }

    /** Copies the database of {@code size} facts to a new database on the server, times every case there, drops it. */
    private void onServer(long size, BenchTable table) throws Exception {
        String name = "exhibit_bench_q" + size + "_" + Long.toHexString(System.nanoTime());
        try (Connection c = java.sql.DriverManager.getConnection(server); java.sql.Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        try {
            String url = server.replaceFirst("^(jdbc:postgresql://[^/?]*/)[^?]*", "$1" + name);
            long start = System.nanoTime();
            org.exhibit.store.Copy.between(BenchData.url(dir, size), url);
            try (Database database = Database.open(url)) {
                try (java.sql.Statement s = database.connection().createStatement()) {
                    s.execute("analyze");
                }
                System.err.printf("copied to PostgreSQL in %.0f s%n", (System.nanoTime() - start) / 1e9);
                timeCases(database, "PostgreSQL", table);
            }
        } finally {
            try (Connection c = java.sql.DriverManager.getConnection(server); java.sql.Statement s = c.createStatement()) {
                s.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    /** Times every case (or those {@code --only} names) on {@code database}, one row each. */
    private void timeCases(Database database, String engine, BenchTable table) throws Exception {
        long facts = count(database.connection());
        for (Case c : CASES) {
            if (only != null && !c.name().contains(only)) {
                continue;
            }
            Long target = target(c.scope(), facts);
            if (explain) {
                System.err.println(explain(database, c));
            }
            long first = System.nanoTime();
            int rows;
            try {
                rows = runOnce(database, c);
            } catch (java.sql.SQLTimeoutException e) {
                table.row(engine, c.name(), String.format("%,d", facts), "-", "> " + QUERY_TIMEOUT_SECONDS * 1000, "-", 1,
                        target == null ? "-" : target, target == null ? "-" : "no");
                continue;
            }
            System.err.printf("  %s %s: %d rows, first run %.0f ms%n", engine, c.name(), rows,
                    (System.nanoTime() - first) / 1e6);
            Stats stats = time(database, c);
            table.row(engine, c.name(), String.format("%,d", facts), rows, Stats.ms(stats.median()), Stats.ms(stats.p95()),
                    stats.runs(), target == null ? "-" : target, target == null ? "-" : stats.median() <= target ? "yes" : "no");
        }
    }

    /** The targets of issue #8: per company 50 ms at 1M facts and 500 ms at 10M, across companies 200 ms at 1M. */
    private static Long target(Scope scope, long facts) {
        if (scope == Scope.COMPANY) {
            return facts <= 2_000_000 ? 50L : 500L;
        }
        return facts <= 2_000_000 ? 200L : null;
    }

    private Stats time(Database database, Case c) throws Exception {
        runOnce(database, c);
        List<Long> nanos = new ArrayList<>();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (nanos.size() < MIN_RUNS || (System.nanoTime() < deadline && nanos.size() < MAX_RUNS)) {
            long start = System.nanoTime();
            runOnce(database, c);
            nanos.add(System.nanoTime() - start);
        }
        return Stats.ofNanos(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    /** Binds (for a saved query: resolving its company and concept, as {@code saved} does), runs and reads every row. */
    private static int runOnce(Database database, Case c) throws Exception {
        try (PreparedStatement ps = prepare(database, c, "")) {
            int rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                    rows++;
                }
            }
            return rows;
        }
    }

    /** The plan H2 chose for the case, with the rows each step read. */
    private static String explain(Database database, Case c) throws Exception {
        try (PreparedStatement ps = prepare(database, c, "explain analyze "); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static PreparedStatement prepare(Database database, Case c, String prefix) throws Exception {
        String sql = c.sql();
        List<?> values = c.values();
        if (c.saved() != null) {
            Saved.Bound bound = Saved.bind(database.dsl(), c.saved(), c.params());
            sql = bound.sql();
            values = bound.values();
        }
        PreparedStatement ps = database.connection().prepareStatement(prefix + sql);
        ps.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
        for (int i = 0; i < values.size(); i++) {
            org.exhibit.query.Binding.set(ps, i + 1, values.get(i));
        }
        return ps;
    }

    private static long count(Connection connection) throws Exception {
        try (PreparedStatement ps = connection.prepareStatement("select count(*) from fact"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
