package co.pactos.reporting.consumer;

import co.pactos.events.CloudEventAttributes;
import co.pactos.events.PactosEvent;
import co.pactos.events.goals.AnnualTargetSetEvent;
import co.pactos.events.goals.DependencyRegisteredEvent;
import co.pactos.events.goals.GoalDeclaredEvent;
import co.pactos.events.goals.GoalLinkedToPactEvent;
import co.pactos.events.goals.PactDeclaredEvent;
import co.pactos.events.goals.PlanDeclaredEvent;
import co.pactos.events.goals.ProgressReportedEvent;
import co.pactos.events.investments.InvestmentCommittedEvent;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the facts of each event into the projection tables. Every insert is keyed by what the
 * event records and ignores a row that is already there, so an event applied twice (a redelivery,
 * a replay from an earlier offset) changes nothing. Resetting the projection = truncating these
 * tables and {@code consumer_offset} ({@link ProjectionReset}).
 */
@Component
public class PactProgressProjection {

    private final JdbcClient jdbc;

    public PactProgressProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void apply(PactosEvent event, CloudEventAttributes meta) {
        Timestamp recordedAt = Timestamp.from(meta.time());
        if (event instanceof PlanDeclaredEvent e) {
            jdbc.sql("""
                        insert into plan (plan_id, name, start_date, end_date, event_id, recorded_at)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(e.planId(), e.name(), e.startDate(), e.endDate(), meta.id(), recordedAt).update();
        } else if (event instanceof DependencyRegisteredEvent e) {
            jdbc.sql("""
                        insert into dependency (code, name, parent_code, event_id, recorded_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(e.code(), e.name(), e.parentCode(), meta.id(), recordedAt).update();
        } else if (event instanceof PactDeclaredEvent e) {
            jdbc.sql("""
                        insert into pact (pact_id, plan_id, name, description, event_id, recorded_at)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(e.pactId(), e.planId(), e.name(), e.description(), meta.id(), recordedAt).update();
        } else if (event instanceof GoalDeclaredEvent e) {
            jdbc.sql("""
                        insert into goal (goal_id, plan_id, code, statement, indicator, unit, kind, accumulation,
                                          baseline, target, dependency, event_id, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(e.goalId(), e.planId(), e.code(), e.statement(), e.indicator(), e.unit(), e.kind().name(),
                        e.accumulation().name(), e.baseline(), e.target(), e.dependency(), meta.id(), recordedAt)
                .update();
        } else if (event instanceof GoalLinkedToPactEvent e) {
            jdbc.sql("""
                        insert into goal_link (goal_id, pact_id, link, event_id, recorded_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(e.goalId(), e.pactId(), e.link().name(), meta.id(), recordedAt).update();
        } else if (event instanceof AnnualTargetSetEvent e) {
            jdbc.sql("""
                        insert into annual_target (goal_id, year, value, event_id, recorded_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(e.goalId(), e.year(), e.value(), meta.id(), recordedAt).update();
        } else if (event instanceof ProgressReportedEvent e) {
            jdbc.sql("""
                        insert into progress_report (goal_id, report_id, effective_date, value, note, corrects, reason,
                                                     event_id, recorded_at, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(e.goalId(), e.reportId(), e.effectiveDate(), e.value(), e.note(), e.corrects(), e.reason(),
                        meta.id(), recordedAt, meta.actor()).update();
        } else if (event instanceof InvestmentCommittedEvent e) {
            jdbc.sql("""
                        insert into investment (investment_id, dependency, amount, fiscal_year, date, activity_id, call_id,
                                                goals, pacts, all_pacts, funding_source, event_id, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(e.investmentId(), e.dependency(), e.amount(), e.fiscalYear(), e.date(), e.activityId(),
                        e.callId(), e.goals().toArray(String[]::new), e.pacts().toArray(String[]::new), e.allPacts(),
                        e.fundingSource(), meta.id(), recordedAt)
                .update();
        }
        // other events are not used by this projection
    }
}
