package co.pactos.kit.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The answer to a PUT: the resource as stored, and the ids of the events the write recorded (none when it changed nothing). */
public record WriteResponse<T>(
        @Schema(description = "the resource as stored, as GET answers it") T resource,
        @Schema(description = "the ids of the events the write recorded; empty when the same body was already stored",
                example = "[\"2b9f3c1e-7f0a-4c55-9a5e-0c8d9f6a1b2c\"]") List<String> eventIds) {
}
