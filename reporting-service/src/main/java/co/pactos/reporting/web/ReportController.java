package co.pactos.reporting.web;

import co.pactos.kit.web.Ids;
import co.pactos.kit.web.InvalidInput;
import co.pactos.reporting.progress.ReportPeriod;
import co.pactos.reporting.report.PactReport;
import co.pactos.reporting.report.PactReportQuery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The report API: a pact's progress and money for a period, as the system knew it at {@code asOf}. */
@RestController
public class ReportController {

    private final PactReportQuery reports;

    public ReportController(PactReportQuery reports) {
        this.reports = reports;
    }

    @GetMapping("/api/reports/pacts/{pactId}")
    public PactReport pact(@PathVariable String pactId, @RequestParam(required = false) String period,
                           @RequestParam(required = false) String asOf) {
        return reports.report(Ids.check("pactId", pactId), period(period), asOf(asOf));
    }

    static ReportPeriod period(String period) {
        try {
            return ReportPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("period", e.getMessage());
        }
    }

    static Instant asOf(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(asOf).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput("asOf", "must be an ISO-8601 instant with offset, e.g. 2022-07-01T00:00:00-05:00");
        }
    }
}
