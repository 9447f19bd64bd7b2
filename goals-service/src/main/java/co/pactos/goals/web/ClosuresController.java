package co.pactos.goals.web;

import static co.pactos.kit.web.Ids.check;

import co.pactos.goals.plan.ClosePeriodCommand;
import co.pactos.goals.plan.ReopenPeriodCommand;
import co.pactos.goals.view.Paths;
import co.pactos.goals.web.AmendmentRequests.ClosureRequest;
import co.pactos.goals.web.AmendmentRequests.ReopeningRequest;
import co.pactos.goals.web.GoalsViews.ClosureView;
import co.pactos.goals.web.GoalsViews.ClosuresView;
import co.pactos.goals.web.GoalsViews.ReopeningView;
import co.pactos.kit.security.Identity;
import co.pactos.kit.security.WritePolicy;
import co.pactos.kit.web.ApiDocs;
import co.pactos.kit.web.Caller;
import co.pactos.kit.web.CommandWriter;
import co.pactos.kit.web.DateOrInstant;
import co.pactos.kit.web.InvalidInput;
import co.pactos.kit.web.ProblemAnswers;
import co.pactos.kit.web.ResourceViews;
import co.pactos.kit.web.WriteResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Closing a period of a plan for entry, and reopening it with a reason (Planeación). */
@RestController
public class ClosuresController {

    private static final String PERIOD = "A year of the plan (2022) or a cut-off date inside it (2022-06-30)";

    private final CommandWriter writer;
    private final ResourceViews views;
    private final WritePolicy policy;

    public ClosuresController(CommandWriter writer, ResourceViews views, WritePolicy policy) {
        this.writer = writer;
        this.views = views;
        this.policy = policy;
    }

    @Operation(operationId = "putClosure", tags = "closures", summary = "Close a period of a plan",
            description = "Closes a year (1 January to 31 December) or a cut-off (the plan's start to the date, what the cut-off's report counts) for entry: from then"
                    + " on progress reports, targets and their revisions, activities and their corrections valid in it are refused with"
                    + " 409 naming the closure, here and (through the log) in investments-service, until Planeación reopens it. The"
                    + " reason is optional. Closing a period already closed is idempotent (another reason: 409); closing it while a"
                    + " reopening holds closes it anew." + ApiDocs.PLANNING_ONLY)
    @ProblemAnswers({400, 401, 403, 404, 406, 409, 413, 415, 422, 503})
    @PutMapping("/api/plans/{planId}/closures/{period}")
    public ResponseEntity<WriteResponse<ClosureView>> putClosure(@PathVariable String planId,
                                                                 @Parameter(description = PERIOD, example = "2022-06-30") @PathVariable String period,
                                                                 @Valid @RequestBody ClosureRequest body) {
        policy.requirePlanning("closes period " + check("period", period) + " of plan " + check("planId", planId));
        return writer.put(Paths.closure(planId, period), new ClosePeriodCommand(planId, period, body.reason(), Identity.current()),
                Caller.of(body.source()), ClosureView.class);
    }

    @Operation(operationId = "getClosure", tags = "closures", summary = "Read a closure of a period",
            description = "The closure: the dates it closes, why, when and by whom, the reopening after it if any, and whether it"
                    + " refuses writes now (closed).")
    @GetMapping("/api/plans/{planId}/closures/{period}")
    public ClosureView getClosure(@PathVariable String planId,
                                  @Parameter(description = PERIOD, example = "2022-06-30") @PathVariable String period) {
        return views.get(Paths.closure(planId, period), ClosureView.class);
    }

    @Operation(operationId = "getClosures", tags = "closures", summary = "List the closures of a plan",
            description = "Every period of the plan that has been closed, with whether it refuses writes now.")
    @GetMapping("/api/plans/{planId}/closures")
    public ClosuresView getClosures(@PathVariable String planId) {
        views.get(Paths.plan(planId));
        return views.find(Paths.closures(planId), ClosuresView.class).orElseGet(() -> new ClosuresView(planId, List.of()));
    }

    @Operation(operationId = "putReopening", tags = "closures", summary = "Reopen a closed period",
            description = "Takes writes valid in the closed period again, saying why, until `until` if given (a date: through the end of"
                    + " that day, America/Bogota; or an instant; in the future), or until the period is closed anew. A later reopening"
                    + " replaces the one in force." + ApiDocs.PLANNING_ONLY + ApiDocs.IDEMPOTENT)
    @ProblemAnswers({400, 401, 403, 404, 406, 409, 413, 415, 422, 503})
    @PutMapping("/api/plans/{planId}/closures/{period}/reopenings/{reopeningId}")
    public ResponseEntity<WriteResponse<ReopeningView>> putReopening(@PathVariable String planId,
                                                                     @Parameter(description = PERIOD, example = "2022-06-30") @PathVariable String period,
                                                                     @PathVariable String reopeningId, @Valid @RequestBody ReopeningRequest body) {
        policy.requirePlanning("reopens period " + check("period", period) + " of plan " + check("planId", planId));
        return writer.put(Paths.reopening(planId, period, check("reopeningId", reopeningId)),
                new ReopenPeriodCommand(planId, period, reopeningId, body.reason(), until(body.until()), Identity.current()),
                Caller.of(body.source()), ReopeningView.class);
    }

    @Operation(operationId = "getReopening", tags = "closures", summary = "Read a reopening of a closed period",
            description = "The reopening as recorded: why, until when, when and by whom.")
    @GetMapping("/api/plans/{planId}/closures/{period}/reopenings/{reopeningId}")
    public ReopeningView getReopening(@PathVariable String planId,
                                      @Parameter(description = PERIOD, example = "2022-06-30") @PathVariable String period,
                                      @PathVariable String reopeningId) {
        return views.get(Paths.reopening(planId, period, reopeningId), ReopeningView.class);
    }

    /** A date means through the end of that day in Bogotá; otherwise an ISO-8601 instant with its offset. */
    static Instant until(String until) {
        if (until == null) {
            return null;
        }
        try {
            return DateOrInstant.parse(until).startOfNextDay();
        } catch (DateTimeException e) {
            throw new InvalidInput("until", "must be a date (2022-07-31) or an ISO-8601 instant with offset (2022-07-31T17:00:00-05:00)"
                    + " in the years 1 to 9999, was '" + until + "'");
        }
    }
}
