package co.pactos.reporting.web;

import co.pactos.reporting.audit.AuditReplayer;
import co.pactos.reporting.projection.ProjectionReads;
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

/** The problems only reporting answers: saturation, a replay running, and no live projection yet (503 with Retry-After). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReportingProblems {

    @ExceptionHandler(ReportGate.Saturated.class)
    ResponseEntity<ProblemDetail> saturated(ReportGate.Saturated e) {
        return unavailable("saturated", "The service is answering as many reports as it can", e.getMessage(), "1");
    }

    @ExceptionHandler(AuditReplayer.Busy.class)
    ResponseEntity<ProblemDetail> replaying(AuditReplayer.Busy e) {
        return unavailable("replay-running", "Another replay is running", e.getMessage(), "30");
    }

    @ExceptionHandler(ProjectionReads.ProjectionUnavailable.class)
    ResponseEntity<ProblemDetail> building(ProjectionReads.ProjectionUnavailable e) {
        return unavailable("projection-building", "The reports are being built from the event log", e.getMessage(), "5");
    }

    private static ResponseEntity<ProblemDetail> unavailable(String type, String title, String detail, String retryAfter) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, retryAfter)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
