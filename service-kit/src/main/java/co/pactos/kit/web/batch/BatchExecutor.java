package co.pactos.kit.web.batch;

import co.pactos.kit.web.CommandWriter;
import co.pactos.kit.web.ResourceViews;
import co.pactos.kit.web.strict.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.DispatcherServlet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries out batch lines, each as the single PUT it names through the same dispatcher (same controller,
 * strict reading, token and idempotency), in order: the core that {@code POST /api/batch} and the
 * spreadsheet imports share.
 *
 * <p>Lines are written in transactions of {@code pactos.batch.lines-per-transaction} lines, each line
 * in a savepoint of its own, so that a refused line leaves the others of its transaction untouched; a
 * line's result is handed on only once its transaction has committed, so nothing answered CREATED is lost.
 * A dry run writes every line in one transaction and rolls it back; an atomic batch writes every line
 * in one transaction and commits it only when every line succeeded. Either holds the aggregates it wrote
 * locked until it ends, and leaves a gap in the log's global index (PostgreSQL's sequence does not roll back).
 *
 * <p>Such a whole-batch transaction is bounded, in lines ({@code pactos.batch.max-whole-batch-lines}, 5 000: the
 * caller is refused before anything is carried out, {@link #wholeBatchRefusal}) and in time
 * ({@code pactos.batch.whole-batch-time}, 1 min: lines not begun by then are answered FAILED and nothing is recorded).
 * The relay's reader watches the transaction's uncommitted global indexes as gaps for a bounded time only
 * ({@code pactos.axon.gap-timeout}, twice as long): a transaction that committed after that would leave events stored
 * and never relayed.
 */
public class BatchExecutor {

    /** What a run hands on as it goes. */
    public interface Listener {

        /** Results whose fate is settled (committed, or the whole batch rolled back or committed), in order. */
        void answered(List<LineResult> results);

        /** {@code done} lines of {@code total} carried out so far (after each transaction's worth of lines). */
        default void progress(int done, int total) {
        }
    }

    private static final Logger log = LoggerFactory.getLogger(BatchExecutor.class);

    private final ObjectProvider<DispatcherServlet> dispatcher;
    private final TransactionTemplate transaction;
    private final TransactionTemplate savepoint;
    private final JsonMapper json;
    private final ResourceViews views;
    private final int linesPerTransaction;
    private final int maxWholeBatchLines;
    private final Duration wholeBatchTime;

    public BatchExecutor(ObjectProvider<DispatcherServlet> dispatcher, PlatformTransactionManager transactions, JsonMapper json,
                         ResourceViews views, @Value("${pactos.batch.lines-per-transaction:100}") int linesPerTransaction,
                         @Value("${pactos.batch.max-whole-batch-lines:5000}") int maxWholeBatchLines,
                         @Value("${pactos.batch.whole-batch-time:PT1M}") Duration wholeBatchTime) {
        this.dispatcher = dispatcher;
        this.views = views;
        this.maxWholeBatchLines = maxWholeBatchLines;
        this.wholeBatchTime = wholeBatchTime;
        this.transaction = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.json = json;
        this.linesPerTransaction = Math.max(1, linesPerTransaction);
    }

    /**
     * Why {@code count} lines (or rows: {@code unit}) cannot be carried out in one transaction (a dry run or an atomic
     * batch), or null when they can: the problem's detail, naming the parameter to change.
     */
    public String wholeBatchRefusal(int count, boolean dryRun, boolean atomic, String unit) {
        if ((!dryRun && !atomic) || count <= maxWholeBatchLines) {
            return null;
        }
        return (atomic ? "atomic=true" : "dryRun=true") + " carries out at most " + maxWholeBatchLines + " " + unit
                + " in one transaction (pactos.batch.max-whole-batch-lines); this one has " + count + ". Split it into parts of at most "
                + maxWholeBatchLines + " " + unit + (atomic ? ", or send it without atomic=true (every " + linesPerTransaction + " " + unit
                + " are then committed as they are done)" : "") + ". Nothing was recorded.";
    }

    /** Carries out every line with the caller of {@code request} (its token), answering through {@code listener}. */
    public void run(List<BatchLine> lines, HttpServletRequest request, HttpServletResponse response, boolean dryRun, boolean atomic,
                    Listener listener) {
        if (dryRun || atomic) {
            wholeBatch(lines, request, response, dryRun, listener);
            return;
        }
        for (int from = 0; from < lines.size(); from += linesPerTransaction) {
            List<BatchLine> part = lines.subList(from, Math.min(lines.size(), from + linesPerTransaction));
            List<LineResult> results = transaction.execute(status -> carryOut(part, request, response, null, 0, 0, () -> false));
            listener.answered(results.stream().map(result -> result.recorded(result.status() == LineResult.Status.CREATED)).toList());
            listener.progress(from + part.size(), lines.size());
        }
    }

    private void wholeBatch(List<BatchLine> lines, HttpServletRequest request, HttpServletResponse response, boolean dryRun,
                            Listener listener) {
        String refusal = wholeBatchRefusal(lines.size(), dryRun, !dryRun, "lines");
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
        long deadline = System.nanoTime() + wholeBatchTime.toNanos();
        List<LineResult> results = transaction.execute(status -> {
            List<LineResult> done = carryOut(lines, request, response, listener, 0, lines.size(), () -> System.nanoTime() - deadline >= 0);
            if (dryRun || !done.stream().allMatch(LineResult::succeeded)) {
                status.setRollbackOnly();
            }
            return done;
        });
        boolean committed = !dryRun && results.stream().allMatch(LineResult::succeeded);
        listener.answered(results.stream().map(result -> result.recorded(committed && result.status() == LineResult.Status.CREATED)).toList());
    }

    /**
     * Carries out lines inside the current transaction, each in a savepoint rolled back when its PUT did not succeed;
     * tells {@code progress} (when given) after every transaction's worth of lines. Lines not begun before {@code late}
     * says so are answered FAILED without being carried out.
     */
    private List<LineResult> carryOut(List<BatchLine> lines, HttpServletRequest request, HttpServletResponse response,
                                      Listener progress, int before, int total, java.util.function.BooleanSupplier late) {
        List<LineResult> results = new ArrayList<>(lines.size());
        for (BatchLine line : lines) {
            if (late.getAsBoolean()) {
                results.add(new LineResult(line.number(), line.path(), LineResult.Status.FAILED, false, json.readTree(ProblemWriter.json(503,
                        "The batch ran longer than " + wholeBatchTime.toSeconds() + " s (pactos.batch.whole-batch-time) in one transaction"
                                + " and was stopped before this line; nothing was recorded. Send it in smaller parts.", null))));
                continue;
            }
            if (results.size() % linesPerTransaction == 0) {
                views.remember(viewsNamed(lines.subList(results.size(), Math.min(lines.size(), results.size() + linesPerTransaction))));
            }
            if (!line.valid()) {
                results.add(new LineResult(line.number(), line.path(), LineResult.Status.INVALID, false,
                        json.readTree(ProblemWriter.json(400, line.field() + ": " + line.problem(), line.field()))));
            } else {
                results.add(carryOut(line, request, response));
            }
            if (progress != null && results.size() % linesPerTransaction == 0 && results.size() < lines.size()) {
                progress.progress(before + results.size(), total);
            }
        }
        if (progress != null) {
            progress.progress(before + results.size(), total);
        }
        return results;
    }

    /**
     * Carries out one line in a savepoint, rolled back when its PUT did not succeed; a line that lost a race on the event
     * store's key (a single PUT or another instance wrote the same aggregate meanwhile) is carried out again from its
     * savepoint, deciding on the aggregate with that write's events, as {@link CommandWriter} does for a single PUT.
     */
    private LineResult carryOut(BatchLine line, HttpServletRequest request, HttpServletResponse response) {
        for (int attempt = 1; ; attempt++) {
            LineResult result = savepoint.execute(status -> {
                LineResult answer = put(line, request, response);
                if (!answer.succeeded()) {
                    status.setRollbackOnly();
                    // the views the transaction remembered may include what this line wrote before it failed
                    views.forgetRemembered();
                }
                return answer;
            });
            if (attempt >= CommandWriter.ATTEMPTS || !result.lostRace()) {
                return result;
            }
            log.debug("batch line {} ({}) lost a race on the event store's key (attempt {}), carrying it out again", line.number(),
                    line.path(), attempt);
        }
    }

    /** The problem+json a refused line's PUT answered; one saying its status when the answer has no JSON body. */
    private JsonNode problemOf(LineResponse answer) {
        byte[] body = answer.body();
        try {
            if (body.length > 0) {
                return json.readTree(body);
            }
        } catch (tools.jackson.core.JacksonException e) {
            log.warn("a batch line's PUT answered {} with a body that is not JSON", answer.getStatus());
        }
        return json.readTree(ProblemWriter.json(answer.getStatus(), "The PUT answered " + answer.getStatus() + ".", null));
    }

    /**
     * The views the lines are likely to read: each line's path and the resources above it (a progress report's goal,
     * whose dependency decides who may write), read in one statement per transaction's worth of lines.
     */
    private static List<String> viewsNamed(List<BatchLine> lines) {
        List<String> paths = new ArrayList<>();
        for (BatchLine line : lines) {
            String path = line.path();
            if (!line.valid() || path == null) {
                continue;
            }
            // "/api/goals/G/progress/R": "/api/goals/G", "/api/goals/G/progress", "/api/goals/G/progress/R"
            for (int slash = path.indexOf('/', "/api/".length()); slash > 0; slash = path.indexOf('/', slash + 1)) {
                int next = path.indexOf('/', slash + 1);
                paths.add(next < 0 ? path : path.substring(0, next));
                if (next < 0) {
                    break;
                }
            }
        }
        return paths;
    }

    private LineResult put(BatchLine line, HttpServletRequest request, HttpServletResponse response) {
        LineResponse answer = new LineResponse(response);
        try {
            dispatcher.getObject().service(new LineRequest(request, line.path(), line.body()), answer);
        } catch (Exception e) {
            log.error("batch line {} ({}) failed", line.number(), line.path(), e);
            return new LineResult(line.number(), line.path(), LineResult.Status.FAILED, false,
                    json.readTree(ProblemWriter.json(500, "The line could not be carried out; send it again.", null)));
        }
        LineResult.Status status = LineResult.of(answer.getStatus());
        JsonNode problem = null;
        if (status != LineResult.Status.CREATED && status != LineResult.Status.UNCHANGED) {
            problem = problemOf(answer);
        }
        return new LineResult(line.number(), line.path(), status, false, problem);
    }
}
