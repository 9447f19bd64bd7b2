package co.pactos.kit.web;

import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.domain.RuleViolation;
import co.pactos.kit.domain.UnknownReference;
import co.pactos.kit.security.Identity;
import co.pactos.kit.security.ProblemResponses;
import co.pactos.kit.security.WriteForbidden;
import co.pactos.kit.web.strict.BodySizeLimit;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem+json: a type, a title, a detail that says what to fix, and for
 * input errors an {@code errors} list of {field, message}. Nothing a caller sends is answered 500.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InvalidInput.class)
    protected ProblemDetail invalidInput(InvalidInput e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid fields",
                "Fix the fields listed in errors and send the request again.", e.errors());
    }

    @ExceptionHandler(RuleViolation.class)
    protected ProblemDetail ruleViolation(RuleViolation e) {
        boolean unknown = e instanceof UnknownReference;
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, unknown ? "unknown-reference" : "rule-violation",
                unknown ? "The request names something that does not exist" : "The request breaks a rule of the domain",
                e.field() + ": " + e.getMessage(), List.of(new FieldProblem(e.field(), e.getMessage())));
    }

    @ExceptionHandler(ConflictingWrite.class)
    protected ProblemDetail conflict(ConflictingWrite e) {
        return problem(HttpStatus.CONFLICT, "conflict", "The id already holds something else", e.getMessage(), List.of());
    }

    @ExceptionHandler(ResourceNotFound.class)
    ProblemDetail notFound(ResourceNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "No such resource", e.getMessage(), List.of());
    }

    @ExceptionHandler(WriteForbidden.class)
    ProblemDetail writeForbidden(WriteForbidden e) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "forbidden", "The token does not allow this write",
                e.getMessage() + " Nothing was recorded.", List.of());
        ProblemResponses.details(e.identity()).forEach(problem::setProperty);
        return problem;
    }

    /** Security's own exceptions, when one is thrown inside a controller rather than by the filters. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        Identity caller = Identity.current();
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "forbidden", "The token does not allow this request",
                caller.mayWrite() + ". Nothing was recorded.", List.of());
        ProblemResponses.details(caller).forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid fields",
                "Fix the fields listed in errors and send the request again.",
                List.of(new FieldProblem(e.getName(), "cannot read '" + e.getValue() + "' as "
                        + (e.getRequiredType() == null ? "the expected type" : e.getRequiredType().getSimpleName()))));
    }

    @ExceptionHandler(Exception.class)
    protected ProblemDetail unexpected(Exception e) {
        log.error("unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Unexpected failure",
                "This is a fault of the service, not of the request; it has been logged.", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(invalidInput(new InvalidInput(errors)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        long limit = BodySizeLimit.exceeded(e);
        if (limit >= 0) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(BodySizeLimit.problem(limit));
        }
        FieldProblem error = JsonProblems.of(e.getCause());
        return ResponseEntity.badRequest().body(invalidInput(new InvalidInput(List.of(error))));
    }

    /** The framework's own answers (404, 405, 406, 415, a missing parameter ...) in the API's form: its type and wording. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers, HttpStatusCode status,
                                                             WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(e, body, headers, status, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            FrameworkProblems.describe(problem, status, e);
        }
        return answer;
    }

    protected static ProblemDetail problem(HttpStatus status, String type, String title, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
