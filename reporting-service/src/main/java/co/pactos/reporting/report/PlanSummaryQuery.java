package co.pactos.reporting.report;

import co.pactos.kit.web.ResourceNotFound;
import co.pactos.reporting.progress.ReportPeriod;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The summary of all pacts of a plan: each pact's report, reduced to its means and money. */
@Component
public class PlanSummaryQuery {

    private final JdbcClient jdbc;
    private final PactReportQuery reports;

    public PlanSummaryQuery(JdbcClient jdbc, PactReportQuery reports) {
        this.jdbc = jdbc;
        this.reports = reports;
    }

    public PlanSummary summary(String planId, ReportPeriod period, Instant asOf) {
        Instant at = asOf == null ? Instant.now() : asOf;
        Timestamp known = Timestamp.from(at);
        if (jdbc.sql("select count(*) from plan where plan_id = ? and recorded_at <= ?").params(planId, known)
                .query(Long.class).single() == 0) {
            throw new ResourceNotFound("/api/reports/pacts?planId=" + planId);
        }
        List<String> pactIds = jdbc.sql("select pact_id from pact where plan_id = ? and recorded_at <= ? order by name, pact_id")
                .params(planId, known).query(String.class).list();
        List<PlanSummary.PactLine> lines = pactIds.stream().map(id -> reports.report(id, period, at)).map(r -> new PlanSummary.PactLine(
                r.pact().pactId(), r.pact().name(), r.directGoals(), r.indirectGoals(),
                r.dependencies().stream().mapToLong(PactReport.DependencySection::committed).sum(),
                r.dependencies().stream().mapToLong(PactReport.DependencySection::executed).sum())).toList();
        return new PlanSummary(planId, period.toString(), asOf, lines);
    }
}
