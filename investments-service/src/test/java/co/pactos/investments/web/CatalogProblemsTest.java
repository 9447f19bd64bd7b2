package co.pactos.investments.web;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.investments.catalog.PeriodClosure;
import co.pactos.investments.catalog.WriteInClosedPeriod;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/** The closed-period answer of investments-service, pinned to the byte as the message converter writes it. */
class CatalogProblemsTest {

    private static final JsonMapper JSON = JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
    private static final LocalDate FROM = LocalDate.of(2030, 1, 1);
    private static final LocalDate TO = LocalDate.of(2030, 6, 30);
    private static final Instant CLOSED_AT = Instant.parse("2030-07-02T15:30:00Z");

    private final CatalogProblems problems = new CatalogProblems(2, "a few seconds after goals-service records them");

    @Test
    void namesTheClosureWithWhoClosedItAndWhy() {
        PeriodClosure closure = new PeriodClosure("pdd", "2030-06-30", FROM, TO, "cierre semestral", CLOSED_AT, "ana.planeacion");

        ProblemDetail problem = problems.closedPeriod(new WriteInClosedPeriod("date", LocalDate.of(2030, 3, 1), closure));

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(JSON.writeValueAsString(problem)).isEqualTo("{\"detail\":\"date 2030-03-01 falls in period 2030-06-30 of plan 'pdd' (2030-01-01 to 2030-06-30),"
                + " closed on 2030-07-02T15:30:00Z by ana.planeacion (cierre semestral). Writes dated in a closed period are refused"
                + " until Planeación reopens it with a reason; use a date outside it, or ask Planeación. Nothing was recorded.\",\"status\":409,"
                + "\"title\":\"The period is closed\",\"type\":\"/problems/period-closed\","
                + "\"closure\":{\"planId\":\"pdd\",\"period\":\"2030-06-30\",\"from\":\"2030-01-01\",\"to\":\"2030-06-30\","
                + "\"closedAt\":\"2030-07-02T15:30:00Z\",\"closedBy\":\"ana.planeacion\",\"reason\":\"cierre semestral\"},"
                + "\"errors\":[{\"field\":\"date\",\"message\":\"date 2030-03-01 falls in period 2030-06-30 of plan 'pdd' (2030-01-01"
                + " to 2030-06-30), closed on 2030-07-02T15:30:00Z by ana.planeacion (cierre semestral)\"}]}");
    }

    @Test
    void leavesOutWhoAndWhyWhenTheEventDidNotSay() {
        PeriodClosure closure = new PeriodClosure("pdd", "2030", FROM, LocalDate.of(2030, 12, 31), null, CLOSED_AT, null);

        ProblemDetail problem = problems.closedPeriod(new WriteInClosedPeriod("date", LocalDate.of(2030, 3, 1), closure));

        assertThat(JSON.writeValueAsString(problem)).contains("\"closure\":{\"planId\":\"pdd\",\"period\":\"2030\",\"from\":\"2030-01-01\","
                + "\"to\":\"2030-12-31\",\"closedAt\":\"2030-07-02T15:30:00Z\"},");
    }
}
