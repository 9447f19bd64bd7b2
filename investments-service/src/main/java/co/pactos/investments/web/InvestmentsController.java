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
import co.pactos.investments.web.InvestmentsViews.AdjustmentView;
import co.pactos.investments.web.InvestmentsViews.CallResultView;
import co.pactos.investments.web.InvestmentsViews.CallView;
import co.pactos.investments.web.InvestmentsViews.ExecutionView;
import co.pactos.investments.web.InvestmentsViews.InvestmentView;
import co.pactos.investments.web.InvestmentsViews.ProgrammeView;
import co.pactos.kit.security.WritePolicy;
import co.pactos.kit.web.ApiDocs;
import co.pactos.kit.web.Caller;
import co.pactos.kit.web.CommandWriter;
import co.pactos.kit.web.ProblemAnswers;
import co.pactos.kit.web.ResourceViews;
import co.pactos.kit.web.WriteResponse;
import io.swagger.v3.oas.annotations.Operation;
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

    @Operation(operationId = "putProgramme", tags = "programmes", summary = "Declare a programme",
            description = "Declares a programme or fund (e.g. ValleINN) run by a dependency that goals-service has registered (422 with"
                    + " Retry-After while its registration has not reached this service)."
                    + ApiDocs.FOR_DEPENDENCY + ApiDocs.IDEMPOTENT)
    @PutMapping("/api/programmes/{programmeId}")
    public ResponseEntity<WriteResponse<ProgrammeView>> putProgramme(@PathVariable String programmeId,
                                                                     @Valid @RequestBody ProgrammeRequest body) {
        String dependency = policy.requireWriteFor(body.dependency(), "declares programme " + check("programmeId", programmeId));
        return writer.put(Paths.programme(check("programmeId", programmeId)),
                new DeclareProgrammeCommand(programmeId, body.name(), body.dependency()), Caller.writingFor(dependency, body.source()),
                ProgrammeView.class);
    }

    @Operation(operationId = "getProgramme", tags = "programmes", summary = "Read a programme", description = "The programme as declared.")
    @GetMapping("/api/programmes/{programmeId}")
    public ProgrammeView getProgramme(@PathVariable String programmeId) {
        return views.get(Paths.programme(programmeId), ProgrammeView.class);
    }

    @Operation(operationId = "putCall", tags = "calls", summary = "Open a call",
            description = "Opens a call (convocatoria) of a programme for a fiscal year, for the municipalities named. The dependency"
                    + " is the programme's." + ApiDocs.FOR_DEPENDENCY + ApiDocs.IDEMPOTENT)
    @PutMapping("/api/calls/{callId}")
    public ResponseEntity<WriteResponse<CallView>> putCall(@PathVariable String callId, @Valid @RequestBody CallRequest body) {
        String dependency = policy.requireWriteFor(programmeDependency(body.programmeId()), "opens call " + check("callId", callId));
        return writer.put(Paths.call(check("callId", callId)),
                new OpenCallCommand(callId, body.programmeId(), body.name(), body.description(), body.fiscalYear(), body.municipalities()),
                Caller.writingFor(dependency, body.source()), CallView.class);
    }

    @Operation(operationId = "getCall", tags = "calls", summary = "Read a call", description = "The call as opened.")
    @GetMapping("/api/calls/{callId}")
    public CallView getCall(@PathVariable String callId) {
        return views.get(Paths.call(callId), CallView.class);
    }

    @Operation(operationId = "putCallResult", tags = "calls", summary = "Report a result of a call",
            description = "Reports what the call achieved on a date: ventures benefited and jobs generated (results add up); a date in a"
                    + " closed period of any plan whose period holds it answers 409. The"
                    + " dependency is the call's programme's." + ApiDocs.FOR_DEPENDENCY + ApiDocs.IDEMPOTENT)
    @ProblemAnswers({400, 401, 403, 404, 406, 409, 413, 415, 422, 503})
    @PutMapping("/api/calls/{callId}/results/{resultId}")
    public ResponseEntity<WriteResponse<CallResultView>> putCallResult(@PathVariable String callId, @PathVariable String resultId,
                                                                       @Valid @RequestBody CallResultRequest body) {
        String dependency = policy.requireWriteFor(callDependency(check("callId", callId)), "reports a result of call " + callId);
        return writer.put(Paths.callResult(check("callId", callId), check("resultId", resultId)),
                new ReportCallResultCommand(callId, resultId, body.date(), body.ventures(), body.jobs()),
                Caller.writingFor(dependency, body.source()), CallResultView.class);
    }

    @Operation(operationId = "getCallResult", tags = "calls", summary = "Read a result of a call", description = "The result as reported.")
    @GetMapping("/api/calls/{callId}/results/{resultId}")
    public CallResultView getCallResult(@PathVariable String callId, @PathVariable String resultId) {
        return views.get(Paths.callResult(callId, resultId), CallResultView.class);
    }

    @Operation(operationId = "putInvestment", tags = "investments", summary = "Commit an investment",
            description = "Commits money (whole pesos) in a fiscal year for an activity, a call, goals, pacts, or all pacts of a plan"
                    + " (allPacts with planId); what it names is checked against the catalog of goals-service's events (422 with"
                    + " Retry-After while one is not known yet), and a date in a closed period of its plans answers 409."
                    + ApiDocs.FOR_DEPENDENCY + ApiDocs.IDEMPOTENT)
    @PutMapping("/api/investments/{investmentId}")
    public ResponseEntity<WriteResponse<InvestmentView>> putInvestment(@PathVariable String investmentId,
                                                                       @Valid @RequestBody InvestmentRequest body) {
        String dependency = policy.requireWriteFor(body.dependency(), "commits investment " + check("investmentId", investmentId));
        return writer.put(Paths.investment(check("investmentId", investmentId)),
                new CommitInvestmentCommand(investmentId, body.dependency(), body.amount(), body.fiscalYear(), body.date(),
                        body.activityId(), body.callId(), body.goals(), body.pacts(), Boolean.TRUE.equals(body.allPacts()),
                        body.fundingSource(), body.planId()),
                Caller.writingFor(dependency, body.source()), InvestmentView.class);
    }

    @Operation(operationId = "getInvestment", tags = "investments", summary = "Read an investment",
            description = "The commitment, with the money committed (amount plus adjustments) and executed so far.")
    @GetMapping("/api/investments/{investmentId}")
    public InvestmentView getInvestment(@PathVariable String investmentId) {
        return views.get(Paths.investment(investmentId), InvestmentView.class);
    }

    @Operation(operationId = "putExecution", tags = "investments", summary = "Execute part of an investment",
            description = "Records money (whole pesos) of the investment executed on a date; what is executed never exceeds what is"
                    + " committed (422); a date in a closed period of the investment's plans answers 409. The dependency is the investment's." + ApiDocs.FOR_DEPENDENCY + ApiDocs.IDEMPOTENT)
    @ProblemAnswers({400, 401, 403, 404, 406, 409, 413, 415, 422, 503})
    @PutMapping("/api/investments/{investmentId}/executions/{executionId}")
    public ResponseEntity<WriteResponse<ExecutionView>> putExecution(@PathVariable String investmentId, @PathVariable String executionId,
                                                                     @Valid @RequestBody ExecutionRequest body) {
        String dependency = policy.requireWriteFor(investmentDependency(check("investmentId", investmentId)),
                "executes investment " + investmentId);
        return writer.put(Paths.execution(check("investmentId", investmentId), check("executionId", executionId)),
                new ExecuteInvestmentCommand(investmentId, executionId, body.date(), body.amount()),
                Caller.writingFor(dependency, body.source()), ExecutionView.class);
    }

    @Operation(operationId = "getExecution", tags = "investments", summary = "Read an execution", description = "The execution as recorded.")
    @GetMapping("/api/investments/{investmentId}/executions/{executionId}")
    public ExecutionView getExecution(@PathVariable String investmentId, @PathVariable String executionId) {
        return views.get(Paths.execution(investmentId, executionId), ExecutionView.class);
    }

    @Operation(operationId = "putAdjustment", tags = "investments", summary = "Adjust an investment",
            description = "Changes the investment's committed money by amount (negative for a reduction) for a reason; nothing earlier"
                    + " is overwritten, and the committed money never falls below what is executed (422); a date in a closed period answers"
                    + " 409. The dependency is the"
                    + " investment's." + ApiDocs.FOR_DEPENDENCY + ApiDocs.IDEMPOTENT)
    @ProblemAnswers({400, 401, 403, 404, 406, 409, 413, 415, 422, 503})
    @PutMapping("/api/investments/{investmentId}/adjustments/{adjustmentId}")
    public ResponseEntity<WriteResponse<AdjustmentView>> putAdjustment(@PathVariable String investmentId, @PathVariable String adjustmentId,
                                                                       @Valid @RequestBody AdjustmentRequest body) {
        String dependency = policy.requireWriteFor(investmentDependency(check("investmentId", investmentId)),
                "adjusts investment " + investmentId);
        return writer.put(Paths.adjustment(check("investmentId", investmentId), check("adjustmentId", adjustmentId)),
                new AdjustInvestmentCommand(investmentId, adjustmentId, body.date(), body.amount(), body.reason()),
                Caller.writingFor(dependency, body.source()), AdjustmentView.class);
    }

    @Operation(operationId = "getAdjustment", tags = "investments", summary = "Read an adjustment",
            description = "The adjustment as recorded.")
    @GetMapping("/api/investments/{investmentId}/adjustments/{adjustmentId}")
    public AdjustmentView getAdjustment(@PathVariable String investmentId, @PathVariable String adjustmentId) {
        return views.get(Paths.adjustment(investmentId, adjustmentId), AdjustmentView.class);
    }
}
