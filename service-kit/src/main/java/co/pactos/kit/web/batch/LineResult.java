package co.pactos.kit.web.batch;

import co.pactos.kit.axon.CommandProblemHandler;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/** The answer to one line of a batch: one NDJSON line. */
@Schema(description = "The result of one line of a batch")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LineResult(
        @Schema(description = "The line's number in the request, from 1", example = "1") int line,
        @Schema(description = "The path the line wrote to, as given (absent when the line names none)",
                example = "/api/goals/G1/progress/R7") String path,
        @Schema(description = "What the single PUT would answer: CREATED (201), UNCHANGED (200), CONFLICT (409), INVALID (400, 404,"
                + " 405, 413, 415, 422: the line or its body), FORBIDDEN (403), FAILED (5xx: try the line again)") Status status,
        @Schema(description = "True when this batch recorded the line's events and they are committed: never in a dry run, never in an"
                + " atomic batch with a failed line, never for UNCHANGED") boolean recorded,
        @Schema(description = "The problem the single PUT would answer, when the line was not CREATED or UNCHANGED",
                ref = "#/components/schemas/Problem") JsonNode problem) {

    public enum Status { CREATED, UNCHANGED, CONFLICT, INVALID, FORBIDDEN, FAILED }

    public boolean succeeded() {
        return status == Status.CREATED || status == Status.UNCHANGED;
    }

    /** A 409 because another write took the aggregate's next sequence number first: the line may be carried out again. */
    boolean lostRace() {
        return status == Status.CONFLICT && problem != null
                && problem.path("type").asString("").endsWith("/" + CommandProblemHandler.CONCURRENT_WRITE);
    }

    LineResult recorded(boolean value) {
        return new LineResult(line, path, status, value, problem);
    }

    static Status of(int httpStatus) {
        return switch (httpStatus) {
            case 201 -> Status.CREATED;
            case 200 -> Status.UNCHANGED;
            case 409 -> Status.CONFLICT;
            case 401, 403 -> Status.FORBIDDEN;
            default -> httpStatus >= 500 ? Status.FAILED : Status.INVALID;
        };
    }
}
