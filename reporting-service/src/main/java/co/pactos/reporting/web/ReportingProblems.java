package co.pactos.reporting.web;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The problems only reporting answers: saturation (503 with Retry-After). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReportingProblems {

    @ExceptionHandler(ReportGate.Saturated.class)
    ResponseEntity<ProblemDetail> saturated(ReportGate.Saturated e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setType(URI.create("/problems/saturated"));
        problem.setTitle("The service is answering as many reports as it can");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
