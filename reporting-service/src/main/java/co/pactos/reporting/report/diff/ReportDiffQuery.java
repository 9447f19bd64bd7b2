package co.pactos.reporting.report.diff;

import co.pactos.kit.web.ResourceNotFound;
import co.pactos.reporting.progress.ReportPeriod;
import co.pactos.reporting.projection.PactProgressFacts;
import co.pactos.reporting.projection.ProjectionReads;
import co.pactos.reporting.report.PactReport;
import co.pactos.reporting.report.PactReportQuery;
import co.pactos.reporting.report.diff.ReportDiff.ExplainingEvent;
import co.pactos.reporting.report.diff.ReportDiff.FigureChange;
import co.pactos.reporting.report.diff.ReportFigures.Figure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;

    public ReportDiffQuery(PactReportQuery reports, ProjectionReads reads, ExplainingEvents explaining, JdbcClient jdbc) {
        this.reports = reports;
        this.reads = reads;
        this.explaining = explaining;
        this.jdbc = jdbc;
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
        Map<String, Figure> was = before == null ? Map.of() : ReportFigures.of(before).figures();
        Map<String, Figure> is = ReportFigures.of(after).figures();

        Map<String, Figure[]> both = new LinkedHashMap<>();
        is.forEach((path, figure) -> both.put(path, new Figure[] {was.get(path), figure}));
        was.forEach((path, figure) -> both.putIfAbsent(path, new Figure[] {figure, null}));
        Map<String, Figure[]> changed = new LinkedHashMap<>();
        Set<String> subjects = new LinkedHashSet<>();
        both.forEach((path, pair) -> {
            if (differ(pair[0], pair[1]) && !oneFieldOfAGoalAddedOrRemoved(path, pair)) {
                changed.put(path, pair);
                subjects.addAll(subjectsOf(pair));
            }
        });

        List<ExplainingEvent> events = reads.live(PactProgressFacts.NAME, to, known -> {
            Map<String, String> names = new HashMap<>();
            jdbc.sql("select code, name from known_dependency").query(rs -> {
                names.put(rs.getString(1), rs.getString(2));
            });
            return explaining.between(from, to, pactId, after.pact().planId(), subjects, code -> names.getOrDefault(code, code));
        });
        List<FigureChange> changes = new ArrayList<>();
        changed.forEach((path, pair) -> {
            Set<String> on = subjectsOf(pair);
            Figure any = pair[1] != null ? pair[1] : pair[0];
            changes.add(new FigureChange(path, any.about(), pair[0] == null ? null : pair[0].number(),
                    pair[1] == null ? null : pair[1].number(), pair[0] == null ? null : pair[0].text(),
                    pair[1] == null ? null : pair[1].text(),
                    events.stream().filter(e -> on.contains(e.subject())).map(ExplainingEvent::eventId).toList()));
        });
        return new ReportDiff(after.pact(), after.period(), from, to, summary(before, from), summary(after, to), changes, events,
                after.freshness());
    }

    private static ReportDiff.Summary summary(PactReport report, Instant asOf) {
        return report == null ? new ReportDiff.Summary(asOf, null, null, null)
                : new ReportDiff.Summary(asOf, report.directGoals(), report.indirectGoals(), report.totals());
    }

    private static Set<String> subjectsOf(Figure[] pair) {
        Set<String> subjects = new LinkedHashSet<>();
        for (Figure figure : pair) {
            if (figure != null) {
                subjects.addAll(figure.subjects());
            }
        }
        return subjects;
    }

    /** A goal added to or removed from the pact is told once, by its link (from none or to none), not field by field. */
    private static boolean oneFieldOfAGoalAddedOrRemoved(String path, Figure[] pair) {
        return (pair[0] == null || pair[1] == null) && path.startsWith("goals/") && !path.endsWith("/link");
    }

    private static boolean differ(Figure a, Figure b) {
        if (a == null || b == null) {
            return true;
        }
        if (!Objects.equals(a.text(), b.text())) {
            return true;
        }
        if (a.number() == null || b.number() == null) {
            return a.number() != b.number();
        }
        return a.number().compareTo(b.number()) != 0;
    }
}
