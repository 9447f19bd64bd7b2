package co.pactos.investments.web;

import co.pactos.investments.catalog.GoalsServiceUnavailable;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers 503 problem+json when goals-service cannot say whether a reference exists. Ordered first
 * so that the kit's handler, whose catch-all answers any other exception with 500, never gets to it
 * whatever order the advice beans happen to be registered in.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class GoalsServiceUnavailableHandler {

    private static final Logger log = LoggerFactory.getLogger(GoalsServiceUnavailableHandler.class);
    private static final String RETRY_AFTER_SECONDS = "10";

    @ExceptionHandler(GoalsServiceUnavailable.class)
    ResponseEntity<ProblemDetail> goalsServiceUnavailable(GoalsServiceUnavailable e) {
        // the detail leaves out goals-service's address, which is the operators' business; the log has it
        log.warn("reference check failed: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "goals-service, which holds the dependencies, activities, goals and pacts this request names, cannot be reached, "
                        + "so they could not be checked. Nothing was recorded. Send the same request again later.");
        problem.setType(URI.create("/problems/goals-service-unavailable"));
        problem.setTitle("goals-service cannot be reached");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).body(problem);
    }
}
