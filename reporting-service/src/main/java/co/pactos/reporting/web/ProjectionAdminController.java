package co.pactos.reporting.web;

import co.pactos.kit.web.ProblemAnswers;
import co.pactos.kit.web.ResourceNotFound;
import co.pactos.reporting.projection.ParkedEvents;
import co.pactos.reporting.projection.ProjectionManager;
import co.pactos.reporting.projection.ProjectionVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** What an operator does with the reporting projection: follow its versions, rebuild it, drop a retired version, see and retry parked events. */
@RestController
@Tag(name = "admin")
@SecurityRequirement(name = "bearer")
public class ProjectionAdminController {

    /** A version as the admin API shows it. */
    @Schema(description = "A version of a projection: its state, positions and lag per partition, rate, ETA, parked events and watermark")
    public record VersionView(String name, int version, int codeVersion, String state, String schema, Instant createdAt,
                              Instant liveSince, List<ProjectionManager.PartitionStatus> positions, long lag, long applied,
                              double eventsPerSecond, String eta, long parked, Instant watermark, String check) {
    }

    @Schema(description = "The version a rebuild started")
    public record RebuildAnswer(String name, int version, String state) {
    }

    private final ProjectionManager projections;
    private final ParkedEvents parked;

    public ProjectionAdminController(ProjectionManager projections, ParkedEvents parked) {
        this.projections = projections;
        this.parked = parked;
    }

    @Operation(operationId = "getProjections", summary = "List the projection's versions",
            description = "Each version of each projection with its state (BUILDING, CATCHING_UP, LIVE, RETIRED), position and lag per"
                    + " partition, events per second, ETA, parked events, watermark and the result of its check against the live"
                    + " version. Needs an operator's or oversight's token.")
    @ProblemAnswers({401, 403})
    @GetMapping("/api/admin/projections")
    public List<VersionView> projections() {
        return projections.names().stream().flatMap(name -> projections.statuses(name).stream()).map(s -> {
            ProjectionVersion v = s.version();
            Duration eta = s.eta();
            return new VersionView(v.name(), v.version(), v.codeVersion(), v.state().name(), v.schema(), v.createdAt(), v.liveSince(),
                    s.positions(), s.lag(), s.applied(), Math.round(s.eventsPerSecond() * 10) / 10.0,
                    eta == null ? null : eta.toString(), s.parked(), s.watermark(), v.checkResult());
        }).toList();
    }

    @Operation(operationId = "rebuildProjection", summary = "Rebuild a projection beside the live one",
            description = "Starts a new version that builds from offset 0 beside the live one and takes over once it has caught up"
                    + " and agrees with it; 409 while a version is being built already. Needs an operator's token.")
    @ProblemAnswers({401, 403, 404, 409})
    @ApiResponse(responseCode = "202", description = "The new version, BUILDING; follow it at /api/admin/projections")
    @PostMapping("/api/admin/projections/{name}/rebuild")
    public ResponseEntity<RebuildAnswer> rebuild(@Parameter(description = "The projection", example = "pact-progress") @PathVariable String name) {
        ProjectionVersion version = projections.rebuild(name);
        return ResponseEntity.accepted().location(URI.create("/api/admin/projections"))
                .body(new RebuildAnswer(version.name(), version.version(), version.state().name()));
    }

    @Operation(operationId = "dropProjectionVersion", summary = "Drop a retired version",
            description = "Drops the schema and positions of a RETIRED version; any other version is 404. Needs an operator's token.")
    @ProblemAnswers({401, 403, 404})
    @ApiResponse(responseCode = "204", description = "Dropped")
    @DeleteMapping("/api/admin/projections/{name}/versions/{version}")
    public ResponseEntity<Void> drop(@Parameter(description = "The projection", example = "pact-progress") @PathVariable String name,
                                     @Parameter(description = "The version number", example = "1") @PathVariable int version) {
        if (!projections.drop(name, version)) {
            throw new ResourceNotFound("no retired version " + version + " of " + name + " (only a RETIRED version can be dropped)");
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "getParkedEvents", summary = "List the parked events",
            description = "Events that could not be applied (unknown type or revision, unreadable, refused by a constraint), with"
                    + " their topic, partition, offset, headers, payload and the reason. Needs an operator's or oversight's token.")
    @ProblemAnswers({401, 403})
    @GetMapping("/api/admin/parked-events")
    public List<ParkedEvents.Parked> parkedEvents() {
        return parked.all();
    }

    @Operation(operationId = "retryParkedEvents", summary = "Apply the parked events again",
            description = "Applies every parked event again; those that still fail stay parked with the attempt counted. Needs an"
                    + " operator's token.")
    @ProblemAnswers({401, 403})
    @ApiResponse(responseCode = "202", description = "The retry has started")
    @PostMapping("/api/admin/parked-events/retry")
    public ResponseEntity<Void> retryParked() {
        projections.retryParked();
        return ResponseEntity.accepted().build();
    }
}
