package co.pactos.reporting.projection;

import co.pactos.events.EventJson;
import co.pactos.events.PactosEvent;
import co.pactos.events.Topics;
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
import co.pactos.events.investments.CallOpenedEvent;
import co.pactos.events.investments.CallResultReportedEvent;
import co.pactos.events.investments.InvestmentAdjustedEvent;
import co.pactos.events.investments.InvestmentCommittedEvent;
import co.pactos.events.investments.InvestmentExecutedEvent;
import co.pactos.events.investments.ProgrammeDeclaredEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The pact progress projection: for each event type, the table it writes and the row it writes
 * there. One entry per event type, fixed columns; the writer batches the rows of a poll per table.
 * Bump {@link #CODE_VERSION} whenever a table, a handler or a report formula changes: the new
 * version then builds itself from the log beside the live one and takes over once caught up.
 */
public final class PactProgressFacts {

    public static final String NAME = "pact-progress";
    public static final int CODE_VERSION = 3;

    static final FactTable PLAN = new FactTable("plan", Topics.GOALS, "plan_id", "name", "start_date", "end_date");
    static final FactTable DEPENDENCY = new FactTable("dependency", Topics.GOALS, "code", "name", "parent_code");
    static final FactTable PACT = new FactTable("pact", Topics.GOALS, "pact_id", "plan_id", "name", "description");
    static final FactTable GOAL = new FactTable("goal", Topics.GOALS, "goal_id", "plan_id", "code", "statement", "indicator", "unit", "kind",
            "accumulation", "baseline", "target", "dependency");
    static final FactTable GOAL_LINK = new FactTable("goal_link", Topics.GOALS, "goal_id", "pact_id", "link");
    static final FactTable ANNUAL_TARGET = new FactTable("annual_target", Topics.GOALS, "goal_id", "year", "value");
    static final FactTable PROGRESS_REPORT = new FactTable("progress_report", Topics.GOALS, "goal_id", "report_id", "effective_date", "value",
            "note", "corrects", "reason", "recorded_by");
    static final FactTable ACTIVITY = new FactTable("activity", Topics.GOALS, "activity_id", "plan_id", "dependency", "title", "description",
            "start_date", "end_date", "pacts", "all_pacts", "goals", "beneficiaries", "municipalities", "topics");
    static final FactTable INVESTMENT = new FactTable("investment", Topics.INVESTMENTS, "investment_id", "plan_id", "dependency", "amount",
            "fiscal_year", "date", "activity_id", "call_id", "goals", "pacts", "all_pacts", "funding_source");
    static final FactTable INVESTMENT_EXECUTION = new FactTable("investment_execution", Topics.INVESTMENTS, "investment_id", "execution_id", "date",
            "amount");
    static final FactTable INVESTMENT_ADJUSTMENT = new FactTable("investment_adjustment", Topics.INVESTMENTS, "investment_id", "adjustment_id", "date",
            "amount", "reason");
    static final FactTable PROGRAMME = new FactTable("programme", Topics.INVESTMENTS, "programme_id", "name", "dependency");
    static final FactTable FUNDING_CALL = new FactTable("funding_call", Topics.INVESTMENTS, "call_id", "programme_id", "name", "description",
            "fiscal_year", "municipalities");
    static final FactTable CALL_RESULT = new FactTable("call_result", Topics.INVESTMENTS, "call_id", "result_id", "date", "ventures", "jobs");

    // amendments (issue 10); "who" columns from the headers, so that a report can say who amended or closed what
    static final FactTable GOAL_AMENDMENT = new FactTable("goal_amendment", Topics.GOALS, "goal_id", "amendment_id", "reason",
            "legal_act", "statement", "indicator", "unit", "baseline", "target", "dependency", "recorded_by", "recorded_client",
            "recorded_dependency");
    static final FactTable ANNUAL_TARGET_REVISION = new FactTable("annual_target_revision", Topics.GOALS, "goal_id", "year",
            "revision_id", "value", "reason", "legal_act", "recorded_by", "recorded_client", "recorded_dependency");
    static final FactTable GOAL_LINK_CHANGE = new FactTable("goal_link_change", Topics.GOALS, "goal_id", "pact_id", "change_id", "link",
            "reason", "legal_act", "recorded_by", "recorded_client", "recorded_dependency");
    static final FactTable ACTIVITY_CORRECTION = new FactTable("activity_correction", Topics.GOALS, "activity_id", "correction_id",
            "reason", "title", "description", "start_date", "end_date", "beneficiaries", "municipalities", "topics", "recorded_by",
            "recorded_client", "recorded_dependency");
    static final FactTable PERIOD_CLOSURE = new FactTable("period_closure", Topics.GOALS, "plan_id", "period", "from_date", "to_date",
            "reason", "recorded_by", "recorded_client", "recorded_dependency");
    static final FactTable PERIOD_REOPENING = new FactTable("period_reopening", Topics.GOALS, "plan_id", "period", "reopening_id",
            "from_date", "to_date", "reason", "until", "recorded_by", "recorded_client", "recorded_dependency");

    /** Every fact table, in the order a batch writes them. */
    static final List<FactTable> TABLES = List.of(PLAN, DEPENDENCY, PACT, GOAL, GOAL_LINK, ANNUAL_TARGET, PROGRESS_REPORT,
            ACTIVITY, INVESTMENT, INVESTMENT_EXECUTION, INVESTMENT_ADJUSTMENT, PROGRAMME, FUNDING_CALL, CALL_RESULT,
            GOAL_AMENDMENT, ANNUAL_TARGET_REVISION, GOAL_LINK_CHANGE, ACTIVITY_CORRECTION, PERIOD_CLOSURE, PERIOD_REOPENING);

    /** The tables a goal's progress is computed from (an amended goal, a revised target, a changed link included). */
    public static final List<String> PROGRESS_FACTS = names(PLAN, DEPENDENCY, PACT, GOAL, GOAL_LINK, ANNUAL_TARGET, PROGRESS_REPORT,
            GOAL_AMENDMENT, ANNUAL_TARGET_REVISION, GOAL_LINK_CHANGE);

    /**
     * The tables of what was done and spent (activities and their corrections, money, programmes and calls) and of the
     * goals and links that say for which pact and which secretariat.
     */
    public static final List<String> WORK_FACTS = names(PLAN, DEPENDENCY, PACT, GOAL, GOAL_LINK, GOAL_AMENDMENT, GOAL_LINK_CHANGE,
            ACTIVITY, ACTIVITY_CORRECTION, INVESTMENT, INVESTMENT_EXECUTION, INVESTMENT_ADJUSTMENT, PROGRAMME, FUNDING_CALL, CALL_RESULT);

    /** The closures and reopenings of periods, which a report names. */
    public static final List<String> CLOSURE_FACTS = names(PERIOD_CLOSURE, PERIOD_REOPENING);

    private static List<String> names(FactTable... tables) {
        return java.util.Arrays.stream(tables).map(FactTable::name).toList();
    }

    /** One event type's handler: the table and the values of the handler's columns, in order. */
    record Handler<E extends PactosEvent>(FactTable table, BiFunction<E, LogHeaders, Object[]> row) {
    }

    private static final Map<Class<?>, Handler<?>> HANDLERS = new LinkedHashMap<>();

    static {
        on(PlanDeclaredEvent.class, PLAN, (e, m) -> values(e.planId(), e.name(), e.startDate(), e.endDate()));
        on(DependencyRegisteredEvent.class, DEPENDENCY, (e, m) -> values(e.code(), e.name(), e.parentCode()));
        on(PactDeclaredEvent.class, PACT, (e, m) -> values(e.pactId(), e.planId(), e.name(), e.description()));
        on(GoalDeclaredEvent.class, GOAL, (e, m) -> values(e.goalId(), e.planId(), e.code(), e.statement(), e.indicator(),
                e.unit(), e.kind().name(), e.accumulation().name(), e.baseline(), e.target(), e.dependency()));
        on(GoalLinkedToPactEvent.class, GOAL_LINK, (e, m) -> values(e.goalId(), e.pactId(), e.link().name()));
        on(AnnualTargetSetEvent.class, ANNUAL_TARGET, (e, m) -> values(e.goalId(), e.year(), e.value()));
        on(ProgressReportedEvent.class, PROGRESS_REPORT, (e, m) -> values(e.goalId(), e.reportId(), e.effectiveDate(), e.value(),
                e.note(), e.corrects(), e.reason(), m.actor()));
        on(ActivityRecordedEvent.class, ACTIVITY, (e, m) -> values(e.activityId(), e.planId(), e.dependency(), e.title(),
                e.description(), e.startDate(), e.endDate(), e.pacts(), e.allPacts(), e.goals(), new Json(json(e.beneficiaries())),
                e.municipalities(), e.topics()));
        on(InvestmentCommittedEvent.class, INVESTMENT, (e, m) -> values(e.investmentId(), e.planId(), e.dependency(), e.amount(),
                e.fiscalYear(), e.date(), e.activityId(), e.callId(), e.goals(), e.pacts(), e.allPacts(), e.fundingSource()));
        on(InvestmentExecutedEvent.class, INVESTMENT_EXECUTION, (e, m) -> values(e.investmentId(), e.executionId(), e.date(),
                e.amount()));
        on(InvestmentAdjustedEvent.class, INVESTMENT_ADJUSTMENT, (e, m) -> values(e.investmentId(), e.adjustmentId(), e.date(),
                e.amount(), e.reason()));
        on(ProgrammeDeclaredEvent.class, PROGRAMME, (e, m) -> values(e.programmeId(), e.name(), e.dependency()));
        on(CallOpenedEvent.class, FUNDING_CALL, (e, m) -> values(e.callId(), e.programmeId(), e.name(), e.description(),
                e.fiscalYear(), e.municipalities()));
        on(CallResultReportedEvent.class, CALL_RESULT, (e, m) -> values(e.callId(), e.resultId(), e.date(), e.ventures(), e.jobs()));
        on(GoalAmendedEvent.class, GOAL_AMENDMENT, (e, m) -> values(e.goalId(), e.amendmentId(), e.reason(), e.legalAct(),
                e.statement(), e.indicator(), e.unit(), e.baseline(), e.target(), e.dependency(), m.actor(), m.client(), m.dependency()));
        on(AnnualTargetRevisedEvent.class, ANNUAL_TARGET_REVISION, (e, m) -> values(e.goalId(), e.year(), e.revisionId(), e.value(),
                e.reason(), e.legalAct(), m.actor(), m.client(), m.dependency()));
        on(GoalLinkChangedEvent.class, GOAL_LINK_CHANGE, (e, m) -> values(e.goalId(), e.pactId(), e.changeId(),
                e.ended() ? null : e.link().name(), e.reason(), e.legalAct(), m.actor(), m.client(), m.dependency()));
        on(ActivityCorrectedEvent.class, ACTIVITY_CORRECTION, (e, m) -> values(e.activityId(), e.correctionId(), e.reason(), e.title(),
                e.description(), e.startDate(), e.endDate(), e.beneficiaries() == null ? null : new Json(json(e.beneficiaries())),
                e.municipalities(), e.topics(), m.actor(), m.client(), m.dependency()));
        on(PeriodClosedEvent.class, PERIOD_CLOSURE, (e, m) -> values(e.planId(), e.period(), e.from(), e.to(), e.reason(), m.actor(),
                m.client(), m.dependency()));
        on(PeriodReopenedEvent.class, PERIOD_REOPENING, (e, m) -> values(e.planId(), e.period(), e.reopeningId(), e.from(), e.to(),
                e.reason(), e.until(), m.actor(), m.client(), m.dependency()));
    }

    private PactProgressFacts() {
    }

    /** A JSON document for a {@code jsonb} column. */
    record Json(String text) {
    }

    /** The table and row an event writes; null for an event this projection does not use. */
    @SuppressWarnings("unchecked")
    static <E extends PactosEvent> Row rowOf(E event, LogHeaders meta) {
        Handler<E> handler = (Handler<E>) HANDLERS.get(event.getClass());
        return handler == null ? null : new Row(handler.table(), handler.row().apply(event, meta));
    }

    /** A row for one table, the handler's values in the table's column order. */
    record Row(FactTable table, Object[] values) {
    }

    private static <E extends PactosEvent> void on(Class<E> type, FactTable table, BiFunction<E, LogHeaders, Object[]> row) {
        HANDLERS.put(type, new Handler<>(table, row));
    }

    private static Object[] values(Object... values) {
        return values;
    }

    private static String json(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value + " as JSON", e);
        }
    }
}
