package co.pactos.reporting.consumer;

import co.pactos.events.CloudEventAttributes;
import co.pactos.events.EventJson;
import co.pactos.events.PactosEvent;
import co.pactos.events.goals.ActivityRecordedEvent;
import co.pactos.events.goals.AnnualTargetSetEvent;
import co.pactos.events.goals.DependencyRegisteredEvent;
import co.pactos.events.goals.GoalDeclaredEvent;
import co.pactos.events.goals.GoalLinkedToPactEvent;
import co.pactos.events.goals.PactDeclaredEvent;
import co.pactos.events.goals.PlanDeclaredEvent;
import co.pactos.events.goals.ProgressReportedEvent;
import co.pactos.events.investments.CallOpenedEvent;
import co.pactos.events.investments.CallResultReportedEvent;
import co.pactos.events.investments.InvestmentAdjustedEvent;
import co.pactos.events.investments.InvestmentCommittedEvent;
import co.pactos.events.investments.InvestmentExecutedEvent;
import co.pactos.events.investments.ProgrammeDeclaredEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
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
        Row row = rowFor(event, meta);
        if (row == null) {
            return; // not used by this projection
        }
        row.column("event_id", meta.id()).column("recorded_at", Timestamp.from(meta.time()));
        String sql = "insert into " + row.table + " (" + String.join(", ", row.columns) + ") values ("
                + String.join(", ", row.placeholders) + ") on conflict do nothing";
        jdbc.sql(sql).params(row.values).update();
    }

    private static Row rowFor(PactosEvent event, CloudEventAttributes meta) {
        if (event instanceof PlanDeclaredEvent e) {
            return new Row("plan").column("plan_id", e.planId()).column("name", e.name())
                    .column("start_date", e.startDate()).column("end_date", e.endDate());
        } else if (event instanceof DependencyRegisteredEvent e) {
            return new Row("dependency").column("code", e.code()).column("name", e.name()).column("parent_code", e.parentCode());
        } else if (event instanceof PactDeclaredEvent e) {
            return new Row("pact").column("pact_id", e.pactId()).column("plan_id", e.planId()).column("name", e.name())
                    .column("description", e.description());
        } else if (event instanceof GoalDeclaredEvent e) {
            return new Row("goal").column("goal_id", e.goalId()).column("plan_id", e.planId()).column("code", e.code())
                    .column("statement", e.statement()).column("indicator", e.indicator()).column("unit", e.unit())
                    .column("kind", e.kind().name()).column("accumulation", e.accumulation().name())
                    .column("baseline", e.baseline()).column("target", e.target()).column("dependency", e.dependency());
        } else if (event instanceof GoalLinkedToPactEvent e) {
            return new Row("goal_link").column("goal_id", e.goalId()).column("pact_id", e.pactId()).column("link", e.link().name());
        } else if (event instanceof AnnualTargetSetEvent e) {
            return new Row("annual_target").column("goal_id", e.goalId()).column("year", e.year()).column("value", e.value());
        } else if (event instanceof ProgressReportedEvent e) {
            return new Row("progress_report").column("goal_id", e.goalId()).column("report_id", e.reportId())
                    .column("effective_date", e.effectiveDate()).column("value", e.value()).column("note", e.note())
                    .column("corrects", e.corrects()).column("reason", e.reason()).column("recorded_by", meta.actor());
        } else if (event instanceof ActivityRecordedEvent e) {
            return new Row("activity").column("activity_id", e.activityId()).column("dependency", e.dependency())
                    .column("title", e.title()).column("description", e.description())
                    .column("start_date", e.startDate()).column("end_date", e.endDate())
                    .column("pacts", texts(e.pacts())).column("all_pacts", e.allPacts()).column("goals", texts(e.goals()))
                    .jsonColumn("beneficiaries", json(e.beneficiaries()))
                    .column("municipalities", texts(e.municipalities())).column("topics", texts(e.topics()));
        } else if (event instanceof InvestmentCommittedEvent e) {
            return new Row("investment").column("investment_id", e.investmentId()).column("dependency", e.dependency())
                    .column("amount", e.amount()).column("fiscal_year", e.fiscalYear()).column("date", e.date())
                    .column("activity_id", e.activityId()).column("call_id", e.callId()).column("goals", texts(e.goals()))
                    .column("pacts", texts(e.pacts())).column("all_pacts", e.allPacts())
                    .column("funding_source", e.fundingSource());
        } else if (event instanceof InvestmentExecutedEvent e) {
            return new Row("investment_execution").column("investment_id", e.investmentId())
                    .column("execution_id", e.executionId()).column("date", e.date()).column("amount", e.amount());
        } else if (event instanceof InvestmentAdjustedEvent e) {
            return new Row("investment_adjustment").column("investment_id", e.investmentId())
                    .column("adjustment_id", e.adjustmentId()).column("date", e.date()).column("amount", e.amount())
                    .column("reason", e.reason());
        } else if (event instanceof ProgrammeDeclaredEvent e) {
            return new Row("programme").column("programme_id", e.programmeId()).column("name", e.name())
                    .column("dependency", e.dependency());
        } else if (event instanceof CallOpenedEvent e) {
            return new Row("funding_call").column("call_id", e.callId()).column("programme_id", e.programmeId())
                    .column("name", e.name()).column("description", e.description()).column("fiscal_year", e.fiscalYear())
                    .column("municipalities", texts(e.municipalities()));
        } else if (event instanceof CallResultReportedEvent e) {
            return new Row("call_result").column("call_id", e.callId()).column("result_id", e.resultId())
                    .column("date", e.date()).column("ventures", e.ventures()).column("jobs", e.jobs());
        }
        return null;
    }

    private static String json(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value + " as JSON", e);
        }
    }

    private static String[] texts(List<String> values) {
        return values.toArray(String[]::new);
    }

    /** One row to insert: the table, and its columns with their values in order. */
    private static final class Row {
        private final String table;
        private final List<String> columns = new ArrayList<>();
        private final List<String> placeholders = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();

        Row(String table) {
            this.table = table;
        }

        Row column(String name, Object value) {
            return add(name, "?", value);
        }

        Row jsonColumn(String name, String json) {
            return add(name, "?::jsonb", json);
        }

        private Row add(String name, String placeholder, Object value) {
            columns.add(name);
            placeholders.add(placeholder);
            values.add(value);
            return this;
        }
    }
}
