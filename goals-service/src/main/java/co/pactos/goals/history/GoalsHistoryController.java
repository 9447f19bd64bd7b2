package co.pactos.goals.history;

import co.pactos.kit.history.HistoryAnswers;
import co.pactos.kit.history.HistoryEntry;
import co.pactos.kit.web.ProblemAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET {resource}/history} of every resource of goals-service, one documented operation each; which events make
 * each history is {@link GoalsHistory}'s, the reading and the Spanish page ({@code format=html}) the kit's.
 */
@RestController
public class GoalsHistoryController {

    private final HistoryAnswers answers;

    public GoalsHistoryController(HistoryAnswers answers) {
        this.answers = answers;
    }

    @Operation(operationId = "getPlanHistory", tags = "plans", summary = "Read a plan's history",
            description = "The plan's events: its declaration, and the closures and reopenings of its periods (closures.<period>: CLOSED or REOPENED)." + HistoryAnswers.DESCRIPTION)
    @ProblemAnswers({400, 401, 403, 404, 406})
    @GetMapping(value = "/api/plans/{planId}/history", params = HistoryAnswers.JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<HistoryEntry>> planHistory(@PathVariable String planId, 
            @Parameter(description = HistoryAnswers.AFTER) @RequestParam(required = false) Long after,
            @Parameter(description = HistoryAnswers.LIMIT) @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return answers.json(request, after, limit);
    }

    @Operation(operationId = "getClosureHistory", tags = "plans", summary = "Read the history of a period's closure",
            description = "The closures of the period and their reopenings: state CLOSED or REOPENED, reopenedUntil." + HistoryAnswers.DESCRIPTION)
    @ProblemAnswers({400, 401, 403, 404, 406})
    @GetMapping(value = "/api/plans/{planId}/closures/{period}/history", params = HistoryAnswers.JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<HistoryEntry>> closureHistory(@PathVariable String planId, @PathVariable String period, 
            @Parameter(description = HistoryAnswers.AFTER) @RequestParam(required = false) Long after,
            @Parameter(description = HistoryAnswers.LIMIT) @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return answers.json(request, after, limit);
    }

    @Operation(operationId = "getReopeningHistory", tags = "plans", summary = "Read the history of a reopening",
            description = "The reopening of the closed period: state from CLOSED to REOPENED, reopenedUntil, and its reason." + HistoryAnswers.DESCRIPTION)
    @ProblemAnswers({400, 401, 403, 404, 406})
    @GetMapping(value = "/api/plans/{planId}/closures/{period}/reopenings/{reopeningId}/history", params = HistoryAnswers.JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<HistoryEntry>> reopeningHistory(@PathVariable String planId, @PathVariable String period, @PathVariable String reopeningId, 
            @Parameter(description = HistoryAnswers.AFTER) @RequestParam(required = false) Long after,
            @Parameter(description = HistoryAnswers.LIMIT) @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return answers.json(request, after, limit);
    }

    @Operation(operationId = "getDependencyHistory", tags = "dependencies", summary = "Read a dependency's history",
            description = "The dependency's registration." + HistoryAnswers.DESCRIPTION)
    @ProblemAnswers({400, 401, 403, 404, 406})
    @GetMapping(value = "/api/dependencies/{code}/history", params = HistoryAnswers.JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<HistoryEntry>> dependencyHistory(@PathVariable String code, 
            @Parameter(description = HistoryAnswers.AFTER) @RequestParam(required = false) Long after,
            @Parameter(description = HistoryAnswers.LIMIT) @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return answers.json(request, after, limit);
    }

    @Operation(operationId = "getPactHistory", tags = "pacts", summary = "Read a pact's history",
            description = "The pact's declaration." + HistoryAnswers.DESCRIPTION)
    @ProblemAnswers({400, 401, 403, 404, 406})
    @GetMapping(value = "/api/pacts/{pactId}/history", params = HistoryAnswers.JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<HistoryEntry>> pactHistory(@PathVariable String pactId, 
            @Parameter(description = HistoryAnswers.AFTER) @RequestParam(required = false) Long after,
            @Parameter(description = HistoryAnswers.LIMIT) @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return answers.json(request, after, limit);
    }

    @Operation(operationId = "getGoalHistory", tags = "goals", summary = "Read a goal's history",
            description = "All the goal's events: its declaration and amendments, its links to pacts and their changes (pacts.<pactId>: DIRECT, INDIRECT or NONE), its yearly targets and their revisions (targets.<year>), and its progress reports (progress.<reportId>.value ...)." + HistoryAnswers.DESCRIPTION)
    @ProblemAnswers({400, 401, 403, 404, 406})
    @GetMapping(value = "/api/goals/{goalId}/history", params = HistoryAnswers.JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<HistoryEntry>> goalHistory(@PathVariable String goalId, 
            @Parameter(description = HistoryAnswers.AFTER) @RequestParam(required = false) Long after,
            @Parameter(description = HistoryAnswers.LIMIT) @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return answers.json(request, after, limit);
    }

    @Operation(operationId = "getGoalLinkHistory", tags = "goals", summary = "Read the history of a goal's link to a pact",
            description = "The link and its changes (link: DIRECT, INDIRECT, or NONE once ended)." + HistoryAnswers.DESCRIPTION)
    @ProblemAnswers({400, 401, 403, 404, 406})
    @GetMapping(value = "/api/goals/{goalId}/pacts/{pactId}/history", params = HistoryAnswers.JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<HistoryEntry>> goalLinkHistory(@PathVariable String goalId, @PathVariable String pactId, 
            @Parameter(description = HistoryAnswers.AFTER) @RequestParam(required = false) Long after,
            @Parameter(description = HistoryAnswers.LIMIT) @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return answers.json(request, after, limit);
    }

    @Operation(operationId = "getGoalLinkChangeHistory", tags = "goals", summary = "Read the history of a change of a goal's link",
            description = "The change: link from the value in force before to the new one (NONE: the link ended), with its reason and legal act." + HistoryAnswers.DESCRIPTION)
    @ProblemAnswers({400, 401, 403, 404, 406})
    @GetMapping(value = "/api/goals/{goalId}/pacts/{pactId}/changes/{changeId}/history", params = HistoryAnswers.JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<HistoryEntry>> goalLinkChangeHistory(@PathVariable String goalId, @PathVariable String pactId, @PathVariable String changeId, 
            @Parameter(description = HistoryAnswers.AFTER) @RequestParam(required = false) Long after,
            @Parameter(description = HistoryAnswers.LIMIT) @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return answers.json(request, after, limit);
    }

    @Operation(operationId = "getTargetHistory", tags = "goals", summary = "Read the history of a goal's target for a year",
            description = "The target as set for the fiscal year and every revision of it (value from the one in force before)." + HistoryAnswers.DESCRIPTION)
    @ProblemAnswers({400, 401, 403, 404, 406})
    @GetMapping(value = "/api/goals/{goalId}/targets/{year}/history", params = HistoryAnswers.JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<HistoryEntry>> targetHistory(@PathVariable String goalId, @Parameter(description = "The fiscal year", schema = @Schema(type = "integer", format = "int32", example = "2022")) @PathVariable String year, 
            @Parameter(description = HistoryAnswers.AFTER) @RequestParam(required = false) Long after,
            @Parameter(description = HistoryAnswers.LIMIT) @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return answers.json(request, after, limit);
    }

    @Operation(operationId = "getTargetRevisionHistory", tags = "goals", summary = "Read the history of a revision of a goal's target",
            description = "The revision: value from the one in force before, with its reason and legal act." + HistoryAnswers.DESCRIPTION)
    @ProblemAnswers({400, 401, 403, 404, 406})
    @GetMapping(value = "/api/goals/{goalId}/targets/{year}/revisions/{revisionId}/history", params = HistoryAnswers.JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<HistoryEntry>> targetRevisionHistory(@PathVariable String goalId, @Parameter(description = "The fiscal year", schema = @Schema(type = "integer", format = "int32", example = "2022")) @PathVariable String year, @PathVariable String revisionId, 
            @Parameter(description = HistoryAnswers.AFTER) @RequestParam(required = false) Long after,
            @Parameter(description = HistoryAnswers.LIMIT) @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return answers.json(request, after, limit);
    }

    @Operation(operationId = "getProgressHistory", tags = "goals", summary = "Read the history of a progress report",
            description = "The report, then every later report that corrects it (correctedBy, and the effectiveDate, value and note that replace the report's own, with the correction's reason)." + HistoryAnswers.DESCRIPTION)
    @ProblemAnswers({400, 401, 403, 404, 406})
    @GetMapping(value = "/api/goals/{goalId}/progress/{reportId}/history", params = HistoryAnswers.JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<HistoryEntry>> progressHistory(@PathVariable String goalId, @PathVariable String reportId, 
            @Parameter(description = HistoryAnswers.AFTER) @RequestParam(required = false) Long after,
            @Parameter(description = HistoryAnswers.LIMIT) @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return answers.json(request, after, limit);
    }

    @Operation(operationId = "getAmendmentHistory", tags = "goals", summary = "Read the history of an amendment of a goal",
            description = "The amendment: only the fields it changes, each from the value in force before, with its reason and legal act." + HistoryAnswers.DESCRIPTION)
    @ProblemAnswers({400, 401, 403, 404, 406})
    @GetMapping(value = "/api/goals/{goalId}/amendments/{amendmentId}/history", params = HistoryAnswers.JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<HistoryEntry>> amendmentHistory(@PathVariable String goalId, @PathVariable String amendmentId, 
            @Parameter(description = HistoryAnswers.AFTER) @RequestParam(required = false) Long after,
            @Parameter(description = HistoryAnswers.LIMIT) @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return answers.json(request, after, limit);
    }

    @Operation(operationId = "getActivityHistory", tags = "activities", summary = "Read an activity's history",
            description = "The activity as recorded, then each correction of it (only the fields it changes, from the value in force before)." + HistoryAnswers.DESCRIPTION)
    @ProblemAnswers({400, 401, 403, 404, 406})
    @GetMapping(value = "/api/activities/{activityId}/history", params = HistoryAnswers.JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<HistoryEntry>> activityHistory(@PathVariable String activityId, 
            @Parameter(description = HistoryAnswers.AFTER) @RequestParam(required = false) Long after,
            @Parameter(description = HistoryAnswers.LIMIT) @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return answers.json(request, after, limit);
    }

    @Operation(operationId = "getActivityCorrectionHistory", tags = "activities", summary = "Read the history of a correction of an activity",
            description = "The correction: only the fields it changes, each from the value in force before, with its reason." + HistoryAnswers.DESCRIPTION)
    @ProblemAnswers({400, 401, 403, 404, 406})
    @GetMapping(value = "/api/activities/{activityId}/corrections/{correctionId}/history", params = HistoryAnswers.JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<HistoryEntry>> activityCorrectionHistory(@PathVariable String activityId, @PathVariable String correctionId, 
            @Parameter(description = HistoryAnswers.AFTER) @RequestParam(required = false) Long after,
            @Parameter(description = HistoryAnswers.LIMIT) @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return answers.json(request, after, limit);
    }
}
