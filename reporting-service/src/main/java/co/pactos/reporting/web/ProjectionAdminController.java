package co.pactos.reporting.web;

import co.pactos.kit.web.ResourceNotFound;
import co.pactos.reporting.projection.ParkedEvents;
import co.pactos.reporting.projection.ProjectionManager;
import co.pactos.reporting.projection.ProjectionVersion;
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
public class ProjectionAdminController {

    /** A version as the admin API shows it. */
    public record VersionView(String name, int version, int codeVersion, String state, String schema, Instant createdAt,
                              Instant liveSince, List<ProjectionManager.PartitionStatus> positions, long lag, long applied,
                              double eventsPerSecond, String eta, long parked, Instant watermark, String check) {
    }

    public record RebuildAnswer(String name, int version, String state) {
    }

    private final ProjectionManager projections;
    private final ParkedEvents parked;

    public ProjectionAdminController(ProjectionManager projections, ParkedEvents parked) {
        this.projections = projections;
        this.parked = parked;
    }

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

    @PostMapping("/api/admin/projections/{name}/rebuild")
    public ResponseEntity<RebuildAnswer> rebuild(@PathVariable String name) {
        ProjectionVersion version = projections.rebuild(name);
        return ResponseEntity.accepted().location(URI.create("/api/admin/projections"))
                .body(new RebuildAnswer(version.name(), version.version(), version.state().name()));
    }

    @DeleteMapping("/api/admin/projections/{name}/versions/{version}")
    public ResponseEntity<Void> drop(@PathVariable String name, @PathVariable int version) {
        if (!projections.drop(name, version)) {
            throw new ResourceNotFound("no retired version " + version + " of " + name + " (only a RETIRED version can be dropped)");
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/admin/parked-events")
    public List<ParkedEvents.Parked> parkedEvents() {
        return parked.all();
    }

    @PostMapping("/api/admin/parked-events/retry")
    public ResponseEntity<Void> retryParked() {
        projections.retryParked();
        return ResponseEntity.accepted().build();
    }
}
