package co.pactos.kit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DateOrInstantTest {

    @Test
    void aDateEndsAtTheEndOfThatDayInColombia() {
        DateOrInstant day = DateOrInstant.parse("2022-12-31");

        assertThat(day.lastMicrosecond()).isEqualTo(Instant.parse("2023-01-01T04:59:59.999999Z"));
        assertThat(day.startOfNextDay()).isEqualTo(Instant.parse("2023-01-01T05:00:00Z"));
    }

    @Test
    void anInstantIsItselfEitherWay() {
        DateOrInstant instant = DateOrInstant.parse("2022-07-15T17:00:00+00:00");

        assertThat(instant.lastMicrosecond()).isEqualTo(Instant.parse("2022-07-15T17:00:00Z"));
        assertThat(instant.startOfNextDay()).isEqualTo(Instant.parse("2022-07-15T17:00:00Z"));
    }

    @Test
    void anythingElseIsRefused() {
        for (String bad : new String[] {"", "2022-7-15", " 2022-07-15", "2022-02-29", "2022-07-15T17:00:00", "ayer",
                "0000-12-31", "9999-12-31", "+300000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "-0001-06-30T00:00:00Z"}) {
            assertThatThrownBy(() -> DateOrInstant.parse(bad)).as(bad).isInstanceOf(DateTimeException.class);
        }
    }
}
