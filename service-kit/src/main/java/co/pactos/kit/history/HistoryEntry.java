package co.pactos.kit.history;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * One event of a resource's history, as {@code GET {resource}/history} answers it (API.md, "Both command services").
 * {@code changes} are the resource's fields the event set, each with the value in force before it and after it.
 */
@Schema(description = "One event of a resource's history: when it was recorded, the date or period it is about, who made it, from which"
        + " system, why, and what it changed, field by field")
public record HistoryEntry(
        @Schema(description = "The event's id (the same id as on Kafka and in the audit log)") String eventId,
        @Schema(description = "The event's position in its aggregate's stream; send it as after to read the events that follow")
        long sequence,
        @Schema(description = "The event's CloudEvents type", example = "co.pactos.goals.GoalAmended") String type,
        @Schema(description = "When the system recorded the event") Instant recordedAt,
        @Schema(description = "The date or period the fact is about, ISO-8601 as on Kafka (ce_validtime): a date, from/to, '..' for an"
                + " open end", example = "2022-01-01/2022-12-31") String validTime,
        Actor actor,
        @Schema(description = "The dependency the write was made for when it is not the token's own (Planeación loading data of a"
                + " secretariat), else null") String onBehalfOf,
        @Schema(description = "The posting system the writer named (source), e.g. SIGESI; null when it named none") String source,
        @Schema(description = "Why: the reason of an amendment, revision, link change, correction, adjustment, closure or reopening")
        String reason,
        @Schema(description = "The ordinance or decree (number and date) behind an amendment, revision or link change, when there is one")
        String legalAct,
        @Schema(description = "Every field of the resource the event set, with the value before and after; a field whose value did not"
                + " change is left out") List<FieldChange> changes) {

    /** Who made the write, from the bearer token of the request that recorded the event. */
    @Schema(description = "Who made the write, from the bearer token: null members for events recorded before writes were authenticated")
    public record Actor(
            @Schema(description = "The OAuth2 client", example = "sigesi") String client,
            @Schema(description = "The user (the token's subject; for a client_credentials token, the client)") String user,
            @Schema(description = "The dependency the token writes for", example = "SDSP") String dependency) {
    }
}
