package co.pactos.goals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.pactos.kit.web.FieldProblem;
import co.pactos.kit.web.InvalidInput;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A reopening's until: a date holds through the end of that day in Bogotá; otherwise an instant with offset. */
class ReopeningUntilTest {

    @Test
    void aDateHoldsUntilTheStartOfTheNextDayInBogota() {
        assertThat(ClosuresController.until("2022-07-31")).isEqualTo(Instant.parse("2022-08-01T05:00:00Z"));
    }

    @Test
    void anInstantKeepsItsOffset() {
        assertThat(ClosuresController.until("2022-07-31T17:00:00-05:00")).isEqualTo(Instant.parse("2022-07-31T22:00:00Z"));
    }

    @Test
    void noUntilHoldsUntilThePeriodIsClosedAnew() {
        assertThat(ClosuresController.until(null)).isNull();
    }

    @Test
    void somethingElseIsRefusedNamingUntil() {
        for (String bad : new String[] {"", " 2022-07-31", "2022-02-30", "2022-07-31T17:00:00", "mañana", "+300000-01-01T00:00:00Z"}) {
            assertThatThrownBy(() -> ClosuresController.until(bad)).as(bad).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(
                    e.errors()).containsExactly(new FieldProblem("until", "must be a date (2022-07-31) or an ISO-8601 instant with offset"
                    + " (2022-07-31T17:00:00-05:00) in the years 1 to 9999, was '" + bad + "'")));
        }
    }
}
