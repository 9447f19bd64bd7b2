package co.pactos.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The COPY text form of each kind of value the projection writes, escapes included. */
class CopyTextTest {

    private static String row(Object... values) {
        StringBuilder out = new StringBuilder();
        CopyText.appendRow(out, values);
        return out.toString();
    }

    @Test
    void values_are_tab_separated_with_backslash_n_for_null() {
        assertThat(row("a", null, 3, true, false)).isEqualTo("a\t\\N\t3\tt\tf\n");
    }

    @Test
    void dates_instants_and_decimals_are_written_as_postgresql_reads_them() {
        assertThat(row(LocalDate.of(2022, 6, 30), Instant.parse("2022-07-01T05:00:00Z"), new BigDecimal("1E+2"), new BigDecimal("0.25")))
                .isEqualTo("2022-06-30\t2022-07-01T05:00:00Z\t100\t0.25\n");
    }

    @Test
    void tabs_newlines_and_backslashes_in_text_are_escaped() {
        assertThat(row("línea 1\nlínea\t2 \\ fin\r")).isEqualTo("línea 1\\nlínea\\t2 \\\\ fin\\r\n");
    }

    @Test
    void lists_become_quoted_array_literals_with_their_quotes_and_backslashes_escaped() {
        assertThat(row(List.of("76001", "Cali \"centro\"", "a\\b"), List.of()))
                .isEqualTo("{\"76001\",\"Cali \\\\\"centro\\\\\"\",\"a\\\\\\\\b\"}\t{}\n");
    }

    @Test
    void json_documents_are_written_as_text() {
        assertThat(row(new PactProgressFacts.Json("[{\"group\":\"líderes\",\"count\":23800}]")))
                .isEqualTo("[{\"group\":\"líderes\",\"count\":23800}]\n");
    }

    @Test
    void a_value_of_another_kind_is_refused() {
        assertThatThrownBy(() -> row(new Object())).isInstanceOf(IllegalArgumentException.class);
    }
}
