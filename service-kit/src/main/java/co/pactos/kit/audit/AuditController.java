package co.pactos.kit.audit;

import co.pactos.kit.web.ProblemAnswers;
import co.pactos.kit.web.strict.ProblemWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The verifiable log (API.md, "Both command services"): the export of the chained events as they are
 * stored now, the signed checkpoints and the public keys. Oversight and Planeación only (see
 * {@code CommandServiceSecurity}).
 */
@RestController
public class AuditController {

    public static final String NDJSON = "application/x-ndjson";
    private static final String WHO = " Needs a token of oversight (role oversight, e.g. Contraloría) or Planeación (role planning).";

    private final JdbcTemplate jdbc;
    private final EventChain chain;
    private final Checkpoints checkpoints;
    private final SigningKeys keys;
    private final AuditSettings settings;

    public AuditController(JdbcTemplate jdbc, EventChain chain, Checkpoints checkpoints, SigningKeys keys, AuditSettings settings) {
        this.jdbc = jdbc;
        this.chain = chain;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.settings = settings;
    }

    @Operation(operationId = "getAuditEvents", tags = "audit", summary = "Export the log with its chain",
            security = @SecurityRequirement(name = "bearer"),
            description = "The service's events as NDJSON, in the order of its log: one CloudEvents 1.0 JSON object per line with the"
                    + " extension attributes of the Kafka headers, position (1, 2, 3 ...), prevhash (the hash of the line before; 64"
                    + " zeros for position 1) and hash (lowercase hex SHA-256 of the RFC 8785 JSON of the line without hash). Each"
                    + " line is the event as stored now beside the hash it was chained with, so an event edited, deleted or moved in"
                    + " the database shows as a break (audit/Verify.java finds it). Lines whose position is greater than after, at"
                    + " most limit of them, streamed." + WHO)
    @ApiResponse(responseCode = "200", description = "One event per line (NDJSON), in position order",
            content = @Content(mediaType = NDJSON, schema = @Schema(implementation = AuditEventLine.class)))
    @ProblemAnswers({400, 401, 403})
    @GetMapping("/api/audit/events")
    public void events(@Parameter(description = "Only positions greater than this (default 0: from the first event)")
                       @RequestParam(required = false) String after,
                       @Parameter(description = "At most this many lines (default and largest: pactos.audit.max-export-lines, 1 000 000)")
                       @RequestParam(required = false) String limit,
                       HttpServletResponse response) throws IOException {
        Long from = number(after, 0);
        Long most = number(limit, settings.maxExportLines());
        if (from == null || from < 0) {
            ProblemWriter.write(response, 400, "after must be a position: a whole number 0 or greater, was '" + after + "'.", "after");
            return;
        }
        if (most == null || most < 1 || most > settings.maxExportLines()) {
            ProblemWriter.write(response, 400, "limit must be a whole number from 1 to " + settings.maxExportLines()
                    + " (pactos.audit.max-export-lines), was '" + limit + "'.", "limit");
            return;
        }
        response.setStatus(200);
        response.setContentType(NDJSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 64 * 1024);
        String origin = chain.origin();
        // page by page, keyed by position: a pooled connection is held while a page is read, never while a slow reader
        // takes the lines; the chain only grows at its end (one writer under a lock), so the pages add up to one export
        long last = from;
        long left = most;
        while (left > 0) {
            int size = (int) Math.min(left, settings.exportPageLines());
            List<ExportedLine> page = page(origin, last, size);
            for (ExportedLine line : page) {
                out.write(line.json());
                out.write('\n');
            }
            if (page.size() < size) {
                break;
            }
            left -= size;
            last = page.get(page.size() - 1).position();
        }
        out.flush();
    }

    @Operation(operationId = "getAuditCheckpoints", tags = "audit", summary = "List the signed checkpoints",
            security = @SecurityRequirement(name = "bearer"),
            description = "Every checkpoint of the chain, oldest first: {origin, position, hash, signedAt, keyId, signature}, signature"
                    + " = base64 Ed25519 signature of the RFC 8785 JSON of the checkpoint without signature. One is signed whenever a"
                    + " period's closure is chained, every pactos.audit.checkpoint-events events and at least every"
                    + " pactos.audit.checkpoint-every while the log grows; each is also published on the Kafka topic"
                    + " pactos.audit.checkpoints." + WHO)
    @ProblemAnswers({401, 403})
    @GetMapping("/api/audit/checkpoints")
    public List<Checkpoint> checkpoints() {
        return checkpoints.all();
    }

    @Operation(operationId = "getAuditKeys", tags = "audit", summary = "List the checkpoint keys",
            security = @SecurityRequirement(name = "bearer"),
            description = "The public keys that signed this service's checkpoints: {keyId, algorithm: Ed25519, publicKey} with"
                    + " publicKey the base64 X.509 SubjectPublicKeyInfo (DER)." + WHO)
    @ProblemAnswers({401, 403})
    @GetMapping("/api/audit/keys")
    public List<AuditKey> keys() {
        return keys.publicKeys();
    }

    private record ExportedLine(long position, String json) {
    }

    /**
     * At most {@code size} lines of the export after {@code after}, in position order. A chained event no longer in
     * {@code domain_event_entry} keeps its line (left join): what the chain knows of it (id, source, position, prevhash,
     * hash) without content, so that the verifier names the deleted event rather than a gap.
     */
    private List<ExportedLine> page(String origin, long after, int size) {
        return jdbc.query("select c.position, c.prevhash, c.hash, c.event_id as chained_event_id, " + StoredEvent.COLUMNS + """
                 from audit_chain c left join domain_event_entry e on e.global_index = c.global_index
                where c.position > ? order by c.position limit ?""", (rs, i) -> {
            long position = rs.getLong("position");
            if (rs.getObject("global_index") == null) {
                return new ExportedLine(position, AuditLine.withoutContent(rs.getString("chained_event_id"), origin, position,
                        rs.getString("prevhash"), rs.getString("hash")));
            }
            StoredEvent event = StoredEvent.of(rs);
            var line = AuditLine.of(event.attributes(origin), event.payload(), position, rs.getString("prevhash"));
            return new ExportedLine(position, AuditLine.withHash(line, rs.getString("hash")));
        }, after, size);
    }

    /** The parameter as a whole number, its default when absent, null when it is not one. */
    private static Long number(String text, long fallback) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        if (text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.parseLong(text);
    }
}
