package co.pactos.reporting.report;

import co.pactos.reporting.progress.ReportPeriod;
import co.pactos.reporting.projection.KnownAt;
import co.pactos.reporting.projection.PactProgressFacts;
import co.pactos.reporting.projection.ProjectionReads;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The summary of all pacts of a plan: each pact's means and own money, without building each full report. */
@Component
public class PlanSummaryQuery {

    private final JdbcClient jdbc;
    private final PactReportQuery reports;
    private final ProjectionReads reads;
    private final ReportCache cache;
    private final tools.jackson.databind.json.JsonMapper json;

    public PlanSummaryQuery(JdbcClient jdbc, PactReportQuery reports, ProjectionReads reads, ReportCache cache,
                            tools.jackson.databind.json.JsonMapper json) {
        this.json = json;
        this.jdbc = jdbc;
        this.reports = reports;
        this.reads = reads;
        this.cache = cache;
    }

    public PlanSummary summary(String planId, ReportPeriod period, Instant asOf) {
        return reads.live(PactProgressFacts.NAME, asOf, known -> cache.get(known, "plan:" + planId + ":" + period,
                () -> summary(known, planId, period), summary -> 1_024 + summary.pacts().size() * 300L));
    }

    /** The summary as JSON, written once per state of the projection. */
    public byte[] summaryJson(String planId, ReportPeriod period, Instant asOf) {
        return reads.live(PactProgressFacts.NAME, asOf, known -> cache.bytes(known, "plan-json:" + planId + ":" + period,
                () -> json.writeValueAsBytes(summary(known, planId, period))));
    }

    PlanSummary summary(KnownAt known, String planId, ReportPeriod period) {
        PactReport.Plan plan = reports.plan(planId);
        period.requireWithin(plan.startDate(), plan.endDate());
        List<PactReport.Pact> pacts = jdbc.sql("""
                        select pact_id, plan_id, name, description from known_pact where plan_id = ? order by name, pact_id""")
                .params(planId)
                .query((rs, i) -> new PactReport.Pact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
        Dependencies dependencies = new Dependencies(jdbc); // read once for every pact's line
        List<PlanSummary.PactLine> lines = pacts.stream().map(p -> reports.summaryLine(known, p, plan, period, dependencies)).toList();
        return new PlanSummary(planId, period.toString(), known.asked(), lines, PactReportQuery.freshness(known));
    }
}
