package co.pactos.reporting.web;

import co.pactos.kit.web.FieldProblem;
import co.pactos.kit.web.Ids;
import co.pactos.kit.web.InvalidInput;
import co.pactos.kit.web.ProblemAnswers;
import co.pactos.reporting.audit.AuditReplay;
import co.pactos.reporting.audit.AuditReplayer;
import co.pactos.reporting.document.ReplayDocument;
import co.pactos.reporting.progress.ReportPeriod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * {@code POST /api/audit/replays}: oversight sends the logs it exported from the command services with their signed
 * checkpoints and keys, and gets the pact's report rebuilt from them up to the checkpoints, compared with what was
 * published. Oversight, Planeación and the operator (the audit rule of {@code SecurityConfig}); nothing is recorded.
 */
@RestController
public class AuditReplayController {

    public static final String PATH = "/api/audit/replays";

    private final AuditReplayer replayer;
    private final tools.jackson.databind.json.JsonMapper json;

    public AuditReplayController(AuditReplayer replayer, tools.jackson.databind.json.JsonMapper json) {
        this.replayer = replayer;
        this.json = json;
    }

    /** The bounds of an upload (the exported logs may be large): kept on disk past 1 MiB, at most pactos.audit.replay.max-bytes. */
    @Bean
    static MultipartConfigElement replayUploads(@Value("${pactos.audit.replay.max-bytes:2147483648}") long maxBytes) {
        return new MultipartConfigElement(null, maxBytes, maxBytes + 1024 * 1024, 1024 * 1024);
    }

    @Operation(operationId = "postAuditReplay", tags = "audit", summary = "Rebuild a pact's report from exported logs and compare it",
            description = "multipart/form-data with one part events per exported log (GET /api/audit/events?after=0 of goals-service"
                    + " and of investments-service, NDJSON), and parts checkpoints and keys (GET /api/audit/checkpoints and"
                    + " /api/audit/keys of the same services, JSON arrays; one part per service or all in one array). Each log is"
                    + " checked line by line as audit/Verify.java does (hash, prevhash, positions from 1) and against the checkpoint"
                    + " that bounds it (the latest one within the export, or the one named in upTo): its Ed25519 signature with the"
                    + " key it names, and its hash against the log's at its position. The log up to each checkpoint is then replayed"
                    + " into a projection of its own (the same handlers as the live one), the pact's report is computed from it and"
                    + " compared, figure by figure, with the report as the service published it, both as known at asOf (default:"
                    + " when the last replayed event was recorded, or just before a log's first event after its checkpoint when"
                    + " that came earlier, so that neither report counts an event the signed parts sent lack). verdict MATCH or DIFFERENT; for each figure that differs, the events on it that"
                    + " one side holds and the other does not. A log that does not verify is refused (422) naming the first event"
                    + " where its chain breaks. Nothing is recorded; the replay's tables are dropped when it answers. One replay at"
                    + " a time per instance (503 with Retry-After otherwise). format=html, md or pdf gives the Spanish document"
                    + " \"Reconstrucción del informe desde el registro exportado\".")
    @ProblemAnswers({400, 401, 403, 413, 422, 503})
    @ApiResponse(responseCode = "200", description = "The rebuilt report and the comparison", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = AuditReplay.class)),
            @Content(mediaType = "text/html", schema = @Schema(type = "string", example = "<!DOCTYPE html><html lang=\"es\">...")),
            @Content(mediaType = "text/markdown", schema = @Schema(type = "string",
                    example = "# Reconstrucción del informe desde el registro exportado")),
            @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"))})
    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<byte[]> replay(@Parameter(description = "The pact whose report is rebuilt", required = true, example = "accion-comunal")
                              @RequestParam(required = false) String pactId,
                              @Parameter(description = "A year (2022), a cut-off date (2022-06-30) or plan", required = true,
                                      example = "2022-06-30")
                              @RequestParam(required = false) String period,
                              @Parameter(description = "The published report to compare with, as known at: a date (end of that day,"
                                      + " Colombian time) or an ISO-8601 instant with offset; default: when the last replayed event"
                                      + " was recorded")
                              @RequestParam(required = false) String asOf,
                              @Parameter(description = "Stop a log at the checkpoint at this position instead of the latest one:"
                                      + " origin:position, e.g. /pactos/goals-service:1000; repeat for each log")
                              @RequestParam(required = false) List<String> upTo,
                              @Parameter(description = "json (default), html, md or pdf",
                                      schema = @Schema(allowableValues = {"json", "html", "md", "pdf"}))
                              @RequestParam(required = false, defaultValue = "json") String format,
                              MultipartHttpServletRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        DocumentAnswers.checkJsonOrDocument(format, problems);
        String pact = null;
        if (pactId == null || pactId.isBlank()) {
            problems.add(new FieldProblem("pactId", "is required: the pact whose report is rebuilt"));
        } else {
            pact = Ids.check("pactId", pactId);
        }
        ReportPeriod asked = null;
        try {
            asked = ReportPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("period", e.getMessage()));
        }
        Instant published = asOf == null || asOf.isBlank() ? null : ReportDiffController.instant("asOf", asOf, problems);
        Map<String, Long> stops = stops(upTo, problems);
        List<MultipartFile> events = request.getFiles("events");
        if (events.isEmpty()) {
            problems.add(new FieldProblem("events", "at least one exported log is required: GET /api/audit/events?after=0 of a "
                    + "command service, sent as a file part named events"));
        }
        List<byte[]> checkpoints = contents(request.getFiles("checkpoints"), "checkpoints", problems);
        List<byte[]> keys = contents(request.getFiles("keys"), "keys", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<AuditReplayer.ExportedLog> logs = events.stream().map(AuditReplayController::log).toList();
        AuditReplay replay = replayer.replay(pact, asked, logs, checkpoints, keys, stops, published);
        if (format.equals("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(replay));
        }
        return DocumentAnswers.of(ReplayDocument.of(replay), format, "reconstruccion-" + replay.pactId() + "-" + replay.period());
    }

    private static Map<String, Long> stops(List<String> upTo, List<FieldProblem> problems) {
        Map<String, Long> stops = new LinkedHashMap<>();
        for (String stop : upTo == null ? List.<String>of() : upTo) {
            int colon = stop.lastIndexOf(':');
            try {
                long position = Long.parseLong(stop.substring(colon + 1));
                if (colon < 1 || position < 1) {
                    throw new NumberFormatException();
                }
                stops.put(stop.substring(0, colon), position);
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("upTo", "must be origin:position with a position of 1 or more, e.g. "
                        + "/pactos/goals-service:1000; was '" + stop + "'"));
            }
        }
        return stops;
    }

    private static List<byte[]> contents(List<MultipartFile> files, String part, List<FieldProblem> problems) {
        if (files.isEmpty()) {
            problems.add(new FieldProblem(part, "is required: GET /api/audit/" + part + " of each service whose log is sent, as a"
                    + " file part named " + part));
        }
        List<byte[]> contents = new ArrayList<>();
        for (MultipartFile file : files) {
            try {
                contents.add(file.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("the part " + part + " could not be read", e);
            }
        }
        return contents;
    }

    private static AuditReplayer.ExportedLog log(MultipartFile file) {
        return new AuditReplayer.ExportedLog() {
            @Override
            public String part() {
                return "events" + (file.getOriginalFilename() == null ? "" : " (" + file.getOriginalFilename() + ")");
            }

            @Override
            public InputStream open() throws IOException {
                return file.getInputStream();
            }
        };
    }
}
