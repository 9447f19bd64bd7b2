package co.pactos.goals.activity;

import static co.pactos.goals.FieldMatchers.closedPeriod;
import static co.pactos.goals.FieldMatchers.onField;

import co.pactos.events.goals.ActivityCorrectedEvent;
import co.pactos.events.goals.ActivityRecordedEvent;
import co.pactos.events.goals.Beneficiaries;
import co.pactos.goals.InMemoryCatalog;
import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.municipality.Municipalities;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Corrections of an activity, and activities in closed periods. */
class ActivityCorrectionAggregateTest {

    private static final LocalDate START = LocalDate.of(2022, 8, 1);
    private static final LocalDate END = LocalDate.of(2022, 11, 30);
    private static final List<Beneficiaries> LEADERS = List.of(new Beneficiaries("líderes y lideresas comunales", 23800));
    private static final ActivityRecordedEvent RECORDED = new ActivityRecordedEvent("capacitacion-2022", "valle", "STAC",
            "Capacitación", null, START, END, List.of("accion-comunal"), false, List.of(), LEADERS, List.of("76001"), List.of());

    private FixtureConfiguration<ActivityAggregate> fixture;
    private InMemoryCatalog catalog;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ActivityAggregate.class);
        catalog = new InMemoryCatalog().plan("valle", 2020, 2023).pact("accion-comunal", "valle").dependency("STAC");
        fixture.registerInjectableResource(catalog);
        fixture.registerInjectableResource(Municipalities.valleDelCauca());
    }

    private void closeCutOff() {
        catalog.closed("valle", "2022-06-30", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 6, 30));
    }

    private void closeYear2022() {
        catalog.closed("valle", "2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
    }

    /** Capacitación of STAC for the pact, from {@code start} to {@code end} (null: it goes on). */
    private static ActivityRecordedEvent recorded(String planId, LocalDate start, LocalDate end) {
        return new ActivityRecordedEvent("capacitacion-2022", planId, "STAC", "Capacitación", null, start, end,
                List.of("accion-comunal"), false, List.of(), LEADERS, List.of("76001"), List.of());
    }

    private static RecordActivityCommand record(LocalDate start, LocalDate end) {
        return new RecordActivityCommand("capacitacion-2022", null, "STAC", "Capacitación", null, start, end,
                List.of("accion-comunal"), false, null, LEADERS, List.of("76001"), null);
    }

    private static CorrectActivityCommand correctDates(String correctionId, LocalDate start, LocalDate end) {
        return new CorrectActivityCommand("capacitacion-2022", correctionId, "r", null, null, start, end, null, null, null);
    }

    private static CorrectActivityCommand correct(String reason, LocalDate start, List<Beneficiaries> beneficiaries,
                                                  List<String> municipalities) {
        return new CorrectActivityCommand("capacitacion-2022", "c1", reason, null, null, start, null, beneficiaries, municipalities, null);
    }

    @Test
    void correcting_an_activity_records_the_changed_fields_and_its_dates_after_the_correction() {
        List<Beneficiaries> fewer = List.of(new Beneficiaries("líderes y lideresas comunales", 23000));
        fixture.given(RECORDED).when(correct("conteo repetido", null, fewer, List.of("76001", "76109")))
                .expectEvents(new ActivityCorrectedEvent("capacitacion-2022", "c1", "conteo repetido", null, null, START, END, fewer,
                        List.of("76001", "76109"), null));
    }

    @Test
    void a_correction_sent_again_records_nothing_and_another_body_is_a_conflict() {
        ActivityCorrectedEvent corrected = new ActivityCorrectedEvent("capacitacion-2022", "c1", "r", null, null,
                LocalDate.of(2022, 9, 1), END, null, null, null);
        fixture.given(RECORDED, corrected).when(correct("r", LocalDate.of(2022, 9, 1), null, null))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(RECORDED, corrected).when(correct("r", LocalDate.of(2022, 9, 2), null, null))
                .expectException(ConflictingWrite.class).expectNoEvents();
    }

    @Test
    void a_correction_sent_again_without_the_dates_it_changed_is_a_conflict() {
        ActivityCorrectedEvent corrected = new ActivityCorrectedEvent("capacitacion-2022", "c1", "r", null, null,
                LocalDate.of(2022, 9, 1), LocalDate.of(2022, 12, 15), null, null, null);
        fixture.given(RECORDED, corrected).when(correctDates("c1", LocalDate.of(2022, 9, 1), LocalDate.of(2022, 12, 15)))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(RECORDED, corrected).when(correctDates("c1", null, LocalDate.of(2022, 12, 15)))
                .expectException(ConflictingWrite.class).expectNoEvents();
        fixture.given(RECORDED, corrected).when(correctDates("c1", LocalDate.of(2022, 9, 1), null))
                .expectException(ConflictingWrite.class).expectNoEvents();
        fixture.given(RECORDED, corrected).when(new CorrectActivityCommand("capacitacion-2022", "c1", "r", null, null, null, null,
                        null, null, null))
                .expectException(ConflictingWrite.class).expectNoEvents();
    }

    @Test
    void a_correction_sent_again_is_read_against_the_activity_as_it_stood_then() {
        // c1 changed the beneficiaries only; c2 then moved the start: c1 again still leaves the dates out
        ActivityCorrectedEvent c1 = new ActivityCorrectedEvent("capacitacion-2022", "c1", "conteo", null, null, START, END,
                List.of(new Beneficiaries("líderes y lideresas comunales", 23000)), null, null);
        ActivityCorrectedEvent c2 = new ActivityCorrectedEvent("capacitacion-2022", "c2", "r", null, null, LocalDate.of(2022, 9, 1), END,
                null, null, null);
        fixture.given(RECORDED, c1, c2).when(new CorrectActivityCommand("capacitacion-2022", "c1", "conteo", null, null, null, null,
                        List.of(new Beneficiaries("líderes y lideresas comunales", 23000)), null, null))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void a_correction_needs_a_reason_and_a_change() {
        fixture.given(RECORDED).when(correct(null, LocalDate.of(2022, 9, 1), null, null))
                .expectException(onField("reason")).expectNoEvents();
        fixture.given(RECORDED).when(correct("r", START, LEADERS, null))
                .expectException(onField("body")).expectNoEvents();
    }

    @Test
    void a_correction_follows_the_rules_of_the_recording() {
        fixture.given(RECORDED).when(correct("r", LocalDate.of(2022, 12, 15), null, null))
                .expectException(onField("endDate")).expectNoEvents();
        fixture.given(RECORDED).when(correct("r", null, null, List.of("76999")))
                .expectException(onField("municipalities")).expectNoEvents();
        fixture.given(RECORDED).when(correct("r", null, List.of(new Beneficiaries("líderes", 0)), null))
                .expectException(onField("beneficiaries[0].count")).expectNoEvents();
    }

    @Test
    void a_correction_moving_the_activity_into_a_closed_period_is_refused() {
        closeCutOff();
        fixture.given(RECORDED).when(correct("r", LocalDate.of(2022, 6, 1), null, null))
                .expectException(closedPeriod("2022-06-30")).expectNoEvents();
    }

    @Test
    void a_correction_of_an_activity_that_starts_in_a_closed_period_is_refused_until_it_is_reopened() {
        ActivityRecordedEvent inJune = new ActivityRecordedEvent("capacitacion-2022", "valle", "STAC", "Capacitación", null,
                LocalDate.of(2022, 6, 1), END, List.of("accion-comunal"), false, List.of(), LEADERS, List.of("76001"), List.of());
        closeCutOff();
        CorrectActivityCommand later = correct("r", LocalDate.of(2022, 8, 1), null, null);
        fixture.given(inJune).when(later).expectException(closedPeriod("2022-06-30")).expectNoEvents();
        catalog.reopened("valle", "2022-06-30");
        fixture.given(inJune).when(later)
                .expectEvents(new ActivityCorrectedEvent("capacitacion-2022", "c1", "r", null, null, LocalDate.of(2022, 8, 1), END,
                        null, null, null));
    }

    @Test
    void an_activity_starting_in_a_closed_period_is_refused() {
        closeCutOff();
        fixture.givenNoPriorActivity()
                .when(new RecordActivityCommand("capacitacion-2022", null, "STAC", "Capacitación", null, LocalDate.of(2022, 3, 1), null,
                        List.of("accion-comunal"), false, null, null, null, null))
                .expectException(closedPeriod("2022-06-30")).expectNoEvents();
    }

    @Test
    void an_activity_that_starts_before_a_closed_period_and_runs_into_it_is_refused_naming_its_end() {
        closeYear2022();
        fixture.givenNoPriorActivity().when(record(LocalDate.of(2021, 10, 1), LocalDate.of(2022, 2, 1)))
                .expectException(closedPeriod("2022", "endDate"))
                .expectExceptionMessage(Matchers.containsString("activity running 2021-10-01 to 2022-02-01 falls in period 2022"))
                .expectNoEvents();
    }

    @Test
    void an_activity_with_no_end_that_starts_before_a_closed_period_is_refused() {
        closeYear2022();
        fixture.givenNoPriorActivity().when(record(LocalDate.of(2021, 10, 1), null))
                .expectException(closedPeriod("2022", "endDate")).expectNoEvents();
    }

    @Test
    void an_activity_that_ends_before_a_closed_period_is_recorded() {
        closeYear2022();
        fixture.givenNoPriorActivity().when(record(LocalDate.of(2021, 10, 1), LocalDate.of(2021, 12, 31)))
                .expectEvents(recorded("valle", LocalDate.of(2021, 10, 1), LocalDate.of(2021, 12, 31)));
    }

    @Test
    void an_activity_sent_again_records_nothing_once_its_span_is_closed() {
        ActivityRecordedEvent intoTheYear = recorded("valle", LocalDate.of(2021, 10, 1), null);
        closeYear2022();
        fixture.given(intoTheYear).when(record(LocalDate.of(2021, 10, 1), null))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void a_correction_extending_the_activity_into_a_closed_period_is_refused() {
        closeYear2022();
        fixture.given(recorded("valle", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 11, 30)))
                .when(correctDates("c1", null, LocalDate.of(2022, 2, 1)))
                .expectException(closedPeriod("2022", "endDate")).expectNoEvents();
        fixture.given(recorded("valle", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 11, 30)))
                .when(new CorrectActivityCommand("capacitacion-2022", "c1", "r", "Capacitación comunal", null, null, null, null, null, null))
                .expectEvents(new ActivityCorrectedEvent("capacitacion-2022", "c1", "r", "Capacitación comunal", null,
                        LocalDate.of(2021, 3, 1), LocalDate.of(2021, 11, 30), null, null, null));
    }

    @Test
    void a_correction_of_an_activity_running_into_a_closed_period_is_refused_even_when_it_ends_it_before() {
        closeYear2022();
        fixture.given(recorded("valle", LocalDate.of(2021, 3, 1), LocalDate.of(2022, 2, 28)))
                .when(correctDates("c1", null, LocalDate.of(2021, 12, 31)))
                .expectException(closedPeriod("2022", "endDate"))
                .expectExceptionMessage(Matchers.containsString("activity as it stands (2021-03-01 to 2022-02-28)"))
                .expectNoEvents();
    }

    @Test
    void a_correction_sent_again_records_nothing_once_its_span_is_closed() {
        ActivityCorrectedEvent extended = new ActivityCorrectedEvent("capacitacion-2022", "c1", "r", null, null,
                LocalDate.of(2021, 3, 1), LocalDate.of(2022, 2, 1), null, null, null);
        closeYear2022();
        fixture.given(recorded("valle", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 11, 30)), extended)
                .when(correctDates("c1", null, LocalDate.of(2022, 2, 1)))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void a_correction_of_an_activity_recorded_without_its_plan_is_refused_by_any_plans_closure() {
        // revision 1 did not name the plan: every plan's closures count
        ActivityRecordedEvent revision1 = recorded(null, LocalDate.of(2022, 3, 1), LocalDate.of(2022, 11, 30));
        closeCutOff();
        fixture.given(revision1).when(correctDates("c1", LocalDate.of(2022, 8, 1), null))
                .expectException(closedPeriod("2022-06-30", "startDate")).expectNoEvents();
        catalog.reopened("valle", "2022-06-30");
        fixture.given(revision1).when(correctDates("c1", LocalDate.of(2022, 8, 1), null))
                .expectEvents(new ActivityCorrectedEvent("capacitacion-2022", "c1", "r", null, null, LocalDate.of(2022, 8, 1),
                        LocalDate.of(2022, 11, 30), null, null, null));
    }

    @Test
    void an_activity_recorded_without_its_plan_is_not_refused_by_closures_outside_its_span() {
        catalog.plan("otro", 2024, 2027).closed("otro", "2024", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        fixture.given(recorded(null, LocalDate.of(2022, 3, 1), LocalDate.of(2022, 11, 30)))
                .when(correctDates("c1", LocalDate.of(2022, 4, 1), null))
                .expectEvents(new ActivityCorrectedEvent("capacitacion-2022", "c1", "r", null, null, LocalDate.of(2022, 4, 1),
                        LocalDate.of(2022, 11, 30), null, null, null));
    }
}
