package co.pactos.reporting.report;

import co.pactos.events.EventJson;
import co.pactos.reporting.progress.ReportPeriod;
import co.pactos.reporting.projection.ProjectionReads;
import co.pactos.reporting.projection.VersionReports;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A version's pact reports, digested without the freshness (which says which version answered): what a new version is checked on. */
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
    public String reportDigest(String name, int version, Instant asOf, String pactId) {
        return reads.version(name, version, asOf, known -> digest(reports.reportOnce(known, pactId, WHOLE_PLAN).withoutFreshness()));
    }

    private static String digest(Object value) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
                EventJson.mapper().writeValue(out, value);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
