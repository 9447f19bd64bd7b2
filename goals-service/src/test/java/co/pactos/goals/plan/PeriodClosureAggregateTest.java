package co.pactos.goals.plan;

import static co.pactos.goals.FieldMatchers.onField;

import co.pactos.events.goals.PeriodClosedEvent;
import co.pactos.events.goals.PeriodReopenedEvent;
import co.pactos.events.goals.PlanDeclaredEvent;
import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.domain.UnknownReference;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Closing a plan's periods and reopening them. Who may (Planeación only) is decided before the command, by the controller's
 * WritePolicy: a secretariat closing a period is refused in GoalsClosuresIntegrationTest.
 */
class PeriodClosureAggregateTest {

    private static final PlanDeclaredEvent PLAN = new PlanDeclaredEvent("valle", "Valle Invencible", "76",
            LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31));
    private static final PeriodClosedEvent CUT_OFF = new PeriodClosedEvent("valle", "2022-06-30", LocalDate.of(2020, 1, 1),
            LocalDate.of(2022, 6, 30), "corte semestral");

    private FixtureConfiguration<PlanAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PlanAggregate.class);
    }

    /** An instant some days from now (the aggregate reads Axon's clock, which the fixture keeps near now). */
    private static Instant daysAhead(int days) {
        return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.MILLIS);
    }

    @Test
    void closing_a_year_closes_the_whole_fiscal_year() {
        fixture.given(PLAN).when(new ClosePeriodCommand("valle", "2022", null))
                .expectEvents(new PeriodClosedEvent("valle", "2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), null));
    }

    @Test
    void closing_a_cut_off_closes_the_plan_from_its_start_up_to_the_date() {
        fixture.given(PLAN).when(new ClosePeriodCommand("valle", "2022-06-30", "corte semestral")).expectEvents(CUT_OFF);
    }

    @Test
    void a_year_and_a_cut_off_of_that_year_are_two_closures() {
        fixture.given(PLAN, CUT_OFF).when(new ClosePeriodCommand("valle", "2022", null))
                .expectEvents(new PeriodClosedEvent("valle", "2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), null));
    }

    @Test
    void closing_a_closed_period_again_records_nothing_and_another_reason_is_a_conflict() {
        fixture.given(PLAN, CUT_OFF).when(new ClosePeriodCommand("valle", "2022-06-30", "corte semestral"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(PLAN, CUT_OFF).when(new ClosePeriodCommand("valle", "2022-06-30", "otra razón"))
                .expectException(ConflictingWrite.class).expectNoEvents();
    }

    @ParameterizedTest(name = "period {0} is refused")
    @ValueSource(strings = {"2019", "2024", "2019-12-31", "2024-01-01", "2022-02-30", "2022-6-30", "plan", "22"})
    void a_period_that_is_no_year_or_date_of_the_plan_is_refused(String period) {
        fixture.given(PLAN).when(new ClosePeriodCommand("valle", period, null))
                .expectException(onField("period")).expectNoEvents();
    }

    @Test
    void reopening_a_closed_period_records_why_and_until_when() {
        Instant until = daysAhead(30);
        fixture.given(PLAN, CUT_OFF).when(new ReopenPeriodCommand("valle", "2022-06-30", "re-1", "SIGESI reporta tarde", until))
                .expectEvents(new PeriodReopenedEvent("valle", "2022-06-30", "re-1", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 6, 30),
                        "SIGESI reporta tarde", until));
    }

    @Test
    void a_reopening_needs_a_reason() {
        fixture.given(PLAN, CUT_OFF).when(new ReopenPeriodCommand("valle", "2022-06-30", "re-1", "  ", null))
                .expectException(onField("reason")).expectNoEvents();
    }

    @Test
    void a_reopening_must_end_in_the_future() {
        fixture.given(PLAN, CUT_OFF).when(new ReopenPeriodCommand("valle", "2022-06-30", "re-1", "r", daysAhead(-1)))
                .expectException(onField("until")).expectNoEvents();
    }

    @Test
    void only_a_closed_period_is_reopened() {
        fixture.given(PLAN).when(new ReopenPeriodCommand("valle", "2022-06-30", "re-1", "r", null))
                .expectException(UnknownReference.class).expectNoEvents();
    }

    @Test
    void a_reopening_sent_again_records_nothing_and_another_body_is_a_conflict() {
        PeriodReopenedEvent reopened = new PeriodReopenedEvent("valle", "2022-06-30", "re-1", LocalDate.of(2020, 1, 1),
                LocalDate.of(2022, 6, 30), "r", null);
        fixture.given(PLAN, CUT_OFF, reopened).when(new ReopenPeriodCommand("valle", "2022-06-30", "re-1", "r", null))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(PLAN, CUT_OFF, reopened).when(new ReopenPeriodCommand("valle", "2022-06-30", "re-1", "otra", null))
                .expectException(ConflictingWrite.class).expectNoEvents();
    }

    @Test
    void closing_a_reopened_period_closes_it_anew() {
        PeriodReopenedEvent reopened = new PeriodReopenedEvent("valle", "2022-06-30", "re-1", LocalDate.of(2020, 1, 1),
                LocalDate.of(2022, 6, 30), "r", null);
        fixture.given(PLAN, CUT_OFF, reopened).when(new ClosePeriodCommand("valle", "2022-06-30", "corte semestral"))
                .expectEvents(CUT_OFF);
    }

    @Test
    void a_period_whose_reopening_has_ended_is_closed_again_without_a_new_event() {
        PeriodReopenedEvent lapsed = new PeriodReopenedEvent("valle", "2022-06-30", "re-1", LocalDate.of(2020, 1, 1),
                LocalDate.of(2022, 6, 30), "r", daysAhead(-2));
        fixture.given(PLAN, CUT_OFF, lapsed).when(new ClosePeriodCommand("valle", "2022-06-30", "corte semestral"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }
}
