package co.pactos.goals.web;

import co.pactos.goals.catalog.ClosedPeriod;
import co.pactos.goals.catalog.PeriodClosedWrite;
import co.pactos.kit.web.PeriodClosedProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
        ClosedPeriod closure = e.closure();
        return PeriodClosedProblem.of("The period is closed for entry", e.getMessage() + " Nothing was recorded.",
                        closure.planId(), closure.period(), closure.from(), closure.to(), closure.closedAt())
                .with("closedBy", closure.closedBy())
                .with("path", "/api/plans/" + closure.planId() + "/closures/" + closure.period())
                .refusing(e.field(), "falls in closed period " + closure.period());
    }
}
