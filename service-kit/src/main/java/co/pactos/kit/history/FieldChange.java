package co.pactos.kit.history;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/**
 * One field an event set: its value in force before the event ({@code null} when the field had none) and after it,
 * as JSON values of the resource's GET answer. Fields of parts of a resource are dotted: {@code pacts.accion-comunal},
 * {@code targets.2022}, {@code progress.r-7.value}. Its OpenAPI schema is any JSON value ({@link HistoryApiDocs}).
 */
@Schema(description = "One field an event set, with its value before and after (JSON values as in the resource's GET answer)")
public record FieldChange(
        @Schema(description = "The field; parts of a resource are dotted, e.g. statement, pacts.accion-comunal, targets.2022,"
                + " progress.r-7.value", example = "statement") String field,
        @Schema(description = "The value in force before the event: a string, number, boolean, list or object; null when there was none") JsonNode from,
        @Schema(description = "The value after the event: a string, number, boolean, list or object; null when the event cleared it"
                + " (a link that ended is NONE)") JsonNode to) {
}
