package co.pactos.goals.web;

import static co.pactos.kit.web.Decimals.normalize;

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
import co.pactos.kit.security.WritePolicy;
import co.pactos.kit.web.Caller;
import co.pactos.kit.web.CommandWriter;
import co.pactos.kit.web.InvalidInput;
import co.pactos.kit.web.ResourceViews;
import co.pactos.kit.web.WriteResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import static co.pactos.kit.web.Ids.check;

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
        return views.find(Paths.goal(goalId)).map(goal -> goal.get("dependency").asString());
    }

    @PutMapping("/api/plans/{planId}")
    public ResponseEntity<WriteResponse> putPlan(@PathVariable String planId, @Valid @RequestBody PlanRequest body) {
        policy.requirePlanning("declares plan " + check("planId", planId));
        return writer.put(Paths.plan(check("planId", planId)),
                new DeclarePlanCommand(planId, body.name(), body.territoryCode(), body.startDate(), body.endDate()),
                Caller.of(body.source()));
    }

    @PutMapping("/api/dependencies/{code}")
    public ResponseEntity<WriteResponse> putDependency(@PathVariable String code, @Valid @RequestBody DependencyRequest body) {
        policy.requirePlanning("registers dependency " + check("code", code));
        return writer.put(Paths.dependency(check("code", code)),
                new RegisterDependencyCommand(code, body.name(), body.parentCode()), Caller.of(body.source()));
    }

    @PutMapping("/api/pacts/{pactId}")
    public ResponseEntity<WriteResponse> putPact(@PathVariable String pactId, @Valid @RequestBody PactRequest body) {
        policy.requirePlanning("declares pact " + check("pactId", pactId));
        return writer.put(Paths.pact(check("pactId", pactId)),
                new DeclarePactCommand(pactId, body.planId(), body.name(), body.description()), Caller.of(body.source()));
    }

    @PutMapping("/api/goals/{goalId}")
    public ResponseEntity<WriteResponse> putGoal(@PathVariable String goalId, @Valid @RequestBody GoalRequest body) {
        policy.requirePlanning("declares goal " + check("goalId", goalId));
        return writer.put(Paths.goal(check("goalId", goalId)),
                new DeclareGoalCommand(goalId, body.planId(), body.code(), body.statement(), body.indicator(), body.unit(),
                        body.kind(), body.accumulation(), normalize(body.baseline()), normalize(body.target()), body.dependency()),
                Caller.of(body.source()));
    }

    @PutMapping("/api/goals/{goalId}/pacts/{pactId}")
    public ResponseEntity<WriteResponse> putLink(@PathVariable String goalId, @PathVariable String pactId,
                                                 @Valid @RequestBody LinkRequest body) {
        policy.requirePlanning("links goal " + check("goalId", goalId) + " to a pact");
        return writer.put(Paths.goalLink(check("goalId", goalId), check("pactId", pactId)),
                new LinkGoalToPactCommand(goalId, pactId, body.link()), Caller.of(body.source()));
    }

    @PutMapping("/api/goals/{goalId}/targets/{year}")
    public ResponseEntity<WriteResponse> putTarget(@PathVariable String goalId, @PathVariable int year,
                                                   @Valid @RequestBody TargetRequest body) {
        policy.requirePlanning("sets a target of goal " + check("goalId", goalId));
        if (year < 1900 || year > 2200) {
            throw new InvalidInput("year", "must be a four-digit year");
        }
        return writer.put(Paths.target(check("goalId", goalId), year),
                new SetAnnualTargetCommand(goalId, year, normalize(body.value())), Caller.of(body.source()));
    }

    @PutMapping("/api/goals/{goalId}/progress/{reportId}")
    public ResponseEntity<WriteResponse> putProgress(@PathVariable String goalId, @PathVariable String reportId,
                                                     @Valid @RequestBody ProgressRequest body) {
        policy.requireWriteFor(coordinator(check("goalId", goalId)), "reports progress of goal " + goalId);
        return writer.put(Paths.progress(check("goalId", goalId), check("reportId", reportId)),
                new ReportProgressCommand(goalId, reportId, body.effectiveDate(), normalize(body.value()), body.note(),
                        body.corrects(), body.reason()),
                Caller.of(body.source()));
    }

    @PutMapping("/api/activities/{activityId}")
    public ResponseEntity<WriteResponse> putActivity(@PathVariable String activityId, @Valid @RequestBody ActivityRequest body) {
        policy.requireWriteFor(body.dependency(), "records activity " + check("activityId", activityId));
        List<Beneficiaries> beneficiaries = body.beneficiaries() == null ? null : body.beneficiaries().stream()
                .map(b -> new Beneficiaries(b.group(), b.count()))
                .toList();
        return writer.put(Paths.activity(check("activityId", activityId)),
                new RecordActivityCommand(activityId, body.planId(), body.dependency(), body.title(), body.description(), body.startDate(),
                        body.endDate(), body.pacts(), Boolean.TRUE.equals(body.allPacts()), body.goals(), beneficiaries,
                        body.municipalities(), body.topics()),
                Caller.of(body.source()));
    }

    @GetMapping({"/api/plans/{id}", "/api/dependencies/{id}", "/api/pacts/{id}", "/api/goals/{id}",
            "/api/goals/{id}/pacts/{sub}", "/api/goals/{id}/targets/{sub}", "/api/goals/{id}/progress/{sub}",
            "/api/activities/{id}"})
    public JsonNode get(HttpServletRequest http) {
        return views.get(http.getRequestURI());
    }
}
