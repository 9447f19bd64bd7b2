package co.pactos.goals.web;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.goals.catalog.ClosedPeriod;
import co.pactos.goals.catalog.PeriodClosedWrite;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/** The closed-period answer of goals-service, pinned to the byte as the message converter writes it. */
class ClosedPeriodProblemsTest {

    private static final JsonMapper JSON = JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

    @Test
    void namesTheClosureAndTheRefusedField() {
        ClosedPeriod closure = new ClosedPeriod("pdd-2020", "2022-06-30", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 6, 30),
                Instant.parse("2022-07-05T14:00:00Z"), "planeacion");

        ProblemDetail problem = new ClosedPeriodProblems().periodClosed(new PeriodClosedWrite("effectiveDate", "Progress report 'a'", closure));

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(JSON.writeValueAsString(problem)).isEqualTo("{\"detail\":\"Progress report 'a' falls in period 2022-06-30 of plan 'pdd-2020' (2020-01-01 to 2022-06-30),"
                + " closed for entry on 2022-07-05T14:00:00Z by planeacion. Planeación may reopen it (PUT"
                + " /api/plans/pdd-2020/closures/2022-06-30/reopenings/{reopeningId} with a reason). Nothing was recorded.\",\"status\":409,"
                + "\"title\":\"The period is closed for entry\",\"type\":\"/problems/period-closed\","
                + "\"closure\":{\"planId\":\"pdd-2020\",\"period\":\"2022-06-30\",\"from\":\"2020-01-01\",\"to\":\"2022-06-30\","
                + "\"closedAt\":\"2022-07-05T14:00:00Z\",\"closedBy\":\"planeacion\",\"path\":\"/api/plans/pdd-2020/closures/2022-06-30\"},"
                + "\"errors\":[{\"field\":\"effectiveDate\",\"message\":\"falls in closed period 2022-06-30\"}]}");
    }
}
