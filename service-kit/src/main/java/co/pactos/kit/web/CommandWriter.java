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

    public ResponseEntity<WriteResponse> put(String path, Object command, Caller caller) {
        RecordedEvents.Outcome outcome = commands.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(caller.metaData()));
        WriteResponse body = new WriteResponse(
                views.find(path).orElseThrow(() -> new IllegalStateException("no view was written for " + path)),
                outcome.eventIds());
        HttpStatus status = outcome.eventIds().isEmpty() ? HttpStatus.OK : HttpStatus.CREATED;
        return ResponseEntity.status(status).location(URI.create(path)).body(body);
    }
}
