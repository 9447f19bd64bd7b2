package co.pactos.kit.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * The form of one line of {@code GET /api/audit/events}, for the OpenAPI document only: the lines
 * themselves are written by {@link AuditLine} in RFC 8785 form, members in code-unit order.
 */
@Schema(description = "One event of the log as a CloudEvents 1.0 JSON object with its place in the chain")
public record AuditEventLine(
        @Schema(example = "1.0") String specversion,
        @Schema(description = "The event id") String id,
        @Schema(description = "The service", example = "/pactos/goals-service") String source,
        @Schema(description = "The event type", example = "co.pactos.goals.ProgressReported") String type,
        @Schema(description = "The aggregate id") String subject,
        @Schema(description = "When it was recorded (ISO-8601 instant)") String time,
        @Schema(description = "The revision of the event's JSON form as stored") int revision,
        @Schema(description = "The event's sequence within its aggregate") long sequence,
        @Schema(description = "The date or period the fact is about (ISO-8601)", nullable = true) String validtime,
        @Schema(description = "The dependency that caused it", nullable = true) String dependency,
        @Schema(description = "The user that caused it", nullable = true) String actor,
        @Schema(description = "The posting system, e.g. SIGESI", nullable = true) String sourcesystem,
        @Schema(description = "The OAuth2 client whose token made the write", nullable = true) String client,
        @Schema(description = "The dependency the write was made for, when not the token's own", nullable = true) String onbehalfof,
        @Schema(description = "The event's position in the service's log: 1, 2, 3 ...") long position,
        @Schema(description = "The hash of the line before (64 zeros for position 1)") String prevhash,
        @Schema(description = "Lowercase hex SHA-256 of the RFC 8785 JSON of this line without hash") String hash,
        @Schema(description = "The event's JSON as stored. A chained event whose row is gone from the event store keeps its line with"
                + " id, source, position, prevhash and hash only, neither data nor data_base64: the verifier names it as deleted",
                additionalPropertiesSchema = JsonValue.class) Map<String, JsonValue> data,
        @Schema(description = "Instead of data, where the stored payload is not JSON: its bytes in base64", nullable = true)
        String data_base64) {

    /** Any JSON value of an event's fields. */
    @Schema(name = "EventFieldValue", types = {"string", "number", "boolean", "object", "array", "null"},
            description = "A field of the event as the contract's JSON form has it")
    public interface JsonValue {
    }
}
