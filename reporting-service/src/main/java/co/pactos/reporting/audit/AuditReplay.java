package co.pactos.reporting.audit;

import co.pactos.kit.audit.Checkpoint;
import co.pactos.reporting.projection.ReplayBuild;
import co.pactos.reporting.report.PactReport;
import co.pactos.reporting.report.diff.ReportDiff;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A pact's report rebuilt from exported logs up to signed checkpoints, compared with the report the service published, both
 * as known at {@code publishedAsOf}.
 *
 * @param verdict         {@code MATCH} when every figure of the two reports agrees, else {@code DIFFERENT}
 * @param logs            each log replayed: its origin, how much of it was read, and the checkpoint that bounded it
 * @param publishedAsOf   the instant both reports are taken at (by default when the last replayed event was recorded, or
 *                        just before a log's first event after its checkpoint if that was recorded earlier)
 * @param changes         each figure that differs, {@code from} the published report {@code to} the replayed one, with the
 *                        ids of the events that explain it
 * @param onlyInPublished events on those figures that the published report counted and the replayed logs do not hold
 * @param onlyInReplay    events on those figures that the replayed logs hold and the published report did not count
 * @param parked          events of the logs the projection could not apply (they count in neither report)
 * @param published       the headline figures of the published report; null when the pact was not published then
 * @param report          the report rebuilt from the logs, every line of every list
 */
@Schema(description = "A pact's report rebuilt from exported logs up to signed checkpoints, compared with the published one")
public record AuditReplay(
        String pactId,
        String period,
        @Schema(allowableValues = {"MATCH", "DIFFERENT"}) String verdict,
        List<ReplayedLog> logs,
        Instant publishedAsOf,
        List<ReportDiff.FigureChange> changes,
        List<ReportDiff.ExplainingEvent> onlyInPublished,
        List<ReportDiff.ExplainingEvent> onlyInReplay,
        List<ReplayBuild.Parked> parked,
        ReportDiff.Summary published,
        ReportDiff.Summary replayed,
        PactReport report) {

    /**
     * One exported log: its origin (the CloudEvents source of its events), how many events the export held and up to which
     * position, the checkpoint the replay stopped at (signature and hash verified), the events replayed up to it, when the
     * last of them was recorded, and the earliest recorded time of the export's events after the checkpoint (null: the
     * export ends there).
     */
    public record ReplayedLog(String origin, long exportedEvents, Checkpoint checkpoint, long replayedEvents, Instant lastRecordedAt,
                              Instant nextRecordedAt) {
    }
}
