package org.exhibit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.exhibit.store.CompanyFacts;
import org.exhibit.store.Database;
import org.exhibit.store.StoreException;

/**
 * A generated exhibit database of a chosen size, shaped like imported filings and built with set-based SQL: companies
 * filing a quarterly release each quarter for five years (a 10-K every fourth), each with an income statement (the
 * quarter, the same quarter a year before, the year to date), a balance sheet (the quarter end and the last year end),
 * a cash flow statement (year to date, this year and last) and a table of notes whose labels map to no concept; every
 * line item of a mapped statement carries one of the bundled concepts. A figure printed again a year later keeps its
 * value, except one in seventeen, which is restated.
 */
final class BenchData {

    /** Quarterly documents each company files: five years. */
    static final int DOCUMENTS_PER_COMPANY = 20;

    /** Line items of the notes table, whose labels no alias maps. */
    private static final int NOTE_LINES = 5;

    /** The setting that marks a finished build and the number of facts it was built for. */
    private static final String BUILT_FOR = "bench_built_for_facts";

    private BenchData() {
    }

    /** The JDBC URL of the database for about {@code facts} facts in {@code dir}. */
    static String url(Path dir, long facts) {
        return "jdbc:h2:file:" + dir.resolve("bench-" + facts).toAbsolutePath();
    }

    /**
     * The same database with H2's reuse of a statement's last result turned off: a query run again with the same
     * values would otherwise be answered from that result, and timing it would measure nothing.
     */
    static String uncachedUrl(Path dir, long facts) {
        return url(dir, facts) + ";OPTIMIZE_REUSE_RESULTS=FALSE";
    }

    /**
     * Opens the database for about {@code facts} facts in {@code dir}, building it first unless a finished build is
     * there; returns the seconds the build took, 0 when it was reused.
     */
    static double ensure(Path dir, long facts) throws StoreException, SQLException, java.io.IOException {
        Files.createDirectories(dir);
        String url = url(dir, facts);
        try (Database database = Database.open(url)) {
            if (String.valueOf(facts).equals(setting(database.connection()))) {
                return 0;
            }
        }
        Files.deleteIfExists(dir.resolve("bench-" + facts + ".mv.db"));
        long start = System.nanoTime();
        try (Database database = Database.open(url)) {
            build(database, facts);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static String setting(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select val from setting where name = '" + BUILT_FOR + "'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void build(Database database, long facts) throws SQLException {
        Connection connection = database.connection();
        long companies = Math.max(1, Math.round(facts / (double) factsPerCompany(connection)));
        try (Statement s = connection.createStatement()) {
            // One row per line of a statement: the bundled concepts of its kind in name order, then the notes' labels.
            s.execute("create local temporary table bench_line as"
                    + " select statement as kind, row_number() over (partition by statement order by name) as ordinal,"
                    + " description as label, name as concept, unit from concept"
                    + " union all select 'other', 500 + x, 'Note item ' || x, cast(null as varchar), 'USD'"
                    + " from system_range(1, " + NOTE_LINES + ")");
            // One row per column of a statement in a document of quarter q (0-2: a 10-Q, 3: a 10-K): its length in
            // months and how many months before the document's quarter end it ends.
            s.execute("create local temporary table bench_column (kind varchar, q int, col int, months int, back int)");
            s.execute("insert into bench_column select 'income', q, 1, case q when 3 then 12 else 3 end, 0 from system_range(0, 3) r(q)"
                    + " union all select 'income', q, 2, case q when 3 then 12 else 3 end, 12 from system_range(0, 3) r(q)"
                    + " union all select 'income', q, 3, 3 * (q + 1), 0 from system_range(1, 2) r(q)"
                    + " union all select 'balance', q, 1, 0, 0 from system_range(0, 3) r(q)"
                    + " union all select 'balance', q, 2, 0, 3 * (q + 1) from system_range(0, 3) r(q)"
                    + " union all select 'cashflow', q, 1, 3 * (q + 1), 0 from system_range(0, 3) r(q)"
                    + " union all select 'cashflow', q, 2, 3 * (q + 1), 12 from system_range(0, 3) r(q)"
                    + " union all select 'other', q, 1, 3, 0 from system_range(0, 3) r(q)"
                    + " union all select 'other', q, 2, 3, 12 from system_range(0, 3) r(q)");
            s.execute("create local temporary table bench_kind (kind varchar, t int) as"
                    + " select * from (values ('income', 0), ('balance', 1), ('cashflow', 2), ('other', 3))");
            int docs = DOCUMENTS_PER_COMPANY;
            s.execute("insert into company (id, name, name_key, ticker, cik)"
                    + " select x, 'Company ' || x || ' Inc.', 'company ' || x || ' inc', 'C' || x, lpad(x, 10, '0')"
                    + " from system_range(1, " + companies + ")");
            // Document k of company c ends its quarter in month 3k + 2 after January 2001 and is released 25 to 44
            // days later.
            s.execute("insert into document (id, company_id, name, sha256, mapping, byte_size, accession, form,"
                    + " period_of_report, released, imported_at)"
                    + " select (c - 1) * " + docs + " + k + 1, c, 'c' || c || '-' || k || '.txt', 'bench', 'bench', 100000,"
                    + " lpad(c, 10, '0') || '-' || k, case mod(k, 4) when 3 then '10-K' else '10-Q' end, pe,"
                    + " dateadd(day, 25 + mod(c, 20), pe), current_timestamp"
                    + " from (select c.x as c, k.x as k, last_day(dateadd(month, 3 * k.x + 2, date '2001-01-01')) as pe"
                    + " from system_range(1, " + companies + ") c, system_range(0, " + (docs - 1) + ") k)");
            s.execute("insert into statement_table (id, document_id, ordinal, exhibit, kind, title, scale, line)"
                    + " select d.id * 4 + b.t, d.id, b.t, 'EX-99', b.kind, upper(b.kind) || ' STATEMENT', 'in thousands',"
                    + " 100 * (b.t + 1) from document d, bench_kind b");
            s.execute("insert into line_item (id, table_id, ordinal, label, section, concept, unit, unlabeled_total,"
                    + " rule_above, line)"
                    + " select t.id * 1000 + l.ordinal, t.id, l.ordinal, l.label, null, l.concept, l.unit, false, false,"
                    + " t.line + l.ordinal from statement_table t join bench_line l on l.kind = t.kind");
            // A figure's value depends on the company, the line, the period end and the length, so that the same
            // figure printed again agrees; one in seventeen printed a year later is restated.
            s.execute("insert into fact (document_id, line_item_id, column_index, period_start, period_end, months,"
                    + " amount, printed_amount, line, rounding_unit, unit)"
                    + " select document_id, line_item_id, col,"
                    + " case when months = 0 then null else dateadd(month, m - months + 1, date '2001-01-01') end,"
                    + " last_day(dateadd(month, m, date '2001-01-01')), months, amount, amount, line, 1000, null"
                    + " from (select d.id as document_id, li.id as line_item_id, bc.col, bc.months, li.line,"
                    + " 3 * mod(d.id - 1, " + docs + ") + 2 - bc.back as m,"
                    + " 1000 * (mod(d.company_id * 7919 + li.ordinal * 104729 + (3 * mod(d.id - 1, " + docs + ") + 2 - bc.back)"
                    + " * 1299709 + bc.months * 15485863, 999983) + case when bc.back = 12 and mod(d.company_id + li.ordinal"
                    + " + mod(d.id - 1, " + docs + "), 17) = 0 then 1 else 0 end) as amount"
                    + " from line_item li join statement_table t on t.id = li.table_id join document d on d.id = t.document_id"
                    + " join bench_column bc on bc.kind = t.kind and bc.q = mod(d.id - 1, 4))");
            for (String table : new String[] {"company", "document", "statement_table", "line_item"}) {
                long next;
                try (ResultSet rs = s.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
                    rs.next();
                    next = rs.getLong(1);
                }
                s.execute("alter table " + table + " alter column id restart with " + next);
            }
            CompanyFacts.refreshAll(database.dsl());
            s.execute("analyze");
            s.execute("merge into setting (name, val) key (name) values ('" + BUILT_FOR + "', '" + facts + "')");
        }
    }

    /** The facts one company's twenty documents hold with the bundled concepts. */
    private static long factsPerCompany(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select sum(case statement when 'income' then 2 * 20 + 10 else 2 * 20 end)"
                     + " + " + NOTE_LINES + " * 2 * 20 from concept where statement in ('income', 'balance', 'cashflow')")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
