package org.exhibit.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** H2's errors become one sentence with the statement's source, line and column. */
class SqlErrorsTest {

    private static String errorOf(String sql, int line) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:")) {
            c.createStatement().execute(sql);
            throw new AssertionError("expected an error");
        } catch (SQLException e) {
            return SqlErrors.describe(e, new Statement(sql, "report.sql", line));
        }
    }

    @Test
    void aSyntaxErrorNamesLineAndColumnOfTheMark() throws SQLException {
        String message = errorOf("select 1,\n  2 frm dual", 10);
        assertThat(message).startsWith("report.sql:11:");
        assertThat(message).contains("Syntax error").doesNotContain("SQL statement:").doesNotContain("[42");
        assertThat(message.lines()).hasSize(1);
    }

    @Test
    void anUnknownTableNamesIt() throws SQLException {
        String message = errorOf("select * from nosuch", 1);
        assertThat(message).startsWith("report.sql:1:15: ").contains("NOSUCH");
    }

    private static String errorIn(Connection c, String sql) throws SQLException {
        try {
            c.createStatement().execute(sql);
            throw new AssertionError("expected an error");
        } catch (SQLException e) {
            return SqlErrors.describe(e, new Statement(sql, "input", 1), c);
        }
    }

    @Test
    void aMisspeltTableOrColumnGetsTheNearestNameOfTheLiveSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:")) {
            c.createStatement().execute("create table fact(id int, amount int, label varchar(10))");
            c.createStatement().execute("create view facts as select * from fact");
            c.createStatement().execute("create table other(period_end date)");
            assertThat(errorIn(c, "select * from factz")).isEqualTo("input:1:15: Table \"FACTZ\" not found; did you mean facts?");
            assertThat(errorIn(c, "select f.amuont from facts f")).endsWith("; did you mean amount?");
            assertThat(errorIn(c, "select lable from fact")).endsWith("; did you mean label?");
            assertThat(errorIn(c, "select period_edn from facts"))
                    .as("only the columns of the tables the statement names").doesNotContain("did you mean");
            assertThat(errorIn(c, "select zzzzzz from facts")).doesNotContain("did you mean");
        }
    }

    @Test
    void aSyntaxErrorIsOneSentenceNamingTheWordNotHundredsOfKeywords() throws SQLException {
        assertThat(errorOf("selec 1", 1)).isEqualTo("report.sql:1:1: Syntax error: a statement cannot start with \"selec\";"
                + " did you mean select?");
        assertThat(errorOf("select count(* from dual", 1)).isEqualTo("report.sql:1:16: Syntax error at \"from\"; expected )");
        assertThat(errorOf("select 1 frm dual", 1)).isEqualTo("report.sql:1:14: Syntax error at \"dual\"");
        assertThat(errorOf("select 1 from", 1)).startsWith("report.sql:1:14: Syntax error: the statement ends too soon");
        assertThat(errorOf("wibble", 1)).doesNotContain("SAVEPOINT").doesNotContain("did you mean");
    }
}
