package co.pactos.reporting.report;

import co.pactos.events.EventJson;
import co.pactos.reporting.progress.ReportPeriod;
import co.pactos.reporting.projection.ProjectionReads;
import co.pactos.reporting.projection.VersionReports;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every pact report of a version, for each year of its plan and the whole plan, as JSON: what a new version is checked on. */
@Component
class ReportSnapshots implements VersionReports {

    private final JdbcClient jdbc;
    private final ProjectionReads reads;
    private final PactReportQuery reports;

    ReportSnapshots(JdbcClient jdbc, ProjectionReads reads, PactReportQuery reports) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.reports = reports;
    }

    @Override
    public Map<String, String> reports(String name, int version, Instant asOf) {
        return reads.version(name, version, asOf, known -> {
            Map<String, String> all = new TreeMap<>();
            record PactOfPlan(String pactId, LocalDate start, LocalDate end) {
            }
            List<PactOfPlan> pacts = jdbc.sql("""
                            select p.pact_id, l.start_date, l.end_date from known_pact p join known_plan l on l.plan_id = p.plan_id
                            order by p.pact_id""")
                    .query((rs, i) -> new PactOfPlan(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                    .list();
            for (PactOfPlan pact : pacts) {
                List<ReportPeriod> periods = new ArrayList<>();
                for (int year = pact.start().getYear(); year <= pact.end().getYear(); year++) {
                    periods.add(ReportPeriod.parse(Integer.toString(year)));
                }
                periods.add(ReportPeriod.parse("plan"));
                for (ReportPeriod period : periods) {
                    PactReport report = reports.report(known, pact.pactId(), period);
                    // the freshness says which version answered: everything else must be the same
                    all.put(pact.pactId() + "@" + period, json(report.withoutFreshness()));
                }
            }
            return all;
        });
    }

    private static String json(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
