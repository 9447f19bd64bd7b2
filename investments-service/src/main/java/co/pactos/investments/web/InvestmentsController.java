package co.pactos.investments.web;

import static co.pactos.kit.web.Ids.check;

import co.pactos.investments.call.OpenCallCommand;
import co.pactos.investments.call.ReportCallResultCommand;
import co.pactos.investments.investment.AdjustInvestmentCommand;
import co.pactos.investments.investment.CommitInvestmentCommand;
import co.pactos.investments.investment.ExecuteInvestmentCommand;
import co.pactos.investments.programme.DeclareProgrammeCommand;
import co.pactos.investments.view.Paths;
import co.pactos.investments.web.InvestmentsRequests.AdjustmentRequest;
import co.pactos.investments.web.InvestmentsRequests.CallRequest;
import co.pactos.investments.web.InvestmentsRequests.CallResultRequest;
import co.pactos.investments.web.InvestmentsRequests.ExecutionRequest;
import co.pactos.investments.web.InvestmentsRequests.InvestmentRequest;
import co.pactos.investments.web.InvestmentsRequests.ProgrammeRequest;
import co.pactos.kit.security.WritePolicy;
import co.pactos.kit.web.Caller;
import co.pactos.kit.web.CommandWriter;
import co.pactos.kit.web.ResourceViews;
import co.pactos.kit.web.WriteResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** investments-service's HTTP API: an idempotent PUT and a GET per resource. */
@RestController
public class InvestmentsController {

    private final CommandWriter writer;
    private final ResourceViews views;
    private final WritePolicy policy;

    public InvestmentsController(CommandWriter writer, ResourceViews views, WritePolicy policy) {
        this.writer = writer;
        this.views = views;
        this.policy = policy;
    }

    private Optional<String> field(String path, String field) {
        return views.find(path).map(view -> view.get(field)).filter(value -> value != null && !value.isNull()).map(JsonNode::asString);
    }

    private Optional<String> programmeDependency(String programmeId) {
        return field(Paths.programme(programmeId), "dependency");
    }

    private Optional<String> callDependency(String callId) {
        return field(Paths.call(callId), "programmeId").flatMap(this::programmeDependency);
    }

    private Optional<String> investmentDependency(String investmentId) {
        return field(Paths.investment(investmentId), "dependency");
    }

    @PutMapping("/api/programmes/{programmeId}")
    public ResponseEntity<WriteResponse> putProgramme(@PathVariable String programmeId, @Valid @RequestBody ProgrammeRequest body) {
        policy.requireWriteFor(body.dependency(), "declares programme " + check("programmeId", programmeId));
        return writer.put(Paths.programme(check("programmeId", programmeId)),
                new DeclareProgrammeCommand(programmeId, body.name(), body.dependency()), Caller.of(body.source()));
    }

    @PutMapping("/api/calls/{callId}")
    public ResponseEntity<WriteResponse> putCall(@PathVariable String callId, @Valid @RequestBody CallRequest body) {
        policy.requireWriteFor(programmeDependency(body.programmeId()), "opens call " + check("callId", callId));
        return writer.put(Paths.call(check("callId", callId)),
                new OpenCallCommand(callId, body.programmeId(), body.name(), body.description(), body.fiscalYear(), body.municipalities()),
                Caller.of(body.source()));
    }

    @PutMapping("/api/calls/{callId}/results/{resultId}")
    public ResponseEntity<WriteResponse> putCallResult(@PathVariable String callId, @PathVariable String resultId,
                                                       @Valid @RequestBody CallResultRequest body) {
        policy.requireWriteFor(callDependency(check("callId", callId)), "reports a result of call " + callId);
        return writer.put(Paths.callResult(check("callId", callId), check("resultId", resultId)),
                new ReportCallResultCommand(callId, resultId, body.date(), body.ventures(), body.jobs()), Caller.of(body.source()));
    }

    @PutMapping("/api/investments/{investmentId}")
    public ResponseEntity<WriteResponse> putInvestment(@PathVariable String investmentId, @Valid @RequestBody InvestmentRequest body) {
        policy.requireWriteFor(body.dependency(), "commits investment " + check("investmentId", investmentId));
        return writer.put(Paths.investment(check("investmentId", investmentId)),
                new CommitInvestmentCommand(investmentId, body.dependency(), body.amount(), body.fiscalYear(), body.date(),
                        body.activityId(), body.callId(), body.goals(), body.pacts(), Boolean.TRUE.equals(body.allPacts()),
                        body.fundingSource(), body.planId()),
                Caller.of(body.source()));
    }

    @PutMapping("/api/investments/{investmentId}/executions/{executionId}")
    public ResponseEntity<WriteResponse> putExecution(@PathVariable String investmentId, @PathVariable String executionId,
                                                      @Valid @RequestBody ExecutionRequest body) {
        policy.requireWriteFor(investmentDependency(check("investmentId", investmentId)), "executes investment " + investmentId);
        return writer.put(Paths.execution(check("investmentId", investmentId), check("executionId", executionId)),
                new ExecuteInvestmentCommand(investmentId, executionId, body.date(), body.amount()), Caller.of(body.source()));
    }

    @PutMapping("/api/investments/{investmentId}/adjustments/{adjustmentId}")
    public ResponseEntity<WriteResponse> putAdjustment(@PathVariable String investmentId, @PathVariable String adjustmentId,
                                                       @Valid @RequestBody AdjustmentRequest body) {
        policy.requireWriteFor(investmentDependency(check("investmentId", investmentId)), "adjusts investment " + investmentId);
        return writer.put(Paths.adjustment(check("investmentId", investmentId), check("adjustmentId", adjustmentId)),
                new AdjustInvestmentCommand(investmentId, adjustmentId, body.date(), body.amount(), body.reason()),
                Caller.of(body.source()));
    }

    @GetMapping({"/api/programmes/{id}", "/api/calls/{id}", "/api/calls/{id}/results/{sub}", "/api/investments/{id}",
            "/api/investments/{id}/executions/{sub}", "/api/investments/{id}/adjustments/{sub}"})
    public JsonNode get(HttpServletRequest http) {
        return views.get(http.getRequestURI());
    }
}
