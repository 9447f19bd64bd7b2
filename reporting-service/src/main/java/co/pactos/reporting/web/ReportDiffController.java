package co.pactos.reporting.web;

import co.pactos.kit.web.DateOrInstant;
import co.pactos.kit.web.FieldProblem;
import co.pactos.kit.web.Ids;
import co.pactos.kit.web.InvalidInput;
import co.pactos.kit.web.ProblemAnswers;
import co.pactos.reporting.document.DiffDocument;
import co.pactos.reporting.progress.ReportPeriod;
import co.pactos.reporting.report.diff.ReportDiff;
import co.pactos.reporting.report.diff.ReportDiffQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What changed in a pact's report between two recorded instants, and the events that explain it; JSON or a Spanish document. */
@RestController
public class ReportDiffController {

    private static final String INSTANT = "a date (2022-07-15: everything recorded by the end of that day, Colombian time) or an"
            + " ISO-8601 instant with offset (in a URL send '+' as %2B)";

    private final ReportDiffQuery diffs;
    private final ReportGate gate;
    private final tools.jackson.databind.json.JsonMapper json;

    public ReportDiffController(ReportDiffQuery diffs, ReportGate gate, tools.jackson.databind.json.JsonMapper json) {
        this.diffs = diffs;
        this.gate = gate;
        this.json = json;
    }

    @Operation(operationId = "getPactReportDiff", tags = "reports", summary = "What changed in a pact's report between two instants",
            description = "Compares the pact's report for the period as the system knew it at from and at to: every figure that"
                    + " differs (direct and indirect goals' counts and means, each goal's target, achievement, progress, statement,"
                    + " link and dependency, goals added or removed, each dependency's money, activities and beneficiaries, the"
                    + " corrected activities, the totals) as {figure, from, to}, with the ids of the events recorded in (from, to]"
                    + " that explain it, and those events (type, recorded at, who, reason, legal act). format=html, md or pdf"
                    + " gives the Spanish document \"Cambios entre el informe del ... y el del ...\".")
    @ProblemAnswers({400, 401, 404, 422, 503})
    @ApiResponse(responseCode = "200", description = "The changes", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ReportDiff.class)),
            @Content(mediaType = "text/html", schema = @Schema(type = "string", example = "<!DOCTYPE html><html lang=\"es\">...")),
            @Content(mediaType = "text/markdown", schema = @Schema(type = "string", example = "# Cambios entre el informe del ...")),
            @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"))})
    @GetMapping("/api/reports/pacts/{pactId}/diff")
    public ResponseEntity<byte[]> diff(@PathVariable String pactId,
                                       @Parameter(description = "A year (2022), a cut-off date (2022-06-30) or plan", example = "2022-06-30")
                                       @RequestParam(required = false) String period,
                                       @Parameter(description = "The earlier instant: " + INSTANT, required = true, example = "2022-07-15")
                                       @RequestParam(required = false) String from,
                                       @Parameter(description = "The later instant: " + INSTANT, required = true, example = "2022-09-30")
                                       @RequestParam(required = false) String to,
                                       @Parameter(description = "json (default), html, md or pdf",
                                               schema = @Schema(allowableValues = {"json", "html", "md", "pdf"}))
                                       @RequestParam(required = false, defaultValue = "json") String format) {
        List<FieldProblem> problems = new ArrayList<>();
        DocumentAnswers.checkJsonOrDocument(format, problems);
        Instant earlier = instant("from", from, problems);
        Instant later = instant("to", to, problems);
        if (earlier != null && later != null && !earlier.isBefore(later)) {
            problems.add(new FieldProblem("from", "must be earlier than to (" + later + "), was " + earlier));
        }
        ReportPeriod asked = null;
        try {
            asked = ReportPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("period", e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        ReportPeriod p = asked;
        ReportDiff diff = gate.run(() -> diffs.diff(Ids.check("pactId", pactId), p, earlier, later));
        if (format.equals("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(diff));
        }
        return DocumentAnswers.of(DiffDocument.of(diff), format, "cambios-" + diff.pact().pactId() + "-" + diff.period());
    }

    /** An instant with offset, or a date meaning the end of that day in Colombia (as the dashboard's asOf). */
    static Instant instant(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "is required: " + INSTANT));
            return null;
        }
        try {
            return DateOrInstant.parse(text.strip()).lastMicrosecond();
        } catch (DateTimeException e) {
            problems.add(new FieldProblem(field, "must be " + INSTANT + ", e.g. 2022-07-15 or 2022-07-15T17:00:00-05:00; was '" + text + "'"));
            return null;
        }
    }
}
