package co.pactos.investments.web;

import co.pactos.investments.catalog.PeriodClosure;
import co.pactos.investments.catalog.ReferenceNotYetKnown;
import co.pactos.investments.catalog.WriteInClosedPeriod;
import co.pactos.kit.web.FieldProblem;
import co.pactos.kit.web.PeriodClosedProblem;
import java.net.URI;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problems of investments-service's catalog of goals-service's references. Ordered first so that the kit's
 * handler (which answers any unknown reference as a plain 422, and anything else as 500) never gets to them.
 *
 * <p>A reference the catalog does not hold is 422, not 409: the request names something this service cannot act on
 * as it stands, which is what a mistyped id is too (the two cannot be told apart here); a caller that does not
 * retry sees the same status as before the catalog, and one that does reads {@code Retry-After} and
 * {@code retryAfterSeconds}. A write in a closed period is 409: the request is valid, the plan's state refuses it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CatalogProblems {

    private final int retryAfterSeconds;
    private final String delay;

    public CatalogProblems(@Value("${pactos.catalog.retry-after-seconds:2}") int retryAfterSeconds,
                           @Value("${pactos.catalog.documented-delay:a few seconds after goals-service records them}") String delay) {
        this.retryAfterSeconds = retryAfterSeconds;
        this.delay = delay;
    }

    @ExceptionHandler(ReferenceNotYetKnown.class)
    ResponseEntity<ProblemDetail> notYetKnown(ReferenceNotYetKnown e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.field() + ": " + e.getMessage()
                + ". investments-service learns of goals-service's plans, dependencies, pacts, goals and activities from"
                + " goals-service's events, which reach it " + delay + ". If " + e.kind() + " '" + e.id()
                + "' was just created in goals-service, send the same request again after " + retryAfterSeconds
                + " s (Retry-After); otherwise create it in goals-service first or fix the id. Nothing was recorded.");
        problem.setType(URI.create("/problems/reference-not-yet-known"));
        problem.setTitle("The request names something investments-service does not know (yet)");
        problem.setProperty("retryAfterSeconds", retryAfterSeconds);
        problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.getMessage())));
        return ResponseEntity.unprocessableContent().header(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds)).body(problem);
    }

    @ExceptionHandler(WriteInClosedPeriod.class)
    ProblemDetail closedPeriod(WriteInClosedPeriod e) {
        PeriodClosure closure = e.closure();
        return PeriodClosedProblem.of("The period is closed", e.getMessage() + ". Writes dated in a closed period are refused"
                        + " until Planeación reopens it with a reason; use a date outside it, or ask Planeación. Nothing was recorded.",
                        closure.planId(), closure.period(), closure.from(), closure.to(), closure.closedAt())
                .withIfKnown("closedBy", closure.closedBy())
                .withIfKnown("reason", closure.reason())
                .refusing(e.field(), e.getMessage());
    }
}
