package co.pactos.kit.web.batch;

import co.pactos.kit.web.ProblemAnswers;
import co.pactos.kit.security.WritePolicy;
import co.pactos.kit.web.strict.ProblemWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/batch}: many writes in one request, each line the single PUT it names, carried out
 * through the same dispatcher (same controller, strict reading, token and idempotency), in order.
 *
 * <p>How lines are carried out (transactions, savepoints, dry runs, atomic batches) is {@link BatchExecutor}'s;
 * a line's answer is sent once its transaction has committed.
 */
@RestController
@Import(BatchExecutor.class)
public class BatchController {

    public static final String PATH = "/api/batch";
    public static final String NDJSON = "application/x-ndjson";

    private static final Logger log = LoggerFactory.getLogger(BatchController.class);

    private final BatchExecutor executor;
    private final WritePolicy policy;
    private final JsonMapper json;
    private final long maxBytes;
    private final int maxLines;
    private final int maxLineBytes;
    private final int linesPerTransaction;

    public BatchController(BatchExecutor executor, WritePolicy policy, JsonMapper json,
                           @Value("${pactos.batch.max-bytes:67108864}") long maxBytes,
                           @Value("${pactos.batch.max-lines:100000}") int maxLines,
                           @Value("${pactos.http.max-body-bytes:1048576}") int maxLineBytes,
                           @Value("${pactos.batch.lines-per-transaction:100}") int linesPerTransaction) {
        this.executor = executor;
        this.policy = policy;
        this.json = json;
        this.maxBytes = maxBytes;
        this.maxLines = maxLines;
        this.maxLineBytes = maxLineBytes;
        this.linesPerTransaction = Math.max(1, linesPerTransaction);
    }

    @Operation(operationId = "postBatch", tags = "batch", summary = "Send many writes at once",
            description = "The body is NDJSON (application/x-ndjson): one write per line, {\"put\": \"/api/...\", \"body\": {...}},"
                    + " each the body of the PUT at that path. Every line goes through the single PUT: the same strict reading, the"
                    + " same rules, the same idempotency (the same body again is UNCHANGED, a different body under an existing id is"
                    + " CONFLICT) and the same authorization by this request's bearer token (FORBIDDEN, per line); a token that may"
                    + " write nothing (oversight, the operator) is refused with 403 before any line is read. The answer is NDJSON,"
                    + " one result per line, in order, streamed as lines are committed: {line, path, status, recorded, problem?}."
                    + " A line that is not JSON, has other members or names no write of this service is INVALID with a problem."
                    + " dryRun=true carries out every line and records nothing; atomic=true records every line or, when any line"
                    + " is not CREATED or UNCHANGED, none (then every line says recorded false). At most pactos.batch.max-lines lines"
                    + " (100 000) and pactos.batch.max-bytes bytes (64 MiB), else 413 and nothing recorded; each line at most"
                    + " pactos.http.max-body-bytes. A dry run or an atomic batch is one transaction: at most"
                    + " pactos.batch.max-whole-batch-lines lines (5 000, else 413) and pactos.batch.whole-batch-time (1 min; lines not"
                    + " begun by then are FAILED and nothing is recorded).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "One write per line", content = @Content(
            mediaType = NDJSON, schema = @Schema(type = "string", description = "NDJSON: one {\"put\": path, \"body\": object} per line"),
            examples = @ExampleObject(value = "{\"put\":\"/api/goals/G1/progress/R7\",\"body\":{\"effectiveDate\":\"2022-06-30\",\"value\":3}}\n"
                    + "{\"put\":\"/api/goals/G1/progress/R8\",\"body\":{\"effectiveDate\":\"2022-12-31\",\"value\":5}}\n")))
    @ApiResponse(responseCode = "200", description = "One result per line, in order (NDJSON)",
            content = @Content(mediaType = NDJSON, schema = @Schema(implementation = LineResult.class)))
    @ProblemAnswers({400, 401, 403, 406, 413, 415})
    @PostMapping(path = PATH, consumes = NDJSON, produces = NDJSON)
    public void batch(@Parameter(description = "Carry out every line and record nothing") @RequestParam(defaultValue = "false") boolean dryRun,
                      @Parameter(description = "Record every line or none") @RequestParam(defaultValue = "false") boolean atomic,
                      HttpServletRequest request, HttpServletResponse response) throws IOException {
        // a caller who may write nothing (oversight, the operator) is refused as a whole, before the body is read
        policy.requireWriter("sends batches of writes");
        if (request.getContentLengthLong() > maxBytes) {
            ProblemWriter.write(response, 413, tooManyBytes(), null);
            return;
        }
        List<BatchLine> lines;
        try {
            lines = lines(request.getInputStream());
        } catch (TooLarge e) {
            ProblemWriter.write(response, 413, e.getMessage(), null);
            return;
        }
        if (lines.isEmpty()) {
            ProblemWriter.write(response, 400, "The batch has no lines: send one {\"put\": path, \"body\": {...}} per line.", "body");
            return;
        }
        String wholeBatch = executor.wholeBatchRefusal(lines.size(), dryRun, atomic, "lines");
        if (wholeBatch != null) {
            ProblemWriter.write(response, 413, wholeBatch, atomic ? "atomic" : "dryRun");
            return;
        }
        response.setStatus(200);
        response.setContentType(NDJSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Answer answer = new Answer(response.getOutputStream());
        log.info("batch of {} lines (dryRun={}, atomic={})", lines.size(), dryRun, atomic);
        executor.run(lines, request, response, dryRun, atomic, new BatchExecutor.Listener() {
            @Override
            public void answered(List<LineResult> results) {
                results.forEach(answer::write);
                answer.flush();
            }

            @Override
            public void progress(int done, int total) {
                if (!dryRun && !atomic && done < total && (done / linesPerTransaction) % 100 == 0) {
                    log.info("batch: {} of {} lines done", done, total);
                }
            }
        });
        answer.flush();
    }

    private String tooManyBytes() {
        return "A batch may have at most " + maxBytes + " bytes (pactos.batch.max-bytes); nothing was recorded.";
    }

    /** The body is beyond max-bytes or max-lines. */
    private static final class TooLarge extends Exception {
        TooLarge(String detail) {
            super(detail, null, false, false);
        }
    }

    /**
     * The lines of the body, read as they arrive (blank lines skipped, numbers kept). Only each line's body is kept
     * (a line longer than max-body-bytes only up to that bound, enough to refuse it), not the request's bytes as a
     * whole: a 64 MiB batch held twice or three times over did not fit the service's heap.
     */
    private List<BatchLine> lines(InputStream in) throws IOException, TooLarge {
        List<BatchLine> lines = new ArrayList<>();
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        long total = 0;
        int number = 0;
        for (int read; (read = in.read(buffer)) >= 0; ) {
            total += read;
            if (total > maxBytes) {
                throw new TooLarge(tooManyBytes());
            }
            int start = 0;
            for (int i = 0; i < read; i++) {
                if (buffer[i] == '\n') {
                    keep(line, buffer, start, i);
                    add(lines, ++number, line);
                    start = i + 1;
                }
            }
            keep(line, buffer, start, read);
        }
        if (line.size() > 0) {
            add(lines, ++number, line);
        }
        return lines;
    }

    /** Keeps bytes of the current line, up to one more than a line may have. */
    private void keep(java.io.ByteArrayOutputStream line, byte[] buffer, int from, int to) {
        int room = maxLineBytes + 1 - line.size();
        if (room > 0) {
            line.write(buffer, from, Math.min(room, to - from));
        }
    }

    private void add(List<BatchLine> lines, int number, java.io.ByteArrayOutputStream line) throws TooLarge {
        byte[] bytes = line.toByteArray();
        line.reset();
        int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        if (blank(bytes, 0, end)) {
            return;
        }
        if (lines.size() == maxLines) {
            throw new TooLarge("A batch may have at most " + maxLines + " lines (pactos.batch.max-lines); nothing was recorded.");
        }
        lines.add(BatchLine.read(number, end == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, end), maxLineBytes));
    }

    private static boolean blank(byte[] body, int from, int to) {
        for (int i = from; i < to; i++) {
            if (body[i] != ' ' && body[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The NDJSON answer. */
    private final class Answer {

        private final OutputStream out;

        Answer(OutputStream out) {
            this.out = out;
        }

        void write(LineResult result) {
            try {
                out.write(json.writeValueAsBytes(result));
                out.write('\n');
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("the caller no longer reads the answer", e);
            }
        }

        void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("the caller no longer reads the answer", e);
            }
        }
    }
}
