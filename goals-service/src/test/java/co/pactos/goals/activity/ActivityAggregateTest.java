package co.pactos.goals.activity;

import static org.hamcrest.Matchers.equalTo;

import co.pactos.events.goals.ActivityRecordedEvent;
import co.pactos.events.goals.Beneficiaries;
import co.pactos.goals.InMemoryCatalog;
import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.domain.RuleViolation;
import co.pactos.kit.domain.UnknownReference;
import co.pactos.kit.municipality.Municipalities;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActivityAggregateTest {

    private static final LocalDate START = LocalDate.of(2022, 2, 1);
    private static final LocalDate END = LocalDate.of(2022, 11, 30);
    private static final List<Beneficiaries> LEADERS = List.of(new Beneficiaries("líderes y lideresas comunales", 23800));
    private static final List<String> TOPICS = List.of("legislación comunal", "CONPES 3955");

    private static final ActivityRecordedEvent RECORDED = new ActivityRecordedEvent("capacitacion-2022", "valle", "STAC",
            "Capacitación y asistencia técnica", null, START, END, List.of("accion-comunal"), false, List.of("MP-1"),
            LEADERS, List.of("76001", "76109"), TOPICS);

    private FixtureConfiguration<ActivityAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ActivityAggregate.class);
        fixture.registerInjectableResource(new InMemoryCatalog()
                .plan("valle", 2020, 2023).plan("other", 2024, 2027)
                .pact("accion-comunal", "valle").pact("juventud", "valle").pact("foreign", "other")
                .goal("MP-1", "valle").goal("MP-9", "other")
                .dependency("STAC"));
        fixture.registerInjectableResource(Municipalities.valleDelCauca());
    }

    private static RecordActivityCommand record() {
        return new RecordActivityCommand("capacitacion-2022", null, "STAC", "Capacitación y asistencia técnica", null, START, END,
                List.of("accion-comunal"), false, List.of("MP-1"), LEADERS, List.of("76001", "76109"), TOPICS);
    }

    private static RecordActivityCommand serving(List<String> pacts, boolean allPacts, List<String> goals) {
        return new RecordActivityCommand("capacitacion-2022", null, "STAC", "Capacitación", null, START, END,
                pacts, allPacts, goals, null, null, null);
    }

    private static RecordActivityCommand allPactsOf(String planId) {
        return new RecordActivityCommand("capacitacion-2022", planId, "STAC", "Capacitación", null, START, END,
                null, true, null, null, null, null);
    }

    /** The rejection names this field. */
    private static Matcher<Throwable> onField(String field) {
        return new FeatureMatcher<>(equalTo(field), "a rule violation on field", "field") {
            @Override
            protected String featureValueOf(Throwable actual) {
                return actual instanceof RuleViolation violation ? violation.field() : null;
            }
        };
    }

    @Test
    void recording_an_activity_records_it() {
        fixture.givenNoPriorActivity().when(record()).expectEvents(RECORDED);
    }

    @Test
    void an_activity_for_all_pacts_or_for_goals_only_is_recorded() {
        fixture.givenNoPriorActivity().when(allPactsOf("valle"))
                .expectEvents(new ActivityRecordedEvent("capacitacion-2022", "valle", "STAC", "Capacitación", null, START, END,
                        List.of(), true, List.of(), List.of(), List.of(), List.of()));
        fixture.givenNoPriorActivity().when(serving(List.of(), false, List.of("MP-1")))
                .expectEvents(new ActivityRecordedEvent("capacitacion-2022", "valle", "STAC", "Capacitación", null, START, END,
                        List.of(), false, List.of("MP-1"), List.of(), List.of(), List.of()));
    }

    @Test
    void an_activity_for_all_pacts_names_its_plan() {
        fixture.givenNoPriorActivity().when(allPactsOf(null))
                .expectException(onField("planId")).expectNoEvents();
        fixture.givenNoPriorActivity().when(allPactsOf("nope"))
                .expectException(onField("planId")).expectNoEvents();
    }

    @Test
    void a_plan_other_than_that_of_the_pacts_served_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new RecordActivityCommand("capacitacion-2022", "other", "STAC", "Capacitación", null, START, END,
                        List.of("accion-comunal"), false, null, null, null, null))
                .expectException(onField("planId")).expectNoEvents();
    }

    @Test
    void the_same_activity_again_after_a_revision_1_recording_without_plan_records_nothing() {
        ActivityRecordedEvent revision1 = new ActivityRecordedEvent("capacitacion-2022", null, "STAC",
                "Capacitación y asistencia técnica", null, START, END, List.of("accion-comunal"), false, List.of("MP-1"),
                LEADERS, List.of("76001", "76109"), TOPICS);
        fixture.given(revision1).when(record()).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void recording_the_same_activity_again_records_nothing() {
        fixture.given(RECORDED).when(record()).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void recording_another_activity_under_the_same_id_is_a_conflict() {
        fixture.given(RECORDED)
                .when(new RecordActivityCommand("capacitacion-2022", null, "STAC", "Capacitación y asistencia técnica", null, START,
                        END, List.of("accion-comunal"), false, List.of("MP-1"),
                        List.of(new Beneficiaries("líderes y lideresas comunales", 23801)), List.of("76001", "76109"), TOPICS))
                .expectException(ConflictingWrite.class)
                .expectExceptionMessage("activity 'capacitacion-2022' already exists with a different body; "
                        + "send the same body again, or use a new id")
                .expectNoEvents();
    }

    @Test
    void an_activity_of_an_unknown_dependency_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new RecordActivityCommand("capacitacion-2022", null, "NOPE", "Capacitación", null, START, END,
                        List.of("accion-comunal"), false, null, null, null, null))
                .expectException(UnknownReference.class)
                .expectException(onField("dependency"))
                .expectExceptionMessage("no dependency 'NOPE' has been recorded; create it first or fix the id")
                .expectNoEvents();
    }

    @Test
    void an_unknown_pact_is_rejected() {
        fixture.givenNoPriorActivity().when(serving(List.of("accion-comunal", "no-such-pact"), false, null))
                .expectException(UnknownReference.class)
                .expectException(onField("pacts"))
                .expectExceptionMessage("no pact 'no-such-pact' has been recorded; create it first or fix the id")
                .expectNoEvents();
    }

    @Test
    void an_unknown_goal_is_rejected() {
        fixture.givenNoPriorActivity().when(serving(List.of("accion-comunal"), false, List.of("no-such-goal")))
                .expectException(UnknownReference.class)
                .expectException(onField("goals"))
                .expectExceptionMessage("no goal 'no-such-goal' has been recorded; create it first or fix the id")
                .expectNoEvents();
    }

    @Test
    void a_pact_of_another_plan_is_rejected_naming_both_plans() {
        fixture.givenNoPriorActivity().when(serving(List.of("accion-comunal", "foreign"), false, null))
                .expectException(RuleViolation.class)
                .expectException(onField("pacts"))
                .expectExceptionMessage("pact 'foreign' belongs to plan 'other', and pact 'accion-comunal' to plan 'valle'; "
                        + "an activity serves the pacts and goals of one plan")
                .expectNoEvents();
    }

    @Test
    void a_goal_of_another_plan_than_the_pacts_is_rejected_naming_both_plans() {
        fixture.givenNoPriorActivity().when(serving(List.of("accion-comunal", "juventud"), false, List.of("MP-1", "MP-9")))
                .expectException(RuleViolation.class)
                .expectException(onField("goals"))
                .expectExceptionMessage("goal 'MP-9' belongs to plan 'other', and pact 'accion-comunal' to plan 'valle'; "
                        + "an activity serves the pacts and goals of one plan")
                .expectNoEvents();
    }

    @Test
    void a_pact_named_twice_is_rejected() {
        fixture.givenNoPriorActivity().when(serving(List.of("accion-comunal", "accion-comunal"), false, null))
                .expectException(onField("pacts"))
                .expectExceptionMessage("lists pact 'accion-comunal' more than once")
                .expectNoEvents();
    }

    @Test
    void an_activity_that_ends_before_it_starts_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new RecordActivityCommand("capacitacion-2022", null, "STAC", "Capacitación", null, END, START,
                        List.of("accion-comunal"), false, null, null, null, null))
                .expectException(RuleViolation.class)
                .expectException(onField("endDate"))
                .expectExceptionMessage("must not be before startDate (2022-11-30), was 2022-02-01")
                .expectNoEvents();
    }

    @Test
    void an_unknown_municipality_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new RecordActivityCommand("capacitacion-2022", null, "STAC", "Capacitación", null, START, END,
                        List.of("accion-comunal"), false, null, null, List.of("76001", "05001"), null))
                .expectException(RuleViolation.class)
                .expectException(onField("municipalities"))
                .expectNoEvents();
    }

    @Test
    void all_pacts_together_with_a_list_of_pacts_is_rejected() {
        fixture.givenNoPriorActivity().when(serving(List.of("accion-comunal"), true, null))
                .expectException(RuleViolation.class)
                .expectException(onField("pacts"))
                .expectExceptionMessage("must be left out when allPacts is true")
                .expectNoEvents();
    }

    @Test
    void an_activity_that_serves_nothing_is_rejected() {
        fixture.givenNoPriorActivity().when(serving(List.of(), false, null))
                .expectException(RuleViolation.class)
                .expectException(onField("pacts"))
                .expectExceptionMessage("an activity must serve pacts, goals, or all pacts (allPacts: true)")
                .expectNoEvents();
    }

    @Test
    void beneficiaries_must_be_a_named_group_and_a_positive_count() {
        fixture.givenNoPriorActivity()
                .when(new RecordActivityCommand("capacitacion-2022", null, "STAC", "Capacitación", null, START, END,
                        List.of("accion-comunal"), false, null,
                        List.of(new Beneficiaries("líderes", 10), new Beneficiaries("dignatarios", 0)), null, null))
                .expectException(RuleViolation.class)
                .expectException(onField("beneficiaries[1].count"))
                .expectExceptionMessage("must be a positive number of people, was 0")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordActivityCommand("capacitacion-2022", null, "STAC", "Capacitación", null, START, END,
                        List.of("accion-comunal"), false, null, List.of(new Beneficiaries("líderes", -5)), null, null))
                .expectException(onField("beneficiaries[0].count"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordActivityCommand("capacitacion-2022", null, "STAC", "Capacitación", null, START, END,
                        List.of("accion-comunal"), false, null, List.of(new Beneficiaries(" ", 5)), null, null))
                .expectException(onField("beneficiaries[0].group"))
                .expectNoEvents();
    }

    @Test
    void a_blank_topic_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new RecordActivityCommand("capacitacion-2022", null, "STAC", "Capacitación", null, START, END,
                        List.of("accion-comunal"), false, null, null, null, List.of("liderazgo", "")))
                .expectException(onField("topics[1]"))
                .expectNoEvents();
    }
}
