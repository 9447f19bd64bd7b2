package co.pactos.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.pactos.kit.web.FieldProblem;
import co.pactos.kit.web.InvalidInput;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A page's asOf: a date (everything recorded by the end of that day, Colombian time) or an instant with offset. */
class PageQueryTest {

    @Test
    void aDateIsTheLastMicrosecondOfThatDayInColombia() {
        PageQuery query = PageQuery.of("2022", null, " 2022-07-01 ");

        assertThat(query.asOf()).isEqualTo(Instant.parse("2022-07-02T04:59:59.999999Z"));
        assertThat(query.asOfText()).isEqualTo("2022-07-01");
        assertThat(query.asOfDate()).isEqualTo("2022-07-01");
    }

    @Test
    void anInstantKeepsItsOffset() {
        assertThat(PageQuery.of(null, null, "2022-07-01T00:00:00-05:00").asOf()).isEqualTo(Instant.parse("2022-07-01T05:00:00Z"));
    }

    @Test
    void noAsOfMeansNow() {
        PageQuery query = PageQuery.of(null, null, " ");

        assertThat(query.asOf()).isNull();
        assertThat(query.asOfText()).isNull();
    }

    @Test
    void somethingElseIsRefusedNamingAsOf() {
        assertThatThrownBy(() -> PageQuery.of(null, null, "2022-13-01")).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(
                e.errors()).containsExactly(new FieldProblem("asOf", "must be a date YYYY-MM-DD (everything recorded by the end of that"
                + " day, Colombian time) or an ISO-8601 instant with offset, e.g. 2022-07-01T00:00:00-05:00; was '2022-13-01'")));
    }
}
