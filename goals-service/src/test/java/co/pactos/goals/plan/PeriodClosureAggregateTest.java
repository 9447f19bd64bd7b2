package co.pactos.goals.plan;

import static co.pactos.goals.FieldMatchers.onField;

import co.pactos.events.goals.PeriodClosedEvent;
import co.pactos.events.goals.PeriodReopenedEvent;
import co.pactos.events.goals.PlanDeclaredEvent;
import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.domain.UnknownReference;
import co.pactos.kit.security.Identity;
import co.pactos.kit.security.WriteForbidden;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hamcrest.Matchers;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Closing a plan's periods and reopening them, by Planeación only (the controller's WritePolicy refuses others first, with the
 * same 403: GoalsAmendmentsIntegrationTest).
 */
class PeriodClosureAggregateTest {

    private static final PlanDeclaredEvent PLAN = new PlanDeclaredEvent("valle", "Valle Invencible", "76",
            LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31));
    private static final PeriodClosedEvent CUT_OFF = new PeriodClosedEvent("valle", "2022-06-30", LocalDate.of(2020, 1, 1),
            LocalDate.of(2022, 6, 30), "corte semestral");

    private static final Identity PLANEACION = new Identity("planeacion", "planeacion", "DAPD", List.of(Identity.PLANNING));
    private static final Identity SIGESI = new Identity("sigesi", "sigesi", "SDSP", List.of(Identity.SECRETARIAT));

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
        fixture.given(PLAN).when(new ClosePeriodCommand("valle", "2022", null, PLANEACION))
                .expectEvents(new PeriodClosedEvent("valle", "2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), null));
    }

    @Test
    void closing_a_cut_off_closes_the_plan_from_its_start_up_to_the_date() {
        fixture.given(PLAN).when(new ClosePeriodCommand("valle", "2022-06-30", "corte semestral", PLANEACION)).expectEvents(CUT_OFF);
    }

    @Test
    void a_secretariat_trying_to_close_a_period_is_refused() {
        fixture.given(PLAN).when(new ClosePeriodCommand("valle", "2022-06-30", "corte semestral", SIGESI))
                .expectException(WriteForbidden.class)
                .expectExceptionMessage(Matchers.allOf(Matchers.containsString("may write only for dependency SDSP"),
                        Matchers.containsString("closes period 2022-06-30 of plan valle")))
                .expectNoEvents();
    }

    @Test
    void a_secretariat_closing_a_closed_period_again_is_refused_too() {
        fixture.given(PLAN, CUT_OFF).when(new ClosePeriodCommand("valle", "2022-06-30", "corte semestral", SIGESI))
                .expectException(WriteForbidden.class).expectNoEvents();
    }

    @Test
    void a_secretariat_trying_to_reopen_a_period_is_refused() {
        fixture.given(PLAN, CUT_OFF).when(new ReopenPeriodCommand("valle", "2022-06-30", "re-1", "SIGESI reporta tarde", null, SIGESI))
                .expectException(WriteForbidden.class)
                .expectExceptionMessage(Matchers.containsString("reopens period 2022-06-30 of plan valle"))
                .expectNoEvents();
    }

    @Test
    void a_caller_without_a_token_may_not_close_a_period() {
        fixture.given(PLAN).when(new ClosePeriodCommand("valle", "2022", null, null))
                .expectException(WriteForbidden.class).expectNoEvents();
    }

    @Test
    void a_year_and_a_cut_off_of_that_year_are_two_closures() {
        fixture.given(PLAN, CUT_OFF).when(new ClosePeriodCommand("valle", "2022", null, PLANEACION))
                .expectEvents(new PeriodClosedEvent("valle", "2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), null));
    }

    @Test
    void closing_a_closed_period_again_records_nothing_and_another_reason_is_a_conflict() {
        fixture.given(PLAN, CUT_OFF).when(new ClosePeriodCommand("valle", "2022-06-30", "corte semestral", PLANEACION))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(PLAN, CUT_OFF).when(new ClosePeriodCommand("valle", "2022-06-30", "otra razón", PLANEACION))
                .expectException(ConflictingWrite.class).expectNoEvents();
    }

    @ParameterizedTest(name = "period {0} is refused")
    @ValueSource(strings = {"2019", "2024", "2019-12-31", "2024-01-01", "2022-02-30", "2022-6-30", "plan", "22"})
    void a_period_that_is_no_year_or_date_of_the_plan_is_refused(String period) {
        fixture.given(PLAN).when(new ClosePeriodCommand("valle", period, null, PLANEACION))
                .expectException(onField("period")).expectNoEvents();
    }

    @Test
    void reopening_a_closed_period_records_why_and_until_when() {
        Instant until = daysAhead(30);
        fixture.given(PLAN, CUT_OFF).when(new ReopenPeriodCommand("valle", "2022-06-30", "re-1", "SIGESI reporta tarde", until, PLANEACION))
                .expectEvents(new PeriodReopenedEvent("valle", "2022-06-30", "re-1", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 6, 30),
                        "SIGESI reporta tarde", until));
    }

    @Test
    void a_reopening_needs_a_reason() {
        fixture.given(PLAN, CUT_OFF).when(new ReopenPeriodCommand("valle", "2022-06-30", "re-1", "  ", null, PLANEACION))
                .expectException(onField("reason")).expectNoEvents();
    }

    @Test
    void a_reopening_must_end_in_the_future() {
        fixture.given(PLAN, CUT_OFF).when(new ReopenPeriodCommand("valle", "2022-06-30", "re-1", "r", daysAhead(-1), PLANEACION))
                .expectException(onField("until")).expectNoEvents();
    }

    @Test
    void a_reopening_must_end_by_the_year_9999() {
        fixture.given(PLAN, CUT_OFF).when(new ReopenPeriodCommand("valle", "2022-06-30", "re-1", "r", Instant.parse("+300000-01-01T00:00:00Z"), PLANEACION))
                .expectException(onField("until")).expectExceptionMessage(Matchers.containsString("9999-12-31"))
                .expectNoEvents();
        fixture.given(PLAN, CUT_OFF).when(new ReopenPeriodCommand("valle", "2022-06-30", "re-1", "r", Instant.parse("+10000-01-01T00:00:00Z"), PLANEACION))
                .expectException(onField("until")).expectNoEvents();
        Instant latest = Instant.parse("9999-12-31T23:59:59.999999Z");
        fixture.given(PLAN, CUT_OFF).when(new ReopenPeriodCommand("valle", "2022-06-30", "re-1", "r", latest, PLANEACION))
                .expectEvents(new PeriodReopenedEvent("valle", "2022-06-30", "re-1", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 6, 30),
                        "r", latest));
    }

    @Test
    void only_a_closed_period_is_reopened() {
        fixture.given(PLAN).when(new ReopenPeriodCommand("valle", "2022-06-30", "re-1", "r", null, PLANEACION))
                .expectException(UnknownReference.class).expectNoEvents();
    }

    @Test
    void a_reopening_sent_again_records_nothing_and_another_body_is_a_conflict() {
        PeriodReopenedEvent reopened = new PeriodReopenedEvent("valle", "2022-06-30", "re-1", LocalDate.of(2020, 1, 1),
                LocalDate.of(2022, 6, 30), "r", null);
        fixture.given(PLAN, CUT_OFF, reopened).when(new ReopenPeriodCommand("valle", "2022-06-30", "re-1", "r", null, PLANEACION))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(PLAN, CUT_OFF, reopened).when(new ReopenPeriodCommand("valle", "2022-06-30", "re-1", "otra", null, PLANEACION))
                .expectException(ConflictingWrite.class).expectNoEvents();
    }

    @Test
    void closing_a_reopened_period_closes_it_anew() {
        PeriodReopenedEvent reopened = new PeriodReopenedEvent("valle", "2022-06-30", "re-1", LocalDate.of(2020, 1, 1),
                LocalDate.of(2022, 6, 30), "r", null);
        fixture.given(PLAN, CUT_OFF, reopened).when(new ClosePeriodCommand("valle", "2022-06-30", "corte semestral", PLANEACION))
                .expectEvents(CUT_OFF);
    }

    @Test
    void a_period_whose_reopening_has_ended_is_closed_again_without_a_new_event() {
        PeriodReopenedEvent lapsed = new PeriodReopenedEvent("valle", "2022-06-30", "re-1", LocalDate.of(2020, 1, 1),
                LocalDate.of(2022, 6, 30), "r", daysAhead(-2));
        fixture.given(PLAN, CUT_OFF, lapsed).when(new ClosePeriodCommand("valle", "2022-06-30", "corte semestral", PLANEACION))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }
}
