package co.pactos.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.kit.web.FieldProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diff's from and to: a date (everything recorded by the end of that day, Colombian time) or an instant with offset. */
class ReportDiffInstantTest {

    private final List<FieldProblem> problems = new ArrayList<>();

    @Test
    void aDateIsTheLastMicrosecondOfThatDayInColombia() {
        assertThat(ReportDiffController.instant("from", " 2022-07-15 ", problems)).isEqualTo(Instant.parse("2022-07-16T04:59:59.999999Z"));
        assertThat(problems).isEmpty();
    }

    @Test
    void anInstantKeepsItsOffset() {
        assertThat(ReportDiffController.instant("to", "2022-07-15T17:00:00-05:00", problems)).isEqualTo(Instant.parse("2022-07-15T22:00:00Z"));
        assertThat(problems).isEmpty();
    }

    @Test
    void aMissingValueIsRequired() {
        assertThat(ReportDiffController.instant("from", " ", problems)).isNull();
        assertThat(problems).containsExactly(new FieldProblem("from", "is required: a date (2022-07-15: everything recorded by the end of"
                + " that day, Colombian time) or an ISO-8601 instant with offset (in a URL send '+' as %2B)"));
    }

    @Test
    void somethingElseIsNamedWithWhatWasSent() {
        assertThat(ReportDiffController.instant("to", "2022-02-30", problems)).isNull();
        assertThat(ReportDiffController.instant("to", "2022-07-15T17:00:00", problems)).isNull();
        assertThat(problems).extracting(FieldProblem::message).containsExactly(
                "must be a date (2022-07-15: everything recorded by the end of that day, Colombian time) or an ISO-8601 instant with"
                        + " offset (in a URL send '+' as %2B), e.g. 2022-07-15 or 2022-07-15T17:00:00-05:00; was '2022-02-30'",
                "must be a date (2022-07-15: everything recorded by the end of that day, Colombian time) or an ISO-8601 instant with"
                        + " offset (in a URL send '+' as %2B), e.g. 2022-07-15 or 2022-07-15T17:00:00-05:00; was '2022-07-15T17:00:00'");
    }
}
