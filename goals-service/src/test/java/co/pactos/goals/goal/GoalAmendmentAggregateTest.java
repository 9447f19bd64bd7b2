package co.pactos.goals.goal;

import static co.pactos.goals.FieldMatchers.closedPeriod;
import static co.pactos.goals.FieldMatchers.onField;
import static org.hamcrest.Matchers.containsString;

import co.pactos.events.goals.Accumulation;
import co.pactos.events.goals.AnnualTargetRevisedEvent;
import co.pactos.events.goals.AnnualTargetSetEvent;
import co.pactos.events.goals.GoalAmendedEvent;
import co.pactos.events.goals.GoalDeclaredEvent;
import co.pactos.events.goals.GoalKind;
import co.pactos.events.goals.GoalLinkChangedEvent;
import co.pactos.events.goals.GoalLinkedToPactEvent;
import co.pactos.events.goals.LinkType;
import co.pactos.events.goals.ProgressReportedEvent;
import co.pactos.goals.InMemoryCatalog;
import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.domain.UnknownReference;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Amendments, target revisions and link changes of a goal, and the periods closed for its targets and progress. */
class GoalAmendmentAggregateTest {

    private static final GoalDeclaredEvent DECLARED = new GoalDeclaredEvent("g1", "valle", "MP-1", "Construir 1 plataforma",
            "Plataforma construida", "número", GoalKind.PRODUCT, Accumulation.ACCUMULATED, BigDecimal.ZERO, BigDecimal.ONE, "SDSP");
    private static final String ORDINANCE = "Ordenanza 587 del 15 de diciembre de 2022";
    private static final AnnualTargetSetEvent TARGET_2022 = new AnnualTargetSetEvent("g1", 2022, new BigDecimal("0.25"));
    private static final GoalLinkedToPactEvent LINKED = new GoalLinkedToPactEvent("g1", "accion-comunal", LinkType.DIRECT);

    private FixtureConfiguration<GoalAggregate> fixture;
    private InMemoryCatalog catalog;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(GoalAggregate.class);
        catalog = new InMemoryCatalog()
                .plan("valle", 2020, 2023).plan("other", 2024, 2027)
                .pact("accion-comunal", "valle").pact("juventud", "valle").pact("foreign", "other")
                .dependency("SDSP").dependency("SALUD");
        fixture.registerInjectableResource(catalog);
    }

    private void closeCutOff() {
        catalog.closed("valle", "2022-06-30", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 6, 30));
    }

    private static AmendGoalCommand amend(String id, String reason, String statement, BigDecimal target, String dependency) {
        return new AmendGoalCommand("g1", id, reason, ORDINANCE, statement, null, null, null, target, dependency);
    }

    // amendments

    @Test
    void amending_a_goal_records_the_fields_that_change_with_the_reason_and_legal_act() {
        fixture.given(DECLARED)
                .when(amend("a1", "ajuste por ordenanza", "Construir 2 plataformas", new BigDecimal("2"), "SALUD"))
                .expectEvents(new GoalAmendedEvent("g1", "a1", "ajuste por ordenanza", ORDINANCE, "Construir 2 plataformas", null, null,
                        null, new BigDecimal("2"), "SALUD"));
    }

    @Test
    void the_same_amendment_again_records_nothing_and_another_body_is_a_conflict() {
        GoalAmendedEvent amended = new GoalAmendedEvent("g1", "a1", "r", ORDINANCE, null, null, null, null, new BigDecimal("2"), null);
        fixture.given(DECLARED, amended).when(amend("a1", "r", null, new BigDecimal("2.0"), null))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(DECLARED, amended).when(amend("a1", "r", null, new BigDecimal("3"), null))
                .expectException(ConflictingWrite.class).expectNoEvents();
    }

    @Test
    void an_amendment_without_a_reason_is_rejected_naming_reason() {
        fixture.given(DECLARED).when(amend("a1", " ", "otro", null, null))
                .expectException(onField("reason")).expectNoEvents();
    }

    @Test
    void an_amendment_that_changes_nothing_is_rejected() {
        fixture.given(DECLARED).when(amend("a1", "r", null, null, null))
                .expectException(onField("body")).expectNoEvents();
        fixture.given(DECLARED).when(amend("a1", "r", "Construir 1 plataforma", new BigDecimal("1.00"), "SDSP"))
                .expectException(onField("body")).expectNoEvents();
    }

    @Test
    void an_amendment_is_judged_against_the_goal_as_amended_before() {
        GoalAmendedEvent first = new GoalAmendedEvent("g1", "a1", "r", null, "Construir 2 plataformas", null, null, null, null, null);
        fixture.given(DECLARED, first).when(amend("a2", "r", "Construir 2 plataformas", null, null))
                .expectException(onField("body")).expectNoEvents();
        fixture.given(DECLARED, first).when(amend("a2", "r", "Construir 1 plataforma", null, null))
                .expectEvents(new GoalAmendedEvent("g1", "a2", "r", ORDINANCE, "Construir 1 plataforma", null, null, null, null, null));
    }

    @Test
    void an_amendment_follows_the_rules_of_the_declaration() {
        fixture.given(DECLARED).when(amend("a1", "r", null, new BigDecimal("-1"), null))
                .expectException(onField("target")).expectNoEvents();
        fixture.given(DECLARED).when(amend("a1", "r", "  ", null, null))
                .expectException(onField("statement")).expectNoEvents();
        fixture.given(DECLARED).when(amend("a1", "r", null, null, "NOPE"))
                .expectException(UnknownReference.class).expectException(onField("dependency")).expectNoEvents();
    }

    @Test
    void a_closed_period_does_not_refuse_an_amendment() {
        closeCutOff();
        fixture.given(DECLARED).when(amend("a1", "r", null, new BigDecimal("2"), null))
                .expectEvents(new GoalAmendedEvent("g1", "a1", "r", ORDINANCE, null, null, null, null, new BigDecimal("2"), null));
    }

    // target revisions

    @Test
    void revising_a_years_target_records_the_new_value_with_the_reason() {
        fixture.given(DECLARED, TARGET_2022)
                .when(new ReviseAnnualTargetCommand("g1", 2022, "rev-1", new BigDecimal("0.5"), "plan de acción ajustado", null))
                .expectEvents(new AnnualTargetRevisedEvent("g1", 2022, "rev-1", new BigDecimal("0.5"), "plan de acción ajustado", null));
    }

    @Test
    void a_year_without_a_target_is_not_revised_but_set() {
        fixture.given(DECLARED)
                .when(new ReviseAnnualTargetCommand("g1", 2022, "rev-1", BigDecimal.ONE, "r", null))
                .expectException(onField("year")).expectExceptionMessage(containsString("set it first")).expectNoEvents();
    }

    @Test
    void a_revision_needs_a_reason_and_a_new_value() {
        fixture.given(DECLARED, TARGET_2022)
                .when(new ReviseAnnualTargetCommand("g1", 2022, "rev-1", BigDecimal.ONE, "", null))
                .expectException(onField("reason")).expectNoEvents();
        fixture.given(DECLARED, TARGET_2022)
                .when(new ReviseAnnualTargetCommand("g1", 2022, "rev-1", new BigDecimal("0.250"), "r", null))
                .expectException(onField("value")).expectNoEvents();
        fixture.given(DECLARED, TARGET_2022)
                .when(new ReviseAnnualTargetCommand("g1", 2022, "rev-1", new BigDecimal("-1"), "r", null))
                .expectException(onField("value")).expectNoEvents();
    }

    @Test
    void a_revision_of_a_year_overlapping_a_closed_period_is_refused_until_it_is_reopened() {
        closeCutOff();
        ReviseAnnualTargetCommand revise = new ReviseAnnualTargetCommand("g1", 2022, "rev-1", BigDecimal.ONE, "r", null);
        fixture.given(DECLARED, TARGET_2022).when(revise)
                .expectException(closedPeriod("2022-06-30")).expectNoEvents();
        fixture.given(DECLARED, TARGET_2022).when(new ReviseAnnualTargetCommand("g1", 2023, "rev-1", BigDecimal.ONE, "r", null))
                .expectException(onField("year"));
        catalog.reopened("valle", "2022-06-30");
        fixture.given(DECLARED, TARGET_2022).when(revise)
                .expectEvents(new AnnualTargetRevisedEvent("g1", 2022, "rev-1", BigDecimal.ONE, "r", null));
    }

    @Test
    void a_revision_sent_again_records_nothing_even_once_its_period_is_closed() {
        AnnualTargetRevisedEvent revised = new AnnualTargetRevisedEvent("g1", 2022, "rev-1", BigDecimal.ONE, "r", null);
        closeCutOff();
        fixture.given(DECLARED, TARGET_2022, revised)
                .when(new ReviseAnnualTargetCommand("g1", 2022, "rev-1", new BigDecimal("1.0"), "r", null))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(DECLARED, TARGET_2022, revised)
                .when(new ReviseAnnualTargetCommand("g1", 2022, "rev-1", BigDecimal.TEN, "r", null))
                .expectException(ConflictingWrite.class);
    }

    @Test
    void the_target_first_set_sent_again_after_a_revision_records_nothing() {
        fixture.given(DECLARED, TARGET_2022, new AnnualTargetRevisedEvent("g1", 2022, "rev-1", BigDecimal.ONE, "r", null))
                .when(new SetAnnualTargetCommand("g1", 2022, new BigDecimal("0.25")))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void a_target_or_a_progress_report_in_a_closed_period_is_refused() {
        closeCutOff();
        fixture.given(DECLARED).when(new SetAnnualTargetCommand("g1", 2022, BigDecimal.ONE))
                .expectException(closedPeriod("2022-06-30")).expectNoEvents();
        fixture.given(DECLARED)
                .when(new ReportProgressCommand("g1", "r1", LocalDate.of(2022, 5, 1), BigDecimal.ONE, null, null, null))
                .expectException(closedPeriod("2022-06-30")).expectNoEvents();
        fixture.given(DECLARED)
                .when(new ReportProgressCommand("g1", "r1", LocalDate.of(2022, 7, 1), BigDecimal.ONE, null, null, null))
                .expectEvents(new ProgressReportedEvent("g1", "r1", LocalDate.of(2022, 7, 1), BigDecimal.ONE, null, null, null));
    }

    @Test
    void a_correction_of_a_report_in_a_closed_period_is_refused_even_when_dated_in_an_open_one() {
        ProgressReportedEvent may = new ProgressReportedEvent("g1", "r1", LocalDate.of(2022, 5, 1), BigDecimal.ONE, null, null, null);
        closeCutOff();
        fixture.given(DECLARED, may)
                .when(new ReportProgressCommand("g1", "r2", LocalDate.of(2022, 7, 1), BigDecimal.TEN, null, "r1", "typo"))
                .expectException(closedPeriod("2022-06-30")).expectNoEvents();
        catalog.reopened("valle", "2022-06-30");
        fixture.given(DECLARED, may)
                .when(new ReportProgressCommand("g1", "r2", LocalDate.of(2022, 7, 1), BigDecimal.TEN, null, "r1", "typo"))
                .expectEvents(new ProgressReportedEvent("g1", "r2", LocalDate.of(2022, 7, 1), BigDecimal.TEN, null, "r1", "typo"));
    }

    @Test
    void a_progress_report_sent_again_records_nothing_once_its_period_is_closed() {
        ProgressReportedEvent reported = new ProgressReportedEvent("g1", "r1", LocalDate.of(2022, 5, 1), BigDecimal.ONE, null, null, null);
        closeCutOff();
        fixture.given(DECLARED, reported)
                .when(new ReportProgressCommand("g1", "r1", LocalDate.of(2022, 5, 1), BigDecimal.ONE, null, null, null))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void a_progress_report_in_a_reopened_period_is_recorded() {
        closeCutOff();
        catalog.reopened("valle", "2022-06-30");
        fixture.given(DECLARED)
                .when(new ReportProgressCommand("g1", "r1", LocalDate.of(2022, 5, 1), BigDecimal.ONE, null, null, null))
                .expectEvents(new ProgressReportedEvent("g1", "r1", LocalDate.of(2022, 5, 1), BigDecimal.ONE, null, null, null));
    }

    // link changes

    @Test
    void changing_a_link_records_the_new_link_with_the_reason() {
        fixture.given(DECLARED, LINKED)
                .when(new ChangeGoalLinkCommand("g1", "accion-comunal", "c1", LinkType.INDIRECT, "r", ORDINANCE))
                .expectEvents(new GoalLinkChangedEvent("g1", "accion-comunal", "c1", LinkType.INDIRECT, "r", ORDINANCE));
    }

    @Test
    void a_link_ended_can_be_linked_again_by_a_later_change() {
        GoalLinkChangedEvent ended = new GoalLinkChangedEvent("g1", "accion-comunal", "c1", null, "r", null);
        fixture.given(DECLARED, LINKED)
                .when(new ChangeGoalLinkCommand("g1", "accion-comunal", "c1", null, "r", null))
                .expectEvents(ended);
        fixture.given(DECLARED, LINKED, ended)
                .when(new ChangeGoalLinkCommand("g1", "accion-comunal", "c2", null, "r", null))
                .expectException(onField("link")).expectNoEvents();
        fixture.given(DECLARED, LINKED, ended)
                .when(new ChangeGoalLinkCommand("g1", "accion-comunal", "c2", LinkType.DIRECT, "r", null))
                .expectEvents(new GoalLinkChangedEvent("g1", "accion-comunal", "c2", LinkType.DIRECT, "r", null));
    }

    @Test
    void a_change_to_the_link_in_force_is_refused() {
        fixture.given(DECLARED, LINKED)
                .when(new ChangeGoalLinkCommand("g1", "accion-comunal", "c1", LinkType.DIRECT, "r", null))
                .expectException(onField("link")).expectNoEvents();
    }

    @Test
    void a_goal_not_linked_yet_may_be_linked_by_a_change() {
        fixture.given(DECLARED)
                .when(new ChangeGoalLinkCommand("g1", "juventud", "c1", LinkType.INDIRECT, "r", null))
                .expectEvents(new GoalLinkChangedEvent("g1", "juventud", "c1", LinkType.INDIRECT, "r", null));
    }

    @Test
    void a_link_change_needs_a_reason_and_a_pact_of_the_plan() {
        fixture.given(DECLARED, LINKED)
                .when(new ChangeGoalLinkCommand("g1", "accion-comunal", "c1", LinkType.INDIRECT, null, null))
                .expectException(onField("reason")).expectNoEvents();
        fixture.given(DECLARED)
                .when(new ChangeGoalLinkCommand("g1", "foreign", "c1", LinkType.INDIRECT, "r", null))
                .expectException(onField("pactId")).expectNoEvents();
        fixture.given(DECLARED)
                .when(new ChangeGoalLinkCommand("g1", "no-such-pact", "c1", LinkType.INDIRECT, "r", null))
                .expectException(UnknownReference.class).expectNoEvents();
    }

    @Test
    void a_change_sent_again_records_nothing_and_the_first_link_sent_again_too() {
        GoalLinkChangedEvent changed = new GoalLinkChangedEvent("g1", "accion-comunal", "c1", LinkType.INDIRECT, "r", null);
        fixture.given(DECLARED, LINKED, changed)
                .when(new ChangeGoalLinkCommand("g1", "accion-comunal", "c1", LinkType.INDIRECT, "r", null))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(DECLARED, LINKED, changed)
                .when(new ChangeGoalLinkCommand("g1", "accion-comunal", "c1", null, "r", null))
                .expectException(ConflictingWrite.class);
        fixture.given(DECLARED, LINKED, changed)
                .when(new LinkGoalToPactCommand("g1", "accion-comunal", LinkType.DIRECT))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void a_link_set_by_changes_is_not_declared_again_in_place() {
        fixture.given(DECLARED, new GoalLinkChangedEvent("g1", "juventud", "c1", LinkType.INDIRECT, "r", null))
                .when(new LinkGoalToPactCommand("g1", "juventud", LinkType.DIRECT))
                .expectException(ConflictingWrite.class).expectNoEvents();
    }
}
