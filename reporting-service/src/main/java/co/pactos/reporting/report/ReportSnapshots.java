package co.pactos.reporting.report;

import co.pactos.events.EventJson;
import co.pactos.reporting.progress.ReportPeriod;
import co.pactos.reporting.projection.ProjectionReads;
import co.pactos.reporting.projection.VersionReports;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A version's pact reports as JSON, without the freshness (which says which version answered): what a new version is checked on. */
@Component
class ReportSnapshots implements VersionReports {

    private static final ReportPeriod WHOLE_PLAN = ReportPeriod.parse("plan");

    private final JdbcClient jdbc;
    private final ProjectionReads reads;
    private final PactReportQuery reports;

    ReportSnapshots(JdbcClient jdbc, ProjectionReads reads, PactReportQuery reports) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.reports = reports;
    }

    @Override
    public List<String> pacts(String name, int version, Instant asOf) {
        return reads.version(name, version, asOf, known -> jdbc.sql("select pact_id from known_pact order by pact_id")
                .query(String.class).list());
    }

    @Override
    public String report(String name, int version, Instant asOf, String pactId) {
        return reads.version(name, version, asOf, known -> json(reports.report(known, pactId, WHOLE_PLAN).withoutFreshness()));
    }

    private static String json(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
