package co.pactos.investments.call;

import co.pactos.events.investments.CallOpenedEvent;
import co.pactos.events.investments.CallResultReportedEvent;
import co.pactos.investments.InMemoryCatalog;
import co.pactos.investments.InMemoryGoalsReferences;
import co.pactos.investments.OnClosure;
import co.pactos.investments.catalog.WriteInClosedPeriod;
import co.pactos.investments.OnField;
import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.domain.RuleViolation;
import co.pactos.kit.domain.UnknownReference;
import co.pactos.kit.municipality.Municipalities;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CallAggregateTest {

    private static final CallOpenedEvent OPENED = new CallOpenedEvent("municipios", "valleinn", "Municipios y Nuevos Municipios",
            null, 2022, List.of("76001", "76109"));
    private static final CallResultReportedEvent RESULT = new CallResultReportedEvent("municipios", "r1",
            LocalDate.of(2022, 9, 30), 1515, 5846);

    private FixtureConfiguration<CallAggregate> fixture;
    private InMemoryGoalsReferences goals;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CallAggregate.class);
        fixture.registerInjectableResource(new InMemoryCatalog().programme("valleinn"));
        fixture.registerInjectableResource(Municipalities.valleDelCauca());
        goals = new InMemoryGoalsReferences().plan("valle", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31));
        fixture.registerInjectableResource(goals);
    }

    private static OpenCallCommand open(String programmeId, List<String> municipalities) {
        return new OpenCallCommand("municipios", programmeId, "Municipios y Nuevos Municipios", null, 2022, municipalities);
    }

    private static ReportCallResultCommand result(String resultId, LocalDate date, long ventures, long jobs) {
        return new ReportCallResultCommand("municipios", resultId, date, ventures, jobs);
    }

    @Test
    void opening_a_call_of_a_known_programme_records_it() {
        fixture.givenNoPriorActivity().when(open("valleinn", List.of("76001", "76109"))).expectEvents(OPENED);
    }

    @Test
    void the_same_call_again_records_nothing_and_another_is_a_conflict() {
        fixture.given(OPENED).when(open("valleinn", List.of("76001", "76109"))).expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(OPENED).when(open("valleinn", List.of("76001"))).expectException(ConflictingWrite.class);
    }

    @Test
    void a_call_of_an_unknown_programme_is_rejected() {
        fixture.givenNoPriorActivity().when(open("no-such-programme", List.of()))
                .expectException(UnknownReference.class)
                .expectException(OnField.field("programmeId"));
    }

    @Test
    void a_call_in_an_unknown_municipality_is_rejected() {
        fixture.givenNoPriorActivity().when(open("valleinn", List.of("76001", "99999")))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("[99999]"))
                .expectNoEvents();
    }

    @Test
    void reporting_a_result_records_it() {
        fixture.given(OPENED).when(result("r1", LocalDate.of(2022, 9, 30), 1515, 5846)).expectEvents(RESULT);
    }

    @Test
    void the_same_result_again_records_nothing_and_another_is_a_conflict() {
        fixture.given(OPENED, RESULT).when(result("r1", LocalDate.of(2022, 9, 30), 1515, 5846))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(OPENED, RESULT).when(result("r1", LocalDate.of(2022, 9, 30), 1515, 5847))
                .expectException(ConflictingWrite.class);
    }

    @Test
    void negative_ventures_or_jobs_are_rejected() {
        fixture.given(OPENED).when(result("r1", LocalDate.of(2022, 9, 30), -1, 0))
                .expectException(RuleViolation.class).expectExceptionMessage("must not be negative, was -1");
        fixture.given(OPENED).when(result("r1", LocalDate.of(2022, 9, 30), 0, -2))
                .expectException(OnField.field("jobs"));
    }

    @Test
    void zero_ventures_and_jobs_are_a_result() {
        fixture.given(OPENED).when(result("r0", LocalDate.of(2022, 1, 1), 0, 0))
                .expectEvents(new CallResultReportedEvent("municipios", "r0", LocalDate.of(2022, 1, 1), 0, 0));
    }

    @Test
    void a_result_dated_before_the_fiscal_year_is_rejected() {
        fixture.given(OPENED).when(result("r1", LocalDate.of(2021, 12, 31), 1, 1))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("must not be before the call's fiscal year starts (2022-01-01), was 2021-12-31");
    }

    @Test
    void a_result_of_a_call_never_opened_is_an_unknown_call() {
        fixture.givenNoPriorActivity().when(result("r1", LocalDate.of(2022, 9, 30), 1, 1))
                .expectException(UnknownReference.class)
                .expectException(OnField.field("callId"))
                .expectNoEvents();
    }

    @Test
    void a_result_dated_in_a_closed_period_of_a_plan_whose_period_holds_the_date_is_refused() {
        goals.closed("valle", "2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));

        fixture.given(OPENED).when(result("r1", LocalDate.of(2022, 9, 30), 1, 1))
                .expectException(WriteInClosedPeriod.class).expectException(OnClosure.period("2022")).expectNoEvents();
        fixture.given(OPENED).when(result("r1", LocalDate.of(2023, 1, 10), 1, 1))
                .expectEvents(new CallResultReportedEvent("municipios", "r1", LocalDate.of(2023, 1, 10), 1, 1));
    }

    @Test
    void the_same_result_again_in_a_closed_period_records_nothing_and_is_not_refused() {
        goals.closed("valle", "2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));

        fixture.given(OPENED, RESULT).when(result("r1", LocalDate.of(2022, 9, 30), 1515, 5846))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }
}
