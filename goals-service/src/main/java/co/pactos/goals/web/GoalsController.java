package co.pactos.goals.web;

import static co.pactos.kit.web.Decimals.normalize;
import static co.pactos.kit.web.Ids.check;

import co.pactos.events.goals.Beneficiaries;
import co.pactos.goals.activity.RecordActivityCommand;
import co.pactos.goals.dependency.RegisterDependencyCommand;
import co.pactos.goals.goal.DeclareGoalCommand;
import co.pactos.goals.goal.LinkGoalToPactCommand;
import co.pactos.goals.goal.ReportProgressCommand;
import co.pactos.goals.goal.SetAnnualTargetCommand;
import co.pactos.goals.pact.DeclarePactCommand;
import co.pactos.goals.plan.DeclarePlanCommand;
import co.pactos.goals.view.Paths;
import co.pactos.goals.web.GoalsRequests.ActivityRequest;
import co.pactos.goals.web.GoalsRequests.DependencyRequest;
import co.pactos.goals.web.GoalsRequests.GoalRequest;
import co.pactos.goals.web.GoalsRequests.LinkRequest;
import co.pactos.goals.web.GoalsRequests.PactRequest;
import co.pactos.goals.web.GoalsRequests.PlanRequest;
import co.pactos.goals.web.GoalsRequests.ProgressRequest;
import co.pactos.goals.web.GoalsRequests.TargetRequest;
import co.pactos.goals.web.GoalsViews.ActivityView;
import co.pactos.goals.web.GoalsViews.DependencyView;
import co.pactos.goals.web.GoalsViews.GoalView;
import co.pactos.goals.web.GoalsViews.LinkView;
import co.pactos.goals.web.GoalsViews.PactView;
import co.pactos.goals.web.GoalsViews.PlanView;
import co.pactos.goals.web.GoalsViews.ProgressView;
import co.pactos.goals.web.GoalsViews.TargetView;
import co.pactos.kit.security.WritePolicy;
import co.pactos.kit.web.ApiDocs;
import co.pactos.kit.web.Caller;
import co.pactos.kit.web.CommandWriter;
import co.pactos.kit.web.InvalidInput;
import co.pactos.kit.web.ProblemAnswers;
import co.pactos.kit.web.ResourceViews;
import co.pactos.kit.web.WriteResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** goals-service's HTTP API: an idempotent PUT and a GET per resource. */
@RestController
public class GoalsController {

    private final CommandWriter writer;
    private final ResourceViews views;
    private final WritePolicy policy;

    public GoalsController(CommandWriter writer, ResourceViews views, WritePolicy policy) {
        this.writer = writer;
        this.views = views;
        this.policy = policy;
    }

    /** The dependency that coordinates a goal, if the goal has been declared. */
    private Optional<String> coordinator(String goalId) {
        return views.dependencyOf(Paths.goal(goalId));
    }

    @Operation(operationId = "putPlan", tags = "plans", summary = "Declare a development plan",
            description = "Declares the plan with its name, territory (a DANE department or municipality code) and period." + ApiDocs.PLANNING_ONLY
                    + ApiDocs.IDEMPOTENT)
    @PutMapping("/api/plans/{planId}")
    public ResponseEntity<WriteResponse<PlanView>> putPlan(@PathVariable String planId, @Valid @RequestBody PlanRequest body) {
        policy.requirePlanning("declares plan " + check("planId", planId));
        return writer.put(Paths.plan(check("planId", planId)),
                new DeclarePlanCommand(planId, body.name(), body.territoryCode(), body.startDate(), body.endDate()),
                Caller.of(body.source()), PlanView.class);
    }

    @Operation(operationId = "getPlan", tags = "plans", summary = "Read a plan", description = "The plan as declared.")
    @GetMapping("/api/plans/{planId}")
    public PlanView getPlan(@PathVariable String planId) {
        return views.get(Paths.plan(planId), PlanView.class);
    }

    @Operation(operationId = "putDependency", tags = "dependencies", summary = "Register a dependency",
            description = "Registers a unit of government (secretariat, administrative department, sub-directorate) under its code;"
                    + " parentCode names the unit it belongs to, whose secretariat then also writes for it." + ApiDocs.PLANNING_ONLY
                    + ApiDocs.IDEMPOTENT)
    @PutMapping("/api/dependencies/{code}")
    public ResponseEntity<WriteResponse<DependencyView>> putDependency(@PathVariable String code, @Valid @RequestBody DependencyRequest body) {
        policy.requirePlanning("registers dependency " + check("code", code));
        return writer.put(Paths.dependency(check("code", code)),
                new RegisterDependencyCommand(code, body.name(), body.parentCode()), Caller.of(body.source()), DependencyView.class);
    }

    @Operation(operationId = "getDependency", tags = "dependencies", summary = "Read a dependency",
            description = "The dependency as registered, with the unit it belongs to.")
    @GetMapping("/api/dependencies/{code}")
    public DependencyView getDependency(@PathVariable String code) {
        return views.get(Paths.dependency(code), DependencyView.class);
    }

    @Operation(operationId = "putPact", tags = "pacts", summary = "Declare a pact",
            description = "Declares a pact (a commitment to one population or policy) within a plan that exists." + ApiDocs.PLANNING_ONLY
                    + ApiDocs.IDEMPOTENT)
    @PutMapping("/api/pacts/{pactId}")
    public ResponseEntity<WriteResponse<PactView>> putPact(@PathVariable String pactId, @Valid @RequestBody PactRequest body) {
        policy.requirePlanning("declares pact " + check("pactId", pactId));
        return writer.put(Paths.pact(check("pactId", pactId)),
                new DeclarePactCommand(pactId, body.planId(), body.name(), body.description()), Caller.of(body.source()), PactView.class);
    }

    @Operation(operationId = "getPact", tags = "pacts", summary = "Read a pact", description = "The pact as declared.")
    @GetMapping("/api/pacts/{pactId}")
    public PactView getPact(@PathVariable String pactId) {
        return views.get(Paths.pact(pactId), PactView.class);
    }

    @Operation(operationId = "putGoal", tags = "goals", summary = "Declare a goal",
            description = "Declares a goal of the plan: its indicator, baseline, four-year target, kind, how its yearly achievements add"
                    + " up (accumulation) and the dependency that coordinates it." + ApiDocs.PLANNING_ONLY + ApiDocs.IDEMPOTENT)
    @PutMapping("/api/goals/{goalId}")
    public ResponseEntity<WriteResponse<GoalView>> putGoal(@PathVariable String goalId, @Valid @RequestBody GoalRequest body) {
        policy.requirePlanning("declares goal " + check("goalId", goalId));
        return writer.put(Paths.goal(check("goalId", goalId)),
                new DeclareGoalCommand(goalId, body.planId(), body.code(), body.statement(), body.indicator(), body.unit(),
                        body.kind(), body.accumulation(), normalize(body.baseline()), normalize(body.target()), body.dependency()),
                Caller.of(body.source()), GoalView.class);
    }

    @Operation(operationId = "getGoal", tags = "goals", summary = "Read a goal",
            description = "The goal as declared, with the pacts it serves and its yearly targets.")
    @GetMapping("/api/goals/{goalId}")
    public GoalView getGoal(@PathVariable String goalId) {
        return views.get(Paths.goal(goalId), GoalView.class);
    }

    @Operation(operationId = "putGoalLink", tags = "goals", summary = "Link a goal to a pact",
            description = "Says that the goal serves the pact, directly or indirectly; both must exist." + ApiDocs.PLANNING_ONLY + ApiDocs.IDEMPOTENT)
    @ProblemAnswers({400, 401, 403, 404, 406, 409, 413, 415, 422, 503})
    @PutMapping("/api/goals/{goalId}/pacts/{pactId}")
    public ResponseEntity<WriteResponse<LinkView>> putLink(@PathVariable String goalId, @PathVariable String pactId,
                                                           @Valid @RequestBody LinkRequest body) {
        policy.requirePlanning("links goal " + check("goalId", goalId) + " to a pact");
        return writer.put(Paths.goalLink(check("goalId", goalId), check("pactId", pactId)),
                new LinkGoalToPactCommand(goalId, pactId, body.link()), Caller.of(body.source()), LinkView.class);
    }

    @Operation(operationId = "getGoalLink", tags = "goals", summary = "Read a goal's link to a pact",
            description = "How the goal serves the pact.")
    @GetMapping("/api/goals/{goalId}/pacts/{pactId}")
    public LinkView getLink(@PathVariable String goalId, @PathVariable String pactId) {
        return views.get(Paths.goalLink(goalId, pactId), LinkView.class);
    }

    @Operation(operationId = "putTarget", tags = "goals", summary = "Set a goal's target for a year",
            description = "Sets the programmed value of the goal for one fiscal year of the plan; a year without it is not programmed."
                    + ApiDocs.PLANNING_ONLY + ApiDocs.IDEMPOTENT)
    @ProblemAnswers({400, 401, 403, 404, 406, 409, 413, 415, 422, 503})
    @PutMapping("/api/goals/{goalId}/targets/{year}")
    public ResponseEntity<WriteResponse<TargetView>> putTarget(@PathVariable String goalId, @Parameter(description = "The fiscal year",
            schema = @Schema(type = "integer", format = "int32", minimum = "1900", maximum = "2200", example = "2022")) @PathVariable int year,
                                                               @Valid @RequestBody TargetRequest body) {
        policy.requirePlanning("sets a target of goal " + check("goalId", goalId));
        if (year < 1900 || year > 2200) {
            throw new InvalidInput("year", "must be a four-digit year");
        }
        return writer.put(Paths.target(check("goalId", goalId), year),
                new SetAnnualTargetCommand(goalId, year, normalize(body.value())), Caller.of(body.source()), TargetView.class);
    }

    @Operation(operationId = "getTarget", tags = "goals", summary = "Read a goal's target for a year",
            description = "The programmed value of the goal for the fiscal year.")
    @GetMapping("/api/goals/{goalId}/targets/{year}")
    public TargetView getTarget(@PathVariable String goalId, @Parameter(description = "The fiscal year",
            schema = @Schema(type = "integer", format = "int32", minimum = "1900", maximum = "2200", example = "2022")) @PathVariable int year) {
        return views.get(Paths.target(goalId, year), TargetView.class);
    }

    @Operation(operationId = "putProgress", tags = "goals", summary = "Report a goal's progress",
            description = "Reports the goal's indicator as measured on effectiveDate. A correction names the earlier report it replaces"
                    + " (corrects) and why (reason); nothing earlier is overwritten." + ApiDocs.FOR_DEPENDENCY
                    + " The dependency is the one that coordinates the goal." + ApiDocs.IDEMPOTENT)
    @ProblemAnswers({400, 401, 403, 404, 406, 409, 413, 415, 422, 503})
    @PutMapping("/api/goals/{goalId}/progress/{reportId}")
    public ResponseEntity<WriteResponse<ProgressView>> putProgress(@PathVariable String goalId, @PathVariable String reportId,
                                                                   @Valid @RequestBody ProgressRequest body) {
        String dependency = policy.requireWriteFor(coordinator(check("goalId", goalId)), "reports progress of goal " + goalId);
        return writer.put(Paths.progress(check("goalId", goalId), check("reportId", reportId)),
                new ReportProgressCommand(goalId, reportId, body.effectiveDate(), normalize(body.value()), body.note(),
                        body.corrects(), body.reason()),
                Caller.writingFor(dependency, body.source()), ProgressView.class);
    }

    @Operation(operationId = "getProgress", tags = "goals", summary = "Read a progress report",
            description = "The progress report as recorded; a correction names the report it replaces.")
    @GetMapping("/api/goals/{goalId}/progress/{reportId}")
    public ProgressView getProgress(@PathVariable String goalId, @PathVariable String reportId) {
        return views.get(Paths.progress(goalId, reportId), ProgressView.class);
    }

    @Operation(operationId = "putActivity", tags = "activities", summary = "Record an activity",
            description = "Records something a dependency did: when, for whom (beneficiaries), where (DIVIPOLA municipalities), on which"
                    + " topics, and the pacts and goals it serves, or all pacts of a plan (allPacts with planId)." + ApiDocs.FOR_DEPENDENCY
                    + ApiDocs.IDEMPOTENT)
    @PutMapping("/api/activities/{activityId}")
    public ResponseEntity<WriteResponse<ActivityView>> putActivity(@PathVariable String activityId, @Valid @RequestBody ActivityRequest body) {
        String dependency = policy.requireWriteFor(body.dependency(), "records activity " + check("activityId", activityId));
        List<Beneficiaries> beneficiaries = body.beneficiaries() == null ? null : body.beneficiaries().stream()
                .map(b -> new Beneficiaries(b.group(), b.count()))
                .toList();
        return writer.put(Paths.activity(check("activityId", activityId)),
                new RecordActivityCommand(activityId, body.planId(), body.dependency(), body.title(), body.description(), body.startDate(),
                        body.endDate(), body.pacts(), Boolean.TRUE.equals(body.allPacts()), body.goals(), beneficiaries,
                        body.municipalities(), body.topics()),
                Caller.writingFor(dependency, body.source()), ActivityView.class);
    }

    @Operation(operationId = "getActivity", tags = "activities", summary = "Read an activity", description = "The activity as recorded.")
    @GetMapping("/api/activities/{activityId}")
    public ActivityView getActivity(@PathVariable String activityId) {
        return views.get(Paths.activity(activityId), ActivityView.class);
    }
}
