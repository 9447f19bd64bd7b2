package co.pactos.kit.web;

import co.pactos.kit.axon.RecordedEvents;
import java.net.URI;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Carries out an idempotent PUT: sends the command with the caller as metadata, then answers 201
 * when events were recorded or 200 when the same body was already there, with the stored resource.
 */
@Component
public class CommandWriter {

    private final CommandGateway commands;
    private final ResourceViews views;

    public CommandWriter(CommandGateway commands, ResourceViews views) {
        this.commands = commands;
        this.views = views;
    }

    /** Sends the command, then answers with the resource stored at {@code path}, read as a {@code view}. */
    public <T> ResponseEntity<WriteResponse<T>> put(String path, Object command, Caller caller, Class<T> view) {
        RecordedEvents.Outcome outcome = commands.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(caller.metaData()));
        WriteResponse<T> body = new WriteResponse<>(
                views.find(path, view).orElseThrow(() -> new IllegalStateException("no view was written for " + path)),
                outcome.eventIds());
        HttpStatus status = outcome.eventIds().isEmpty() ? HttpStatus.OK : HttpStatus.CREATED;
        return ResponseEntity.status(status).location(URI.create(path)).body(body);
    }
}
