package co.pactos.reporting.web;

import co.pactos.kit.web.DateOrInstant;
import co.pactos.kit.web.Ids;
import co.pactos.kit.web.InvalidInput;
import co.pactos.kit.web.ProblemAnswers;
import co.pactos.reporting.document.Document;
import co.pactos.reporting.document.PactDocument;
import co.pactos.reporting.progress.ReportPeriod;
import co.pactos.reporting.report.PactReport;
import co.pactos.reporting.report.PactReportQuery;
import co.pactos.reporting.report.PlanSummary;
import co.pactos.reporting.report.PlanSummaryQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The report API: a pact's progress and money for a period, as the system knew it at {@code asOf}; JSON or a Spanish document. */
@RestController
public class ReportController {

    private static final String PERIOD = "A year (2022), a cut-off date (2022-06-30) or plan (the whole plan); within the plan's years";
    private static final String AS_OF = "Answer as the system knew it at this instant: ISO-8601 with offset (in a URL send '+' as %2B);"
            + " absent: now";
    private static final String WINDOWS = " A year reports that fiscal year; a cut-off reports progress for its year up to the date, with"
            + " each earlier year of the plan in timeline, and activities and money from the plan's start up to the date; plan reports"
            + " the whole plan. Progress is in percent with one decimal; freshness says up to which instant the log had been applied.";

    private final PactReportQuery reports;
    private final PlanSummaryQuery summaries;
    private final ReportGate gate;

    public ReportController(PactReportQuery reports, PlanSummaryQuery summaries, ReportGate gate) {
        this.reports = reports;
        this.summaries = summaries;
        this.gate = gate;
    }

    @Operation(operationId = "getPlanSummary", tags = "reports", summary = "Summarise every pact of a plan",
            description = "Every pact of the plan with its direct and indirect goals' mean progress and its money (committed,"
                    + " executed, financial execution) for the period." + WINDOWS)
    @ProblemAnswers({400, 401, 404, 406, 422, 503})
    @ApiResponse(responseCode = "200", description = "Every pact of the plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PlanSummary.class)))
    @GetMapping(value = "/api/reports/pacts", produces = MediaType.APPLICATION_JSON_VALUE)
    public byte[] plan(@Parameter(description = "The plan whose pacts to summarise", required = true, example = "valle-invencible-2020-2023")
                       @RequestParam(required = false) String planId,
                       @Parameter(description = PERIOD, example = "plan") @RequestParam(required = false) String period,
                       @Parameter(description = AS_OF, example = "2022-07-01T00:00:00-05:00") @RequestParam(required = false) String asOf) {
        if (planId == null || planId.isBlank()) {
            throw new InvalidInput("planId", "is required: the plan whose pacts to summarise, e.g. valle-2020-2023");
        }
        ReportPeriod asked = period(period);
        Instant at = asOf(asOf);
        return gate.run(() -> summaries.summaryJson(Ids.check("planId", planId), asked, at));
    }

    @Operation(operationId = "getPactReport", tags = "reports", summary = "Report a pact's progress and money",
            description = "The pact's direct and indirect goals with their progress, each dependency's activities, beneficiaries,"
                    + " municipalities and money, the cross-pact programmes and activities, and the totals, for the period." + WINDOWS)
    @ProblemAnswers({400, 401, 404, 406, 422, 503})
    @ApiResponse(responseCode = "200", description = "The pact's report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PactReport.class)))
    @GetMapping(value = "/api/reports/pacts/{pactId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public byte[] pact(@PathVariable String pactId,
                       @Parameter(description = PERIOD, example = "2022-06-30") @RequestParam(required = false) String period,
                       @Parameter(description = AS_OF, example = "2022-07-01T00:00:00-05:00") @RequestParam(required = false) String asOf) {
        ReportPeriod asked = period(period);
        Instant at = asOf(asOf);
        return gate.run(() -> reports.reportJson(Ids.check("pactId", pactId), asked, at));
    }

    @Operation(operationId = "getPactDocument", tags = "reports", summary = "The pact's report as a Spanish document",
            description = "The same report as getPactReport, written in Spanish the way the seed report reads: HTML, Markdown with"
                    + " format=md, or PDF (A4, the HTML laid out for print, fonts embedded) with format=pdf." + WINDOWS)
    @ProblemAnswers({400, 401, 404, 422, 503})
    @ApiResponse(responseCode = "200", description = "The document", content = {
            @Content(mediaType = "text/html", schema = @Schema(type = "string", example = "<!DOCTYPE html><html lang=\"es\">...")),
            @Content(mediaType = "text/markdown", schema = @Schema(type = "string", example = "# Pacto por la acción comunal\n...")),
            @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"))})
    @GetMapping("/api/reports/pacts/{pactId}/document")
    public ResponseEntity<byte[]> document(@PathVariable String pactId,
                                           @Parameter(description = PERIOD, example = "2022-06-30") @RequestParam(required = false) String period,
                                           @Parameter(description = AS_OF, example = "2022-07-01T00:00:00-05:00")
                                           @RequestParam(required = false) String asOf,
                                           @Parameter(description = "html, md or pdf", schema = @Schema(allowableValues = {"html", "md", "pdf"}))
                                           @RequestParam(required = false, defaultValue = "html") String format) {
        DocumentAnswers.checkDocument(format);
        ReportPeriod asked = period(period);
        Instant at = asOf(asOf);
        PactReport report = gate.run(() -> reports.published(Ids.check("pactId", pactId), asked, at));
        Document document = PactDocument.of(report, Instant.now());
        return DocumentAnswers.of(document, format, "informe-" + report.pact().pactId() + "-" + report.period());
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
            return DateOrInstant.instant(asOf);
        } catch (DateTimeException e) {
            throw new InvalidInput("asOf", "must be an ISO-8601 instant with offset between the years 1 and 9999, e.g. 2022-07-01T00:00:00-05:00 "
                    + "(in a URL, send '+' as %2B: 2022-07-01T00:00:00%2B00:00)");
        }
    }
}
