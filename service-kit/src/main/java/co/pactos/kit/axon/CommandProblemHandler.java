package co.pactos.kit.axon;

import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.domain.RuleViolation;
import co.pactos.kit.web.ProblemHandler;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The problem+json answers of {@link ProblemHandler}, and those for what Axon throws on the command side. */
@RestControllerAdvice
public class CommandProblemHandler extends ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(CommandProblemHandler.class);

    /** The problem type of a write that lost a race on the event store's key: worth sending again. */
    public static final String CONCURRENT_WRITE = "concurrent-write";

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentWrite(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, CONCURRENT_WRITE, "Another write to the same resource won the race",
                "Send the request again: if its body is the same as what was stored, it answers 200.", List.of());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail aggregateNotFound(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "No such resource",
                "Nothing has been recorded under '" + e.getAggregateIdentifier() + "'; create it first.", List.of());
    }

    /** Axon wraps what a handler throws when it crosses a boundary; answer for the cause. */
    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail commandFailed(CommandExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuleViolation v) {
            return ruleViolation(v);
        }
        if (cause instanceof ConflictingWrite c) {
            return conflict(c);
        }
        return unexpected(e);
    }

    @ExceptionHandler(EventStoreException.class)
    ProblemDetail storeFailed(EventStoreException e) {
        log.error("event store failure", e);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "The event store is not available",
                "Nothing was recorded. Send the request again later.", List.of());
    }

}
