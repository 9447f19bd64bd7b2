package co.pactos.kit.web;

import co.pactos.kit.axon.RecordedEvents;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
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
        RecordedEvents.Outcome outcome = commands.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(caller.metaData()));
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

    /** The response to answer with a status alone, when the request asks for that; else null. */
    private static HttpServletResponse statusOnly() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request instanceof ServletRequestAttributes servlet
                && Boolean.TRUE.equals(request.getAttribute(STATUS_ONLY, RequestAttributes.SCOPE_REQUEST)) ? servlet.getResponse() : null;
    }
}
