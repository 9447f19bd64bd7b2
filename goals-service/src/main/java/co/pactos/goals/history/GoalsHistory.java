package co.pactos.goals.history;

import static co.pactos.kit.history.Patches.creating;
import static co.pactos.kit.history.Patches.field;
import static co.pactos.kit.history.Patches.setOnly;

import co.pactos.events.PactosEvent;
import co.pactos.events.goals.ActivityCorrectedEvent;
import co.pactos.events.goals.ActivityRecordedEvent;
import co.pactos.events.goals.AnnualTargetRevisedEvent;
import co.pactos.events.goals.AnnualTargetSetEvent;
import co.pactos.events.goals.DependencyRegisteredEvent;
import co.pactos.events.goals.GoalAmendedEvent;
import co.pactos.events.goals.GoalDeclaredEvent;
import co.pactos.events.goals.GoalLinkChangedEvent;
import co.pactos.events.goals.GoalLinkedToPactEvent;
import co.pactos.events.goals.PactDeclaredEvent;
import co.pactos.events.goals.PeriodClosedEvent;
import co.pactos.events.goals.PeriodReopenedEvent;
import co.pactos.events.goals.PlanDeclaredEvent;
import co.pactos.events.goals.ProgressReportedEvent;
import co.pactos.goals.view.Paths;
import co.pactos.kit.history.HistoryConfig;
import co.pactos.kit.history.HistoryFold;
import co.pactos.kit.history.HistoryResource;
import co.pactos.kit.history.HistoryResources;
import co.pactos.kit.history.Patch;
import co.pactos.kit.history.Patches;
import co.pactos.kit.web.ResourceViews;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which resources of goals-service have a history and which events make it (API.md, "Both command services"). The field
 * names are those of each resource's GET answer; a goal's parts are dotted ({@code pacts.<pactId>}, {@code targets.<year>},
 * {@code progress.<reportId>.value}). Decisions: a plan's history holds its closures and reopenings
 * ({@code closures.<period>}: CLOSED or REOPENED); a progress report's history holds the report and every later report
 * that corrects it (correctedBy, and the value, date and note it replaced); a goal is owned by the dependency that
 * coordinates it now; plans, pacts and dependencies are shared by every reader of histories.
 */
@Configuration(proxyBeanMethods = false)
@Import(HistoryConfig.class)
public class GoalsHistory {

    private static final String NONE = "NONE";

    @Bean
    public HistoryResources goalsHistoryResources(ResourceViews views) {
        Function<Map<String, String>, Optional<String>> goalOwner = v -> views.dependencyOf(Paths.goal(v.get("goalId")));
        HistoryResource closure = new HistoryResource("/api/plans/{planId}/closures/{period}", "del cierre del periodo", "planId",
                List.of(PeriodClosedEvent.class, PeriodReopenedEvent.class), GoalsHistory::closure, HistoryResource.Shown.ALL, null, null);
        HistoryResource link = new HistoryResource("/api/goals/{goalId}/pacts/{pactId}", "del vínculo de la meta con el pacto", "goalId",
                List.of(GoalLinkedToPactEvent.class, GoalLinkChangedEvent.class), GoalsHistory::link, HistoryResource.Shown.ALL, goalOwner, null);
        HistoryResource target = new HistoryResource("/api/goals/{goalId}/targets/{year}", "del valor programado para", "goalId",
                List.of(AnnualTargetSetEvent.class, AnnualTargetRevisedEvent.class), GoalsHistory::target, HistoryResource.Shown.ALL,
                goalOwner, null);
        HistoryResource goalFields = new HistoryResource("/api/goals/{goalId}", "de la meta", "goalId",
                List.of(GoalDeclaredEvent.class, GoalAmendedEvent.class), GoalsHistory::goal, HistoryResource.Shown.ALL, goalOwner, "code");
        HistoryResource activity = new HistoryResource("/api/activities/{activityId}", "de la actividad", "activityId",
                List.of(ActivityRecordedEvent.class, ActivityCorrectedEvent.class), GoalsHistory::activity, HistoryResource.Shown.ALL,
                v -> views.dependencyOf(Paths.activity(v.get("activityId"))), null);
        return new HistoryResources(List.of(
                new HistoryResource("/api/plans/{planId}", "del plan", "planId",
                        List.of(PlanDeclaredEvent.class, PeriodClosedEvent.class, PeriodReopenedEvent.class), GoalsHistory::plan,
                        HistoryResource.Shown.ALL, null, "name"),
                closure,
                closure.part("/api/plans/{planId}/closures/{period}/reopenings/{reopeningId}", "de la reapertura",
                        (e, v) -> e instanceof PeriodReopenedEvent r && r.reopeningId().equals(v.get("reopeningId"))),
                new HistoryResource("/api/dependencies/{code}", "de la dependencia", "code", List.of(DependencyRegisteredEvent.class),
                        (e, v, fold) -> creating(e), HistoryResource.Shown.ALL, null, null),
                new HistoryResource("/api/pacts/{pactId}", "del pacto", "pactId", List.of(PactDeclaredEvent.class),
                        (e, v, fold) -> creating(e), HistoryResource.Shown.ALL, null, null),
                new HistoryResource("/api/goals/{goalId}", "de la meta", "goalId",
                        List.of(GoalDeclaredEvent.class, GoalAmendedEvent.class, GoalLinkedToPactEvent.class, GoalLinkChangedEvent.class,
                                AnnualTargetSetEvent.class, AnnualTargetRevisedEvent.class, ProgressReportedEvent.class),
                        GoalsHistory::wholeGoal, HistoryResource.Shown.ALL, goalOwner, "code"),
                link,
                link.part("/api/goals/{goalId}/pacts/{pactId}/changes/{changeId}", "del cambio de vínculo",
                        (e, v) -> e instanceof GoalLinkChangedEvent c && c.changeId().equals(v.get("changeId"))),
                target,
                target.part("/api/goals/{goalId}/targets/{year}/revisions/{revisionId}", "de la revisión del valor programado",
                        (e, v) -> e instanceof AnnualTargetRevisedEvent r && r.revisionId().equals(v.get("revisionId"))),
                new HistoryResource("/api/goals/{goalId}/progress/{reportId}", "del reporte de avance", "goalId",
                        List.of(ProgressReportedEvent.class), GoalsHistory::report, HistoryResource.Shown.ALL, goalOwner, null),
                goalFields.part("/api/goals/{goalId}/amendments/{amendmentId}", "de la modificación de la meta",
                        (e, v) -> e instanceof GoalAmendedEvent a && a.amendmentId().equals(v.get("amendmentId"))),
                activity,
                activity.part("/api/activities/{activityId}/corrections/{correctionId}", "de la corrección de la actividad",
                        (e, v) -> e instanceof ActivityCorrectedEvent c && c.correctionId().equals(v.get("correctionId")))));
    }

    private static Patch plan(PactosEvent event, Map<String, String> v, HistoryFold fold) {
        if (event instanceof PlanDeclaredEvent e) {
            return creating(e);
        }
        if (event instanceof PeriodClosedEvent e) {
            return field("closures." + e.period(), "CLOSED");
        }
        if (event instanceof PeriodReopenedEvent e) {
            return field("closures." + e.period(), "REOPENED");
        }
        return null;
    }

    /** A closure: its period and dates, state CLOSED or REOPENED, and until when a reopening holds. */
    private static Patch closure(PactosEvent event, Map<String, String> v, HistoryFold fold) {
        if (event instanceof PeriodClosedEvent e && e.period().equals(v.get("period"))) {
            ObjectNode fields = Patches.tree(e);
            fields.remove("reason");
            fields.put("state", "CLOSED");
            fields.putNull("reopenedUntil");
            return Patch.of(fields);
        }
        if (event instanceof PeriodReopenedEvent e && e.period().equals(v.get("period"))) {
            ObjectNode fields = JsonNodeFactory.instance.objectNode();
            fields.put("state", "REOPENED");
            fields.set("reopenedUntil", Patches.value(e.until()));
            return Patch.of(fields);
        }
        return null;
    }

    private static Patch goal(PactosEvent event, Map<String, String> v, HistoryFold fold) {
        if (event instanceof GoalDeclaredEvent e) {
            return creating(e);
        }
        if (event instanceof GoalAmendedEvent e) {
            return setOnly(e, "statement", "indicator", "unit", "baseline", "target", "dependency");
        }
        return null;
    }

    /** All of a goal: its fields, its links and targets by pact and year, and its reports (never changed: not remembered). */
    private static Patch wholeGoal(PactosEvent event, Map<String, String> v, HistoryFold fold) {
        if (event instanceof GoalLinkedToPactEvent e) {
            return field("pacts." + e.pactId(), e.link().name());
        }
        if (event instanceof GoalLinkChangedEvent e) {
            return field("pacts." + e.pactId(), e.ended() ? NONE : e.link().name());
        }
        if (event instanceof AnnualTargetSetEvent e) {
            return field("targets." + e.year(), e.value());
        }
        if (event instanceof AnnualTargetRevisedEvent e) {
            return field("targets." + e.year(), e.value());
        }
        if (event instanceof ProgressReportedEvent e) {
            return Patches.appended("progress." + e.reportId(), e, "goalId", "reportId");
        }
        return goal(event, v, fold);
    }

    private static Patch link(PactosEvent event, Map<String, String> v, HistoryFold fold) {
        if (event instanceof GoalLinkedToPactEvent e && e.pactId().equals(v.get("pactId"))) {
            return creating(e);
        }
        if (event instanceof GoalLinkChangedEvent e && e.pactId().equals(v.get("pactId"))) {
            return field("link", e.ended() ? NONE : e.link().name());
        }
        return null;
    }

    private static Patch target(PactosEvent event, Map<String, String> v, HistoryFold fold) {
        if (event instanceof AnnualTargetSetEvent e && Integer.toString(e.year()).equals(v.get("year"))) {
            return creating(e);
        }
        if (event instanceof AnnualTargetRevisedEvent e && Integer.toString(e.year()).equals(v.get("year"))) {
            return field("value", e.value());
        }
        return null;
    }

    /** The report itself, then each report that corrects it: correctedBy, and the value, date and note that replace its own. */
    private static Patch report(PactosEvent event, Map<String, String> v, HistoryFold fold) {
        if (!(event instanceof ProgressReportedEvent e)) {
            return null;
        }
        String reportId = v.get("reportId");
        if (e.reportId().equals(reportId)) {
            return creating(e);
        }
        if (reportId.equals(e.corrects())) {
            ObjectNode fields = JsonNodeFactory.instance.objectNode();
            fields.put("correctedBy", e.reportId());
            fields.set("effectiveDate", Patches.value(e.effectiveDate()));
            fields.set("value", Patches.value(e.value()));
            fields.set("note", Patches.value(e.note()));
            return Patch.of(fields);
        }
        return null;
    }

    private static Patch activity(PactosEvent event, Map<String, String> v, HistoryFold fold) {
        if (event instanceof ActivityRecordedEvent e) {
            return creating(e);
        }
        if (event instanceof ActivityCorrectedEvent e) {
            return setOnly(e, "title", "description", "startDate", "endDate", "beneficiaries", "municipalities", "topics");
        }
        return null;
    }
}
