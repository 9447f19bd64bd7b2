package co.pactos.kit.web;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** The answer to a PUT: the resource as stored, and the ids of the events the write recorded (none when it changed nothing). */
public record WriteResponse(JsonNode resource, List<String> eventIds) {
}
