package co.pactos.investments.history;

import co.pactos.kit.history.HistoryAnswers;
import co.pactos.kit.history.HistoryEntry;
import co.pactos.kit.web.ProblemAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET {resource}/history} of every resource of investments-service, one documented operation each; which events
 * make each history is {@link InvestmentsHistory}'s, the reading and the Spanish page ({@code format=html}) the kit's.
 */
@RestController
public class InvestmentsHistoryController {

    private final HistoryAnswers answers;

    public InvestmentsHistoryController(HistoryAnswers answers) {
        this.answers = answers;
    }

    @Operation(operationId = "getProgrammeHistory", tags = "programmes", summary = "Read a programme's history",
            description = "The programme's declaration." + HistoryAnswers.DESCRIPTION)
    @ProblemAnswers({400, 401, 403, 404, 406})
    @GetMapping(value = "/api/programmes/{programmeId}/history", params = HistoryAnswers.JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<HistoryEntry>> programmeHistory(@PathVariable String programmeId, 
            @Parameter(description = HistoryAnswers.AFTER) @RequestParam(required = false) Long after,
            @Parameter(description = HistoryAnswers.LIMIT) @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return answers.json(request, after, limit);
    }

    @Operation(operationId = "getCallHistory", tags = "calls", summary = "Read a call's history",
            description = "The call as opened, then each result reported (results.<resultId>.date, ventures, jobs)." + HistoryAnswers.DESCRIPTION)
    @ProblemAnswers({400, 401, 403, 404, 406})
    @GetMapping(value = "/api/calls/{callId}/history", params = HistoryAnswers.JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<HistoryEntry>> callHistory(@PathVariable String callId, 
            @Parameter(description = HistoryAnswers.AFTER) @RequestParam(required = false) Long after,
            @Parameter(description = HistoryAnswers.LIMIT) @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return answers.json(request, after, limit);
    }

    @Operation(operationId = "getCallResultHistory", tags = "calls", summary = "Read the history of a call's result",
            description = "The result as reported." + HistoryAnswers.DESCRIPTION)
    @ProblemAnswers({400, 401, 403, 404, 406})
    @GetMapping(value = "/api/calls/{callId}/results/{resultId}/history", params = HistoryAnswers.JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<HistoryEntry>> callResultHistory(@PathVariable String callId, @PathVariable String resultId, 
            @Parameter(description = HistoryAnswers.AFTER) @RequestParam(required = false) Long after,
            @Parameter(description = HistoryAnswers.LIMIT) @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return answers.json(request, after, limit);
    }

    @Operation(operationId = "getInvestmentHistory", tags = "investments", summary = "Read an investment's history",
            description = "The commitment, then each execution (executions.<executionId>.*, and executed from the total before) and adjustment (adjustments.<adjustmentId>.*, and committed from the total before, with the adjustment's reason)." + HistoryAnswers.DESCRIPTION)
    @ProblemAnswers({400, 401, 403, 404, 406})
    @GetMapping(value = "/api/investments/{investmentId}/history", params = HistoryAnswers.JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<HistoryEntry>> investmentHistory(@PathVariable String investmentId, 
            @Parameter(description = HistoryAnswers.AFTER) @RequestParam(required = false) Long after,
            @Parameter(description = HistoryAnswers.LIMIT) @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return answers.json(request, after, limit);
    }

    @Operation(operationId = "getExecutionHistory", tags = "investments", summary = "Read the history of an execution",
            description = "The execution as recorded." + HistoryAnswers.DESCRIPTION)
    @ProblemAnswers({400, 401, 403, 404, 406})
    @GetMapping(value = "/api/investments/{investmentId}/executions/{executionId}/history", params = HistoryAnswers.JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<HistoryEntry>> executionHistory(@PathVariable String investmentId, @PathVariable String executionId, 
            @Parameter(description = HistoryAnswers.AFTER) @RequestParam(required = false) Long after,
            @Parameter(description = HistoryAnswers.LIMIT) @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return answers.json(request, after, limit);
    }

    @Operation(operationId = "getAdjustmentHistory", tags = "investments", summary = "Read the history of an adjustment",
            description = "The adjustment as recorded, with its reason." + HistoryAnswers.DESCRIPTION)
    @ProblemAnswers({400, 401, 403, 404, 406})
    @GetMapping(value = "/api/investments/{investmentId}/adjustments/{adjustmentId}/history", params = HistoryAnswers.JSON, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<HistoryEntry>> adjustmentHistory(@PathVariable String investmentId, @PathVariable String adjustmentId, 
            @Parameter(description = HistoryAnswers.AFTER) @RequestParam(required = false) Long after,
            @Parameter(description = HistoryAnswers.LIMIT) @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return answers.json(request, after, limit);
    }
}
