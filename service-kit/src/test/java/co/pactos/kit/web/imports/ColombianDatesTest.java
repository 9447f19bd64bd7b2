package co.pactos.kit.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ColombianDatesTest {

    @Test
    void day_first_and_iso_forms_are_read() {
        for (String text : new String[] {"30/06/2022", "30-06-2022", "2022-06-30", "30.06.2022", "2022/06/30", "30/06/2022 00:00"}) {
            ColombianDates.Reading reading = ColombianDates.read(text);
            assertThat(reading.date()).as(text).isEqualTo(LocalDate.of(2022, 6, 30));
            assertThat(reading.ambiguous()).as(text).isFalse();
        }
    }

    @Test
    void a_date_whose_day_and_month_could_be_swapped_is_read_day_first_and_said_to_be_ambiguous() {
        ColombianDates.Reading reading = ColombianDates.read("06/07/2022");
        assertThat(reading.date()).isEqualTo(LocalDate.of(2022, 7, 6));
        assertThat(reading.ambiguous()).isTrue();
        assertThat(ColombianDates.spanish(reading.date())).isEqualTo("6 de julio de 2022");
        assertThat(ColombianDates.read("07/07/2022").ambiguous()).isFalse();
    }

    @Test
    void what_is_not_a_date_says_why() {
        assertThat(ColombianDates.read("31/02/2022").problem()).contains("no es una fecha del calendario");
        assertThat(ColombianDates.read("30/06/22").problem()).contains("cuatro cifras");
        assertThat(ColombianDates.read("junio").problem()).contains("30/06/2022");
    }
}
