package co.pactos.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanishFormatTest {

    @Test
    void money_is_whole_pesos_with_thousands_dots() {
        assertThat(SpanishFormat.money(11_224_170_162L)).isEqualTo("$11.224.170.162");
        assertThat(SpanishFormat.money(150_000_000L)).isEqualTo("$150.000.000");
        assertThat(SpanishFormat.money(0)).isEqualTo("$0");
        assertThat(SpanishFormat.money(-20_000_000L)).isEqualTo("-$20.000.000");
    }

    @Test
    void numbers_use_dots_for_thousands_and_a_comma_for_decimals() {
        assertThat(SpanishFormat.number(23_800)).isEqualTo("23.800");
        assertThat(SpanishFormat.number(999)).isEqualTo("999");
        assertThat(SpanishFormat.decimal(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
        assertThat(SpanishFormat.decimal(new BigDecimal("1E+3"))).isEqualTo("1.000");
        assertThat(SpanishFormat.percent(new BigDecimal("40.45"))).isEqualTo("40,5 %");
        assertThat(SpanishFormat.percent(BigDecimal.ZERO)).isEqualTo("0,0 %");
        assertThat(SpanishFormat.percent(new BigDecimal("40.0000000000"))).isEqualTo("40,0 %");
        assertThat(SpanishFormat.percent(null)).isEqualTo("NP");
    }

    @Test
    void dates_are_written_out() {
        assertThat(SpanishFormat.date(LocalDate.of(2022, 6, 30))).isEqualTo("30 de junio de 2022");
        assertThat(SpanishFormat.date(LocalDate.of(2021, 12, 18))).isEqualTo("18 de diciembre de 2021");
    }

    @Test
    void counts_and_lists_read_like_the_reports() {
        assertThat(SpanishFormat.count(6)).isEqualTo("seis (6)");
        assertThat(SpanishFormat.count(1)).isEqualTo("una (1)");
        assertThat(SpanishFormat.count(42)).isEqualTo("42");
        assertThat(SpanishFormat.list(List.of("a", "b", "c"))).isEqualTo("a, b y c");
        assertThat(SpanishFormat.list(List.of("a"))).isEqualTo("a");
    }
}
