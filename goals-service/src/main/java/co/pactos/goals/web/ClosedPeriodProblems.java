package co.pactos.goals.web;

import co.pactos.goals.catalog.ClosedPeriod;
import co.pactos.goals.catalog.PeriodClosedWrite;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A write refused because its period is closed: 409 problem+json of its own type, naming the closure (also as the member
 * {@code closure}), before the kit's generic conflict answer would take it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ClosedPeriodProblems {

    @ExceptionHandler(PeriodClosedWrite.class)
    ProblemDetail periodClosed(PeriodClosedWrite e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage() + " Nothing was recorded.");
        problem.setType(URI.create("/problems/period-closed"));
        problem.setTitle("The period is closed for entry");
        ClosedPeriod closure = e.closure();
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("planId", closure.planId());
        named.put("period", closure.period());
        named.put("from", closure.from().toString());
        named.put("to", closure.to().toString());
        named.put("closedAt", closure.closedAt().toString());
        named.put("closedBy", closure.closedBy());
        named.put("path", "/api/plans/" + closure.planId() + "/closures/" + closure.period());
        problem.setProperty("closure", named);
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", "falls in closed period " + closure.period())));
        return problem;
    }
}
