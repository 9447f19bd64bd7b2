package co.pactos.reporting.web;

import co.pactos.kit.web.Ids;
import co.pactos.kit.web.InvalidInput;
import co.pactos.reporting.document.Document;
import co.pactos.reporting.document.HtmlWriter;
import co.pactos.reporting.document.MarkdownWriter;
import co.pactos.reporting.document.PactDocument;
import co.pactos.reporting.progress.ReportPeriod;
import co.pactos.reporting.report.PactReport;
import co.pactos.reporting.report.PactReportQuery;
import co.pactos.reporting.report.PlanSummary;
import co.pactos.reporting.report.PlanSummaryQuery;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The report API: a pact's progress and money for a period, as the system knew it at {@code asOf}; JSON or a Spanish document. */
@RestController
public class ReportController {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

    private final PactReportQuery reports;
    private final PlanSummaryQuery summaries;
    private final ReportGate gate;

    public ReportController(PactReportQuery reports, PlanSummaryQuery summaries, ReportGate gate) {
        this.reports = reports;
        this.summaries = summaries;
        this.gate = gate;
    }

    @GetMapping(value = "/api/reports/pacts", produces = MediaType.APPLICATION_JSON_VALUE)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "every pact of the plan",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = PlanSummary.class)))
    public byte[] plan(@RequestParam(required = false) String planId, @RequestParam(required = false) String period,
                            @RequestParam(required = false) String asOf) {
        if (planId == null || planId.isBlank()) {
            throw new InvalidInput("planId", "is required: the plan whose pacts to summarise, e.g. valle-2020-2023");
        }
        ReportPeriod asked = period(period);
        Instant at = asOf(asOf);
        return gate.run(() -> summaries.summaryJson(Ids.check("planId", planId), asked, at));
    }

    @GetMapping(value = "/api/reports/pacts/{pactId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "the pact's report",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = PactReport.class)))
    public byte[] pact(@PathVariable String pactId, @RequestParam(required = false) String period,
                           @RequestParam(required = false) String asOf) {
        ReportPeriod asked = period(period);
        Instant at = asOf(asOf);
        return gate.run(() -> reports.reportJson(Ids.check("pactId", pactId), asked, at));
    }

    @GetMapping("/api/reports/pacts/{pactId}/document")
    public ResponseEntity<String> document(@PathVariable String pactId, @RequestParam(required = false) String period,
                                           @RequestParam(required = false) String asOf,
                                           @RequestParam(required = false, defaultValue = "html") String format) {
        if (!format.equals("html") && !format.equals("md")) {
            throw new InvalidInput("format", "must be html or md (pdf is not offered yet), was '" + format + "'");
        }
        ReportPeriod asked = period(period);
        Instant at = asOf(asOf);
        PactReport report = gate.run(() -> reports.published(Ids.check("pactId", pactId), asked, at));
        Document document = PactDocument.of(report, Instant.now());
        return format.equals("md")
                ? ResponseEntity.ok().contentType(MARKDOWN).body(MarkdownWriter.write(document))
                : ResponseEntity.ok().contentType(HTML).body(HtmlWriter.write(document));
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
            throw new InvalidInput("asOf", "must be an ISO-8601 instant with offset, e.g. 2022-07-01T00:00:00-05:00 "
                    + "(in a URL, send '+' as %2B: 2022-07-01T00:00:00%2B00:00)");
        }
    }
}
