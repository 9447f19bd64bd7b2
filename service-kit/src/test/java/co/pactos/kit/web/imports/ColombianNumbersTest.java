package co.pactos.kit.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ColombianNumbersTest {

    private static BigDecimal value(String text) {
        return ColombianNumbers.read(text).value();
    }

    private static BigDecimal alternative(String text) {
        return ColombianNumbers.read(text).alternative();
    }

    @Test
    void colombian_and_other_forms_of_the_same_number_are_read_alike() {
        for (String text : new String[] {"1.234,5", "1234,5", "1234.5", "1,234.5", " 1 234,5 "}) {
            assertThat(value(text)).as(text).isEqualByComparingTo("1234.5");
            assertThat(alternative(text)).as(text).isNull();
        }
        assertThat(value("150.000.000")).isEqualByComparingTo("150000000");
        assertThat(value("1,234,567")).isEqualByComparingTo("1234567");
        assertThat(value("$ 11.224.170.162")).isEqualByComparingTo("11224170162");
        assertThat(value("-20.000.000")).isEqualByComparingTo("-20000000");
        assertThat(value("0,25")).isEqualByComparingTo("0.25");
        assertThat(value("0.25")).isEqualByComparingTo("0.25");
    }

    @Test
    void one_separator_before_three_digits_is_read_the_colombian_way_keeping_the_other_reading() {
        assertThat(value("1.234")).isEqualByComparingTo("1234");
        assertThat(alternative("1.234")).isEqualByComparingTo("1.234");
        assertThat(value("1,234")).isEqualByComparingTo("1.234");
        assertThat(alternative("1,234")).isEqualByComparingTo("1234");
        assertThat(alternative("0.234")).isNull();
        assertThat(alternative("1234.567")).isNull();
    }

    @Test
    void what_is_not_a_number_is_not_read() {
        for (String text : new String[] {"abc", "1.2.3,4,5", "1,23,4", "12,34.5,6", "-", "1..2", "$"}) {
            assertThat(ColombianNumbers.read(text)).as(text).isNull();
        }
    }

    @Test
    void numbers_are_said_back_in_the_colombian_form() {
        assertThat(ColombianNumbers.spanish(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
        assertThat(ColombianNumbers.spanish(new BigDecimal("-20000000"))).isEqualTo("-20.000.000");
        assertThat(ColombianNumbers.spanish(new BigDecimal("0.25"))).isEqualTo("0,25");
    }
}
