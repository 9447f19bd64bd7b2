package co.pactos.reporting.report.diff;

import co.pactos.events.EventTypes;
import co.pactos.events.goals.ActivityCorrectedEvent;
import co.pactos.events.goals.ActivityRecordedEvent;
import co.pactos.events.goals.AnnualTargetRevisedEvent;
import co.pactos.events.goals.AnnualTargetSetEvent;
import co.pactos.events.goals.GoalAmendedEvent;
import co.pactos.events.goals.GoalDeclaredEvent;
import co.pactos.events.goals.GoalLinkChangedEvent;
import co.pactos.events.goals.GoalLinkedToPactEvent;
import co.pactos.events.goals.PeriodClosedEvent;
import co.pactos.events.goals.PeriodReopenedEvent;
import co.pactos.events.goals.ProgressReportedEvent;
import co.pactos.events.investments.CallResultReportedEvent;
import co.pactos.events.investments.InvestmentAdjustedEvent;
import co.pactos.events.investments.InvestmentCommittedEvent;
import co.pactos.events.investments.InvestmentExecutedEvent;
import co.pactos.reporting.report.PactReport;
import co.pactos.reporting.report.diff.ReportDiff.ExplainingEvent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The events recorded in (from, to] on a pact's goals (and its links to them), activities, investments and calls, and on
 * its plan's closures, read from the fact tables of the version being read (every fact row remembers its event). Who
 * recorded it is known for the amendments, revisions, link changes, corrections, closures and reopenings (and the user
 * for progress reports); the other tables do not keep it.
 */
@Component
class ExplainingEvents {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("goal", type(GoalDeclaredEvent.class)),
            Map.entry("goal_link", type(GoalLinkedToPactEvent.class)),
            Map.entry("annual_target", type(AnnualTargetSetEvent.class)),
            Map.entry("progress_report", type(ProgressReportedEvent.class)),
            Map.entry("goal_amendment", type(GoalAmendedEvent.class)),
            Map.entry("annual_target_revision", type(AnnualTargetRevisedEvent.class)),
            Map.entry("goal_link_change", type(GoalLinkChangedEvent.class)),
            Map.entry("activity", type(ActivityRecordedEvent.class)),
            Map.entry("activity_correction", type(ActivityCorrectedEvent.class)),
            Map.entry("investment", type(InvestmentCommittedEvent.class)),
            Map.entry("investment_execution", type(InvestmentExecutedEvent.class)),
            Map.entry("investment_adjustment", type(InvestmentAdjustedEvent.class)),
            Map.entry("call_result", type(CallResultReportedEvent.class)),
            Map.entry("period_closure", type(PeriodClosedEvent.class)),
            Map.entry("period_reopening", type(PeriodReopenedEvent.class)));

    // one branch per fact table, each answerable from the table's key (ids first, then the recorded time of their rows)
    private static final String SQL = """
            select * from (
                select 'goal' as fact, 'goal:' || goal_id as subject, event_id, recorded_at, null as actor, null as client,
                       null as dependency, null as reason, null as legal_act
                from goal where goal_id = any(:goals)
                union all select 'goal_link', 'goal:' || goal_id, event_id, recorded_at, null, null, null, null, null
                from goal_link where goal_id = any(:goals) and pact_id = :pact
                union all select 'annual_target', 'goal:' || goal_id, event_id, recorded_at, null, null, null, null, null
                from annual_target where goal_id = any(:goals)
                union all select 'progress_report', 'goal:' || goal_id, event_id, recorded_at, recorded_by, null, null, reason, null
                from progress_report where goal_id = any(:goals)
                union all select 'goal_amendment', 'goal:' || goal_id, event_id, recorded_at, recorded_by, recorded_client,
                       recorded_dependency, reason, legal_act
                from goal_amendment where goal_id = any(:goals)
                union all select 'annual_target_revision', 'goal:' || goal_id, event_id, recorded_at, recorded_by, recorded_client,
                       recorded_dependency, reason, legal_act
                from annual_target_revision where goal_id = any(:goals)
                union all select 'goal_link_change', 'goal:' || goal_id, event_id, recorded_at, recorded_by, recorded_client,
                       recorded_dependency, reason, legal_act
                from goal_link_change where goal_id = any(:goals) and pact_id = :pact
                union all select 'activity', 'activity:' || activity_id, event_id, recorded_at, null, null, null, null, null
                from activity where activity_id = any(:activities)
                union all select 'activity_correction', 'activity:' || activity_id, event_id, recorded_at, recorded_by, recorded_client,
                       recorded_dependency, reason, null
                from activity_correction where activity_id = any(:activities)
                union all select 'investment', 'investment:' || investment_id, event_id, recorded_at, null, null, null, null, null
                from investment where investment_id = any(:investments)
                union all select 'investment_execution', 'investment:' || investment_id, event_id, recorded_at, null, null, null, null, null
                from investment_execution where investment_id = any(:investments)
                union all select 'investment_adjustment', 'investment:' || investment_id, event_id, recorded_at, null, null, null,
                       reason, null
                from investment_adjustment where investment_id = any(:investments)
                union all select 'call_result', 'call:' || call_id, event_id, recorded_at, null, null, null, null, null
                from call_result where call_id = any(:calls)
                union all select 'period_closure', 'plan:' || plan_id, event_id, recorded_at, recorded_by, recorded_client,
                       recorded_dependency, reason, null
                from period_closure where plan_id = :plan
                union all select 'period_reopening', 'plan:' || plan_id, event_id, recorded_at, recorded_by, recorded_client,
                       recorded_dependency, reason, null
                from period_reopening where plan_id = :plan) e
            where e.recorded_at > :from and e.recorded_at <= :to
            order by e.recorded_at, e.event_id""";

    private final JdbcClient jdbc;

    ExplainingEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Call inside a read of the projection (its schema on the search path); names of dependencies as it knew them. */
    List<ExplainingEvent> between(Instant from, Instant to, String pactId, String planId, Collection<String> subjects) {
        Map<String, String> names = new java.util.HashMap<>();
        jdbc.sql("select code, name from known_dependency").query(rs -> {
            names.put(rs.getString(1), rs.getString(2));
        });
        return between(from, to, pactId, planId, subjects, code -> names.getOrDefault(code, code));
    }

    /** Call inside a read of the projection (its schema on the search path); names of dependencies from {@code names}. */
    List<ExplainingEvent> between(Instant from, Instant to, String pactId, String planId, Collection<String> subjects,
                                  java.util.function.UnaryOperator<String> names) {
        return jdbc.sql(SQL)
                .param("goals", ids(subjects, "goal:")).param("activities", ids(subjects, "activity:"))
                .param("investments", ids(subjects, "investment:")).param("calls", ids(subjects, "call:"))
                .param("pact", pactId).param("plan", planId)
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, i) -> {
                    String dependency = rs.getString(7);
                    boolean known = rs.getString(5) != null || rs.getString(6) != null || dependency != null;
                    return new ExplainingEvent(rs.getString(3), TYPES.get(rs.getString(1)), rs.getString(2),
                            rs.getTimestamp(4).toInstant(), known ? new PactReport.Recorder(rs.getString(5), rs.getString(6), dependency,
                            dependency == null ? null : names.apply(dependency)) : null, rs.getString(8), rs.getString(9));
                })
                .list();
    }

    private static String[] ids(Collection<String> subjects, String prefix) {
        return subjects.stream().filter(s -> s.startsWith(prefix)).map(s -> s.substring(prefix.length())).distinct()
                .toArray(String[]::new);
    }

    private static String type(Class<?> event) {
        return EventTypes.of(event).name();
    }
}
