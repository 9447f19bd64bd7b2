package co.pactos.goals.goal;

import co.pactos.events.goals.Accumulation;
import co.pactos.goals.InMemoryCatalog;
import co.pactos.events.goals.AnnualTargetSetEvent;
import co.pactos.events.goals.GoalDeclaredEvent;
import co.pactos.events.goals.GoalKind;
import co.pactos.events.goals.GoalLinkedToPactEvent;
import co.pactos.events.goals.LinkType;
import co.pactos.events.goals.ProgressReportedEvent;
import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.domain.RuleViolation;
import co.pactos.kit.domain.UnknownReference;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GoalAggregateTest {

    private static final GoalDeclaredEvent DECLARED = new GoalDeclaredEvent("g1", "valle", "MP-1", "Construir 1 plataforma",
            "Plataforma construida", "número", GoalKind.PRODUCT, Accumulation.ACCUMULATED, BigDecimal.ZERO, BigDecimal.ONE, "SDSP");

    private FixtureConfiguration<GoalAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(GoalAggregate.class);
        fixture.registerInjectableResource(new InMemoryCatalog()
                .plan("valle", 2020, 2023).plan("other", 2024, 2027)
                .pact("accion-comunal", "valle").pact("foreign", "other")
                .dependency("SDSP"));
    }

    private static DeclareGoalCommand declare() {
        return new DeclareGoalCommand("g1", "valle", "MP-1", "Construir 1 plataforma", "Plataforma construida", "número",
                GoalKind.PRODUCT, Accumulation.ACCUMULATED, BigDecimal.ZERO, BigDecimal.ONE, "SDSP");
    }

    @Test
    void declaring_a_goal_records_it() {
        fixture.givenNoPriorActivity().when(declare()).expectEvents(DECLARED);
    }

    @Test
    void declaring_the_same_goal_again_records_nothing() {
        fixture.given(DECLARED).when(declare()).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void declaring_another_goal_under_the_same_id_is_a_conflict() {
        fixture.given(DECLARED)
                .when(new DeclareGoalCommand("g1", "valle", "MP-1", "otro enunciado", "Plataforma construida", "número",
                        GoalKind.PRODUCT, Accumulation.ACCUMULATED, BigDecimal.ZERO, BigDecimal.ONE, "SDSP"))
                .expectException(ConflictingWrite.class);
    }

    @Test
    void a_goal_of_an_unknown_dependency_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new DeclareGoalCommand("g1", "valle", "MP-1", "s", "i", "u", GoalKind.PRODUCT,
                        Accumulation.ACCUMULATED, BigDecimal.ZERO, BigDecimal.ONE, "NOPE"))
                .expectException(UnknownReference.class)
                .expectExceptionMessage("no dependency 'NOPE' has been recorded; create it first or fix the id");
    }

    @Test
    void linking_to_a_pact_records_the_link() {
        fixture.given(DECLARED)
                .when(new LinkGoalToPactCommand("g1", "accion-comunal", LinkType.DIRECT))
                .expectEvents(new GoalLinkedToPactEvent("g1", "accion-comunal", LinkType.DIRECT));
    }

    @Test
    void linking_to_an_unknown_pact_is_rejected() {
        fixture.given(DECLARED)
                .when(new LinkGoalToPactCommand("g1", "no-such-pact", LinkType.DIRECT))
                .expectException(UnknownReference.class)
                .expectNoEvents();
    }

    @Test
    void linking_to_a_pact_of_another_plan_is_rejected() {
        fixture.given(DECLARED)
                .when(new LinkGoalToPactCommand("g1", "foreign", LinkType.INDIRECT))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void changing_a_link_in_place_is_a_conflict() {
        fixture.given(DECLARED, new GoalLinkedToPactEvent("g1", "accion-comunal", LinkType.DIRECT))
                .when(new LinkGoalToPactCommand("g1", "accion-comunal", LinkType.INDIRECT))
                .expectException(ConflictingWrite.class);
    }

    @Test
    void setting_a_target_for_a_year_of_the_plan_records_it() {
        fixture.given(DECLARED)
                .when(new SetAnnualTargetCommand("g1", 2022, BigDecimal.TEN))
                .expectEvents(new AnnualTargetSetEvent("g1", 2022, BigDecimal.TEN));
    }

    @Test
    void a_target_for_a_year_outside_the_plan_is_rejected() {
        fixture.given(DECLARED)
                .when(new SetAnnualTargetCommand("g1", 2024, BigDecimal.TEN))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("must be a year of the plan (2020 to 2023), was 2024");
    }

    @Test
    void the_same_target_again_records_nothing_and_another_is_a_conflict() {
        fixture.given(DECLARED, new AnnualTargetSetEvent("g1", 2022, BigDecimal.TEN))
                .when(new SetAnnualTargetCommand("g1", 2022, new BigDecimal("10.0")))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(DECLARED, new AnnualTargetSetEvent("g1", 2022, BigDecimal.TEN))
                .when(new SetAnnualTargetCommand("g1", 2022, BigDecimal.ONE))
                .expectException(ConflictingWrite.class);
    }

    @Test
    void reporting_progress_records_it() {
        fixture.given(DECLARED)
                .when(new ReportProgressCommand("g1", "r1", LocalDate.of(2022, 5, 1), new BigDecimal("4"), null, null, null))
                .expectEvents(new ProgressReportedEvent("g1", "r1", LocalDate.of(2022, 5, 1), new BigDecimal("4"), null, null, null));
    }

    @Test
    void a_report_dated_outside_the_plan_is_rejected() {
        fixture.given(DECLARED)
                .when(new ReportProgressCommand("g1", "r1", LocalDate.of(2019, 12, 31), BigDecimal.ONE, null, null, null))
                .expectException(RuleViolation.class);
    }

    @Test
    void a_correction_must_name_a_known_report_and_say_why() {
        ProgressReportedEvent first = new ProgressReportedEvent("g1", "r1", LocalDate.of(2022, 5, 1), BigDecimal.ONE, null, null, null);
        fixture.given(DECLARED, first)
                .when(new ReportProgressCommand("g1", "r2", LocalDate.of(2022, 5, 1), BigDecimal.TEN, null, "r9", "typo"))
                .expectException(UnknownReference.class);
        fixture.given(DECLARED, first)
                .when(new ReportProgressCommand("g1", "r2", LocalDate.of(2022, 5, 1), BigDecimal.TEN, null, "r1", null))
                .expectException(RuleViolation.class);
        fixture.given(DECLARED, first)
                .when(new ReportProgressCommand("g1", "r2", LocalDate.of(2022, 5, 1), BigDecimal.TEN, null, "r1", "typo"))
                .expectEvents(new ProgressReportedEvent("g1", "r2", LocalDate.of(2022, 5, 1), BigDecimal.TEN, null, "r1", "typo"));
    }
}
