package org.exhibit.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Named parameters become JDBC markers; values are never pasted into SQL text. */
class NamedSqlTest {

    @Test
    void replacesNamesOutsideQuotesAndComments() {
        NamedSql sql = NamedSql.parse("select ':no' from facts where concept = :concept -- :nor\n and months = :m and x::int = :m");
        assertThat(sql.jdbcSql()).isEqualTo("select ':no' from facts where concept = ? -- :nor\n and months = ? and x::int = ?");
        assertThat(sql.names()).containsExactly("concept", "m", "m");
        assertThat(sql.values(Map.of("concept", "Revenues", "m", "3"))).containsExactly("Revenues", "3", "3");
    }

    @Test
    void aMissingValueNamesTheParameter() {
        assertThatThrownBy(() -> NamedSql.parse("select :company").values(Map.of()))
                .hasMessage("The statement uses :company but no value was given");
    }

    @Test
    void namesInBlockCommentsAreNotParameters() {
        NamedSql sql = NamedSql.parse("select /* :no */ :yes, '::x' as c");
        assertThat(sql.names()).containsExactly("yes");
        assertThat(sql.jdbcSql()).isEqualTo("select /* :no */ ?, '::x' as c");
    }
}
