package co.pactos.reporting.report.diff;

import co.pactos.kit.web.ResourceNotFound;
import co.pactos.reporting.progress.ReportPeriod;
import co.pactos.reporting.projection.PactProgressFacts;
import co.pactos.reporting.projection.ProjectionReads;
import co.pactos.reporting.projection.ReplayBuild;
import co.pactos.reporting.report.PactReport;
import co.pactos.reporting.report.PactReportQuery;
import co.pactos.reporting.report.diff.ReportComparison.Difference;
import co.pactos.reporting.report.diff.ReportDiff.ExplainingEvent;
import co.pactos.reporting.report.diff.ReportDiff.FigureChange;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A pact's report rebuilt from a replayed log ({@link ReplayBuild}) against the report the live projection published, both
 * as known at one instant (what each holds recorded by then): every figure that differs, and, for those figures, the events one side holds and the other does not
 * (what the published report counted that the replayed log does not have, and the other way round).
 */
@Component
public class ReplayComparison {

    /**
     * @param replayed        the report rebuilt from the replayed log, as it knew the same instant
     * @param published       the report as published at {@code publishedAsOf}; null when the pact was not published then
     * @param changes         each figure that differs, {@code from} the published report {@code to} the replayed one, with
     *                        the ids of the events of {@code onlyInPublished} and {@code onlyInReplay} that explain it
     * @param onlyInPublished events the published report counted that the replayed log does not hold
     * @param onlyInReplay    events of the replayed log that the published report did not count
     */
    public record Outcome(PactReport replayed, PactReport published, List<FigureChange> changes, List<ExplainingEvent> onlyInPublished,
                          List<ExplainingEvent> onlyInReplay) {
    }

    private final PactReportQuery reports;
    private final ProjectionReads reads;
    private final ExplainingEvents explaining;

    public ReplayComparison(PactReportQuery reports, ProjectionReads reads, ExplainingEvents explaining) {
        this.reports = reports;
        this.reads = reads;
        this.explaining = explaining;
    }

    /** @throws ResourceNotFound when the replayed log declares no such pact */
    public Outcome compare(ReplayBuild build, String pactId, ReportPeriod period, Instant publishedAsOf) {
        PactReport replayed = reads.replay(build, publishedAsOf, known -> reports.reportOnce(known, pactId, period));
        PactReport published;
        try {
            published = reports.report(pactId, period, publishedAsOf);
        } catch (ResourceNotFound e) {
            published = null;
        }
        List<Difference> differences = ReportComparison.between(published, replayed);
        if (differences.isEmpty()) {
            return new Outcome(replayed, published, List.of(), List.of(), List.of());
        }
        Set<String> subjects = new LinkedHashSet<>();
        differences.forEach(d -> subjects.addAll(d.subjects()));
        String planId = replayed.pact().planId();
        // every event on those subjects each side holds: recorded from the beginning to the instant each stands at
        List<ExplainingEvent> inReplay = reads.replay(build, publishedAsOf,
                known -> explaining.between(Instant.EPOCH, known.at(), pactId, planId, subjects));
        List<ExplainingEvent> inPublished = published == null ? List.of() : reads.live(PactProgressFacts.NAME, publishedAsOf,
                known -> explaining.between(Instant.EPOCH, known.at(), pactId, planId, subjects));
        Set<String> replayIds = inReplay.stream().map(ExplainingEvent::eventId).collect(Collectors.toSet());
        Set<String> publishedIds = inPublished.stream().map(ExplainingEvent::eventId).collect(Collectors.toSet());
        List<ExplainingEvent> onlyInPublished = inPublished.stream().filter(e -> !replayIds.contains(e.eventId())).toList();
        List<ExplainingEvent> onlyInReplay = inReplay.stream().filter(e -> !publishedIds.contains(e.eventId())).toList();
        List<FigureChange> changes = differences.stream()
                .map(d -> d.explainedBy(java.util.stream.Stream.concat(onlyInPublished.stream(), onlyInReplay.stream())
                        .filter(d::movedBy).map(ExplainingEvent::eventId).toList()))
                .toList();
        return new Outcome(replayed, published, changes, onlyInPublished, onlyInReplay);
    }
}
