package co.pactos.kit.web;

import co.pactos.kit.axon.RecordedEvents;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Carries out an idempotent PUT: sends the command with the caller as metadata, then answers 201
 * when events were recorded or 200 when the same body was already there, with the stored resource.
 *
 * <p>A request carrying {@link #STATUS_ONLY} (a batch line, whose result keeps only the status) is answered with
 * the status and {@code Location} alone, set on the response here ({@link #put} then answers null): the stored
 * resource is checked to be there but not read into its view and written out again.
 */
@Component
public class CommandWriter {

    private static final Logger log = LoggerFactory.getLogger(CommandWriter.class);

    /** How many times a command that lost a race on the event store's key is sent before 409 is answered. */
    public static final int ATTEMPTS = 3;

    /** Request attribute: the caller keeps only the answer's status, so the body need not be written. */
    public static final String STATUS_ONLY = CommandWriter.class.getName() + ".statusOnly";

    private final CommandGateway commands;
    private final ResourceViews views;

    public CommandWriter(CommandGateway commands, ResourceViews views) {
        this.commands = commands;
        this.views = views;
    }

    /**
     * Sends the command, then answers with the resource stored at {@code path}, read as a {@code view}. Not in one
     * transaction with the command: Axon releases the aggregate's lock when the command's unit of work ends, so a
     * transaction that outlived it let a concurrent command on the same aggregate read the state before this one's
     * events were committed, and fail on the event store's key (409s under 1 000 PUTs/s, measured in ./benchmark writes).
     */
    public <T> ResponseEntity<WriteResponse<T>> put(String path, Object command, Caller caller, Class<T> view) {
        RecordedEvents.Outcome outcome = send(command, caller);
        HttpStatus status = outcome.eventIds().isEmpty() ? HttpStatus.OK : HttpStatus.CREATED;
        HttpServletResponse statusOnly = statusOnly();
        if (statusOnly != null) {
            if (!views.exists(path)) {
                throw new IllegalStateException("no view was written for " + path);
            }
            // answered here: a null return value spares Spring the content negotiation of a body that is not written
            statusOnly.setStatus(status.value());
            statusOnly.setHeader("Location", path);
            return null;
        }
        WriteResponse<T> body = new WriteResponse<>(
                views.find(path, view).orElseThrow(() -> new IllegalStateException("no view was written for " + path)),
                outcome.eventIds());
        return ResponseEntity.status(status).location(URI.create(path)).body(body);
    }

    /**
     * Sends the command; when it lost a race on the event store's (aggregate, sequence) key, sends it again. The race
     * is with a write that held the aggregate's next sequence number uncommitted (a batch's transaction, or another
     * instance of the service): PostgreSQL makes this insert wait until that write committed, so the next attempt
     * decides on the aggregate with that write's events, and answers what the caller would have got had it come
     * second (CREATED, or UNCHANGED for the same body, or a conflict of the domain). Only outside a transaction of
     * the caller's (a single PUT): inside one (a batch line) the failed insert has aborted the transaction, and the
     * batch retries the line from its savepoint instead.
     */
    private RecordedEvents.Outcome send(Object command, Caller caller) {
        for (int attempt = 1; ; attempt++) {
            try {
                return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(caller.metaData()));
            } catch (ConcurrencyException e) {
                if (attempt >= ATTEMPTS || TransactionSynchronizationManager.isActualTransactionActive()) {
                    throw e;
                }
                log.debug("{} lost a race on the event store's key (attempt {}), sending it again", command.getClass().getSimpleName(), attempt);
            }
        }
    }

    /** The response to answer with a status alone, when the request asks for that; else null. */
    private static HttpServletResponse statusOnly() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request instanceof ServletRequestAttributes servlet
                && Boolean.TRUE.equals(request.getAttribute(STATUS_ONLY, RequestAttributes.SCOPE_REQUEST)) ? servlet.getResponse() : null;
    }
}
