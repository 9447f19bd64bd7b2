package co.pactos.reporting.report.diff;

import co.pactos.kit.web.ResourceNotFound;
import co.pactos.reporting.progress.ReportPeriod;
import co.pactos.reporting.projection.PactProgressFacts;
import co.pactos.reporting.projection.ProjectionReads;
import co.pactos.reporting.report.PactReport;
import co.pactos.reporting.report.PactReportQuery;
import co.pactos.reporting.report.diff.ReportComparison.Difference;
import co.pactos.reporting.report.diff.ReportDiff.ExplainingEvent;
import co.pactos.reporting.report.diff.ReportDiff.FigureChange;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Compares a pact's report as known at two recorded instants: each figure of either report that differs, with the events
 * recorded between the two instants on what the figure is made of.
 */
@Component
public class ReportDiffQuery {

    private final PactReportQuery reports;
    private final ProjectionReads reads;
    private final ExplainingEvents explaining;

    public ReportDiffQuery(PactReportQuery reports, ProjectionReads reads, ExplainingEvents explaining) {
        this.reports = reports;
        this.reads = reads;
        this.explaining = explaining;
    }

    /** @param from earlier than {@code to} */
    public ReportDiff diff(String pactId, ReportPeriod period, Instant from, Instant to) {
        PactReport after = reports.report(pactId, period, to);
        PactReport before;
        try {
            before = reports.report(pactId, period, from);
        } catch (ResourceNotFound e) {
            before = null; // the pact was declared between the two instants: every figure of it is new
        }
        List<Difference> differences = ReportComparison.between(before, after);
        Set<String> subjects = new LinkedHashSet<>();
        differences.forEach(d -> subjects.addAll(d.subjects()));

        List<ExplainingEvent> events = reads.live(PactProgressFacts.NAME, to,
                known -> explaining.between(from, to, pactId, after.pact().planId(), subjects));
        List<FigureChange> changes = differences.stream()
                .map(d -> d.explainedBy(events.stream().filter(d::movedBy).map(ExplainingEvent::eventId).toList()))
                .toList();
        return new ReportDiff(after.pact(), after.period(), from, to, ReportDiff.Summary.of(before, from),
                ReportDiff.Summary.of(after, to), changes, events, after.freshness());
    }
}
