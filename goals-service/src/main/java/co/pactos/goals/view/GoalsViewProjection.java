package co.pactos.goals.view;

import co.pactos.events.goals.ActivityRecordedEvent;
import co.pactos.events.goals.AnnualTargetSetEvent;
import co.pactos.events.goals.DependencyRegisteredEvent;
import co.pactos.events.goals.GoalDeclaredEvent;
import co.pactos.events.goals.GoalLinkedToPactEvent;
import co.pactos.events.goals.PactDeclaredEvent;
import co.pactos.events.goals.PlanDeclaredEvent;
import co.pactos.events.goals.ProgressReportedEvent;
import co.pactos.kit.web.ResourceViews;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * The current state of each resource, as GET answers it. Runs in the command's transaction
 * (a subscribing processor), so a PUT answers with what it stored and aggregates can consult it.
 */
@Component
@ProcessingGroup("views")
public class GoalsViewProjection {

    private final ResourceViews views;

    public GoalsViewProjection(ResourceViews views) {
        this.views = views;
    }

    @EventHandler
    void on(PlanDeclaredEvent e) {
        views.put(Paths.plan(e.planId()), e);
    }

    @EventHandler
    void on(DependencyRegisteredEvent e) {
        views.put(Paths.dependency(e.code()), e);
    }

    @EventHandler
    void on(PactDeclaredEvent e) {
        views.put(Paths.pact(e.pactId()), e);
    }

    @EventHandler
    void on(GoalDeclaredEvent e) {
        ObjectNode goal = views.toTree(e);
        goal.putObject("pacts");
        goal.putObject("targets");
        views.put(Paths.goal(e.goalId()), goal);
    }

    @EventHandler
    void on(GoalLinkedToPactEvent e) {
        views.put(Paths.goalLink(e.goalId(), e.pactId()), e);
        updateGoal(e.goalId(), goal -> ((ObjectNode) goal.get("pacts")).put(e.pactId(), e.link().name()));
    }

    @EventHandler
    void on(AnnualTargetSetEvent e) {
        views.put(Paths.target(e.goalId(), e.year()), e);
        updateGoal(e.goalId(), goal -> ((ObjectNode) goal.get("targets")).put(Integer.toString(e.year()), e.value()));
    }

    @EventHandler
    void on(ProgressReportedEvent e) {
        views.put(Paths.progress(e.goalId(), e.reportId()), e);
    }

    @EventHandler
    void on(ActivityRecordedEvent e) {
        views.put(Paths.activity(e.activityId()), e);
    }

    private void updateGoal(String goalId, Consumer<ObjectNode> change) {
        views.update(Paths.goal(goalId), change);
    }
}
