package co.pactos.investments.investment;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.events.investments.InvestmentAdjustedEvent;
import co.pactos.events.investments.InvestmentCommittedEvent;
import co.pactos.events.investments.InvestmentExecutedEvent;
import co.pactos.investments.InMemoryCatalog;
import co.pactos.investments.InMemoryGoalsReferences;
import co.pactos.investments.OnField;
import co.pactos.investments.OnClosure;
import co.pactos.investments.catalog.GoalsReferences.Kind;
import co.pactos.investments.catalog.WriteInClosedPeriod;
import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.domain.RuleViolation;
import co.pactos.kit.domain.UnknownReference;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvestmentAggregateTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2022, 3, 1);

    private FixtureConfiguration<InvestmentAggregate> fixture;
    private InMemoryGoalsReferences goals;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InvestmentAggregate.class);
        goals = new InMemoryGoalsReferences()
                .plan("valle", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31))
                .plan("otro-plan", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31))
                .with(Kind.DEPENDENCY, "SDSP", "SDE")
                .in(Kind.PACT, "accion-comunal", "valle")
                .in(Kind.GOAL, "mp-sigesi", "valle")
                .in(Kind.ACTIVITY, "capacitacion", "valle");
        fixture.registerInjectableResource(goals);
        fixture.registerInjectableResource(new InMemoryCatalog().call("comunas", 2022));
    }

    private static CommitInvestmentCommand commit(long amount) {
        return new CommitInvestmentCommand("inv-1", "SDSP", amount, 2022, MARCH_1, null, null,
                List.of(), List.of("accion-comunal"), false, null, null);
    }

    private static CommitInvestmentCommand forCall(String callId, int fiscalYear) {
        return new CommitInvestmentCommand("inv-1", "SDE", 10L, fiscalYear, LocalDate.of(fiscalYear, 2, 1), null, callId,
                List.of(), List.of(), true, "ValleINN", "valle");
    }

    private static final InvestmentCommittedEvent COMMITTED = new InvestmentCommittedEvent("inv-1", null, "SDSP", 150_000_000L, 2022,
            MARCH_1, null, null, List.of(), List.of("accion-comunal"), false, null);

    private static InvestmentExecutedEvent executed(String id, long amount) {
        return new InvestmentExecutedEvent("inv-1", id, LocalDate.of(2022, 6, 1), amount);
    }

    private static InvestmentAdjustedEvent adjusted(String id, long amount) {
        return new InvestmentAdjustedEvent("inv-1", id, LocalDate.of(2022, 7, 1), amount, "budget cut");
    }

    private static ExecuteInvestmentCommand execute(String id, long amount) {
        return new ExecuteInvestmentCommand("inv-1", id, LocalDate.of(2022, 6, 1), amount);
    }

    private static AdjustInvestmentCommand adjust(String id, long amount) {
        return new AdjustInvestmentCommand("inv-1", id, LocalDate.of(2022, 7, 1), amount, "budget cut");
    }

    // --- commitment ---

    @Test
    void committing_money_for_a_pact_records_it() {
        fixture.givenNoPriorActivity().when(commit(150_000_000L)).expectEvents(COMMITTED);
    }

    @Test
    void the_same_commitment_again_records_nothing_and_asks_the_goals_catalog_nothing() {
        fixture.given(COMMITTED).when(commit(150_000_000L)).expectSuccessfulHandlerExecution().expectNoEvents();
        assertThat(goals.asked()).isEmpty();
    }

    @Test
    void another_amount_under_the_same_id_is_a_conflict() {
        fixture.given(COMMITTED).when(commit(1L)).expectException(ConflictingWrite.class);
    }

    @Test
    void an_amount_that_is_not_positive_is_rejected() {
        fixture.givenNoPriorActivity().when(commit(0L))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("must be a positive whole number of pesos, was 0");
        fixture.givenNoPriorActivity().when(commit(-5L)).expectException(RuleViolation.class);
    }

    @Test
    void a_date_outside_the_fiscal_year_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new CommitInvestmentCommand("inv-1", "SDSP", 10L, 2022, LocalDate.of(2021, 12, 31), null, null,
                        List.of(), List.of("accion-comunal"), false, null, null))
                .expectException(RuleViolation.class);
    }

    @Test
    void an_investment_for_nothing_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new CommitInvestmentCommand("inv-1", "SDSP", 10L, 2022, LocalDate.of(2022, 1, 5), null, null,
                        List.of(), List.of(), false, null, null))
                .expectException(RuleViolation.class);
    }

    @Test
    void money_for_all_pacts_through_a_call_of_its_fiscal_year_is_recorded() {
        fixture.givenNoPriorActivity().when(forCall("comunas", 2022))
                .expectEvents(new InvestmentCommittedEvent("inv-1", "valle", "SDE", 10L, 2022, LocalDate.of(2022, 2, 1), null, "comunas",
                        List.of(), List.of(), true, "ValleINN"));
    }

    @Test
    void money_for_all_pacts_names_an_existing_plan() {
        fixture.givenNoPriorActivity()
                .when(new CommitInvestmentCommand("inv-1", "SDE", 10L, 2022, MARCH_1, null, null, List.of(), List.of(), true, null, null))
                .expectException(RuleViolation.class).expectExceptionMessage("is required with allPacts: true (all the pacts of which plan?)")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new CommitInvestmentCommand("inv-1", "SDE", 10L, 2022, MARCH_1, null, null, List.of(), List.of(), true, null, "nope"))
                .expectException(UnknownReference.class).expectNoEvents();
    }

    @Test
    void the_same_commitment_again_after_a_revision_1_recording_without_plan_records_nothing() {
        fixture.given(new InvestmentCommittedEvent("inv-1", null, "SDE", 10L, 2022, LocalDate.of(2022, 2, 1), null, "comunas",
                        List.of(), List.of(), true, "ValleINN"))
                .when(forCall("comunas", 2022)).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void a_call_of_another_fiscal_year_is_rejected() {
        fixture.givenNoPriorActivity().when(forCall("comunas", 2023))
                .expectException(OnField.field("fiscalYear"))
                .expectExceptionMessage("must be the fiscal year of call 'comunas' (2022), was 2023");
    }

    @Test
    void an_unknown_call_is_rejected() {
        fixture.givenNoPriorActivity().when(forCall("no-such-call", 2022))
                .expectException(UnknownReference.class)
                .expectException(OnField.field("callId"));
    }

    @Test
    void every_reference_is_checked_in_the_goals_catalog_naming_its_field() {
        fixture.givenNoPriorActivity()
                .when(new CommitInvestmentCommand("inv-1", "NOPE", 10L, 2022, MARCH_1, null, null, List.of(), List.of("accion-comunal"), false, null, null))
                .expectException(OnField.field("dependency"));
        fixture.givenNoPriorActivity()
                .when(new CommitInvestmentCommand("inv-1", "SDSP", 10L, 2022, MARCH_1, "no-activity", null, List.of(), List.of(), false, null, null))
                .expectException(OnField.field("activityId"));
        fixture.givenNoPriorActivity()
                .when(new CommitInvestmentCommand("inv-1", "SDSP", 10L, 2022, MARCH_1, null, null, List.of("mp-sigesi", "no-goal"), List.of(), false, null, null))
                .expectException(OnField.field("goals"))
                .expectExceptionMessage("no goal 'no-goal' is known to investments-service yet");
        fixture.givenNoPriorActivity()
                .when(new CommitInvestmentCommand("inv-1", "SDSP", 10L, 2022, MARCH_1, "capacitacion", null, List.of(), List.of("accion-comunal", "no-pact"), false, null, null))
                .expectException(UnknownReference.class)
                .expectException(OnField.field("pacts"))
                .expectNoEvents();
    }

    // --- executions ---

    @Test
    void executing_part_of_the_commitment_records_it() {
        fixture.given(COMMITTED).when(execute("e1", 100_000_000L)).expectEvents(executed("e1", 100_000_000L));
    }

    @Test
    void executing_exactly_what_is_left_is_allowed() {
        fixture.given(COMMITTED, executed("e1", 100_000_000L)).when(execute("e2", 50_000_000L))
                .expectEvents(executed("e2", 50_000_000L));
    }

    @Test
    void executing_more_than_is_left_is_rejected_saying_what_is_available() {
        fixture.given(COMMITTED, executed("e1", 100_000_000L)).when(execute("e2", 50_000_001L))
                .expectException(OnField.field("amount"))
                .expectExceptionMessage("would bring the executed money to 150000001, above the 150000000 committed; "
                        + "at most 50000000 is still available")
                .expectNoEvents();
    }

    @Test
    void adjustments_move_the_limit_of_executions() {
        fixture.given(COMMITTED, adjusted("a1", 10L)).when(execute("e1", 150_000_010L))
                .expectEvents(executed("e1", 150_000_010L));
        fixture.given(COMMITTED, adjusted("a1", -10L)).when(execute("e1", 149_999_991L))
                .expectException(OnField.field("amount"));
    }

    @Test
    void the_same_execution_again_records_nothing_and_another_is_a_conflict() {
        fixture.given(COMMITTED, executed("e1", 150_000_000L)).when(execute("e1", 150_000_000L))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(COMMITTED, executed("e1", 100L)).when(execute("e1", 101L))
                .expectException(ConflictingWrite.class);
    }

    @Test
    void an_execution_that_is_not_positive_is_rejected() {
        fixture.given(COMMITTED).when(execute("e1", 0L)).expectException(OnField.field("amount"));
        fixture.given(COMMITTED).when(execute("e1", -1L)).expectException(OnField.field("amount"));
    }

    @Test
    void an_execution_before_the_commitment_is_rejected() {
        fixture.given(COMMITTED).when(new ExecuteInvestmentCommand("inv-1", "e1", LocalDate.of(2022, 2, 28), 1L))
                .expectException(OnField.field("date"))
                .expectExceptionMessage("must not be before the commitment's date (2022-03-01), was 2022-02-28");
        fixture.given(COMMITTED).when(new ExecuteInvestmentCommand("inv-1", "e1", MARCH_1, 1L))
                .expectEvents(new InvestmentExecutedEvent("inv-1", "e1", MARCH_1, 1L));
    }

    @Test
    void an_execution_of_an_investment_never_committed_is_an_unknown_investment() {
        fixture.givenNoPriorActivity().when(execute("e1", 1L))
                .expectException(UnknownReference.class)
                .expectException(OnField.field("investmentId"))
                .expectNoEvents();
    }

    // --- adjustments ---

    @Test
    void a_negative_adjustment_records_the_reduction() {
        fixture.given(COMMITTED).when(adjust("a1", -50_000_000L)).expectEvents(adjusted("a1", -50_000_000L));
    }

    @Test
    void a_zero_adjustment_is_rejected() {
        fixture.given(COMMITTED).when(adjust("a1", 0L))
                .expectException(OnField.field("amount"));
    }

    @Test
    void an_adjustment_must_say_why() {
        fixture.given(COMMITTED).when(new AdjustInvestmentCommand("inv-1", "a1", LocalDate.of(2022, 7, 1), 5L, " "))
                .expectException(OnField.field("reason"));
        fixture.given(COMMITTED).when(new AdjustInvestmentCommand("inv-1", "a1", LocalDate.of(2022, 7, 1), 5L, null))
                .expectException(OnField.field("reason"));
    }

    @Test
    void committed_money_never_goes_below_zero() {
        fixture.given(COMMITTED).when(adjust("a1", -150_000_000L)).expectEvents(adjusted("a1", -150_000_000L));
        fixture.given(COMMITTED).when(adjust("a1", -150_000_001L))
                .expectException(OnField.field("amount"))
                .expectExceptionMessage("would bring the committed money to -1; at most 150000000 can be taken away");
    }

    @Test
    void committed_money_never_goes_below_what_was_executed() {
        fixture.given(COMMITTED, executed("e1", 100_000_000L)).when(adjust("a1", -50_000_000L))
                .expectEvents(adjusted("a1", -50_000_000L));
        fixture.given(COMMITTED, executed("e1", 100_000_000L)).when(adjust("a1", -50_000_001L))
                .expectException(OnField.field("amount"))
                .expectExceptionMessage("would bring the committed money to 99999999, below the 100000000 already executed; "
                        + "at most 50000000 can be taken away")
                .expectNoEvents();
    }

    @Test
    void the_same_adjustment_again_records_nothing_and_another_is_a_conflict() {
        fixture.given(COMMITTED, adjusted("a1", -5L)).when(adjust("a1", -5L)).expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(COMMITTED, adjusted("a1", -5L)).when(adjust("a1", -6L)).expectException(ConflictingWrite.class);
    }

    @Test
    void an_adjustment_before_the_commitment_is_rejected() {
        fixture.given(COMMITTED).when(new AdjustInvestmentCommand("inv-1", "a1", LocalDate.of(2022, 1, 1), 5L, "typo"))
                .expectException(OnField.field("date"));
    }

    @Test
    void an_adjustment_of_an_investment_never_committed_is_an_unknown_investment() {
        fixture.givenNoPriorActivity().when(adjust("a1", 5L)).expectException(OnField.field("investmentId"));
    }

    // --- closed periods ---

    @Test
    void a_commitment_dated_in_a_closed_period_of_its_pacts_plan_is_refused_naming_the_closure() {
        goals.closed("valle", "2022-06-30", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 6, 30));

        fixture.givenNoPriorActivity().when(commit(150_000_000L))
                .expectException(WriteInClosedPeriod.class)
                .expectExceptionMessage(Matchers.containsString("falls in period 2022-06-30 of plan 'valle' (2020-01-01 to 2022-06-30)"))
                .expectNoEvents();
    }

    @Test
    void a_closure_of_another_plan_or_of_other_dates_does_not_refuse_a_commitment() {
        goals.closed("otro-plan", "2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31))
                .closed("valle", "2021", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));

        fixture.givenNoPriorActivity().when(commit(150_000_000L)).expectEvents(COMMITTED);
    }

    @Test
    void a_reopened_period_takes_the_commitment_again() {
        goals.closed("valle", "2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)).reopened("valle", "2022");

        fixture.givenNoPriorActivity().when(commit(150_000_000L)).expectEvents(COMMITTED);
    }

    @Test
    void the_same_commitment_again_in_a_closed_period_still_records_nothing_and_is_not_refused() {
        goals.closed("valle", "2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));

        fixture.given(COMMITTED).when(commit(150_000_000L)).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void an_execution_or_adjustment_dated_in_a_closed_period_of_the_investments_plan_is_refused() {
        goals.closed("valle", "2022-06-30", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 6, 30));

        fixture.given(COMMITTED).when(execute("e1", 100L))
                .expectException(WriteInClosedPeriod.class).expectException(OnClosure.period("2022-06-30")).expectNoEvents();
        // July is after the cut-off: open
        fixture.given(COMMITTED).when(adjust("a1", -100L)).expectEvents(adjusted("a1", -100L));
        fixture.given(COMMITTED).when(new AdjustInvestmentCommand("inv-1", "a2", LocalDate.of(2022, 6, 30), -100L, "budget cut"))
                .expectException(WriteInClosedPeriod.class).expectNoEvents();
    }

    @Test
    void an_investment_only_through_a_call_respects_the_closures_of_every_plan_whose_period_holds_its_date() {
        goals.closed("otro-plan", "2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));

        fixture.givenNoPriorActivity()
                .when(new CommitInvestmentCommand("inv-1", "SDE", 10L, 2022, LocalDate.of(2022, 2, 1), null, "comunas",
                        List.of(), List.of(), false, "ValleINN", null))
                .expectException(WriteInClosedPeriod.class).expectNoEvents();
    }
}
