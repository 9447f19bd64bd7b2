package co.pactos.goals.plan;

import co.pactos.events.goals.DependencyRegisteredEvent;
import co.pactos.events.goals.PactDeclaredEvent;
import co.pactos.events.goals.PlanDeclaredEvent;
import co.pactos.goals.InMemoryCatalog;
import co.pactos.goals.dependency.DependencyAggregate;
import co.pactos.goals.dependency.RegisterDependencyCommand;
import co.pactos.goals.pact.DeclarePactCommand;
import co.pactos.goals.pact.PactAggregate;
import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.domain.RuleViolation;
import co.pactos.kit.domain.UnknownReference;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class PlanPactDependencyAggregateTest {

    private final InMemoryCatalog catalog = new InMemoryCatalog().plan("valle", 2020, 2023).dependency("SDSP");
    private final PlanDeclaredEvent plan = new PlanDeclaredEvent("valle", "Valle Invencible", "76",
            LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31));

    @Test
    void declaring_a_plan_records_it_once() {
        var fixture = new AggregateTestFixture<>(PlanAggregate.class);
        var command = new DeclarePlanCommand("valle", "Valle Invencible", "76", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31));
        fixture.givenNoPriorActivity().when(command).expectEvents(plan);
        fixture.given(plan).when(command).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void a_plan_that_ends_before_it_starts_is_rejected() {
        new AggregateTestFixture<>(PlanAggregate.class).givenNoPriorActivity()
                .when(new DeclarePlanCommand("valle", "V", "76", LocalDate.of(2023, 1, 1), LocalDate.of(2020, 1, 1)))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "territory {0} is rejected")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"00", "77", "12", "99999x", "7", "02001"})
    void a_territory_that_is_no_dane_department_or_municipality_of_one_is_rejected(String territory) {
        new AggregateTestFixture<>(PlanAggregate.class).givenNoPriorActivity()
                .when(new DeclarePlanCommand("valle", "V", territory, LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31)))
                .expectException(RuleViolation.class).expectExceptionMessage(org.hamcrest.Matchers.containsString("names no department"))
                .expectNoEvents();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "territory {0} is accepted")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"76", "05", "11", "99", "76001", "76109"})
    void a_dane_department_or_one_of_its_municipalities_is_a_territory(String territory) {
        new AggregateTestFixture<>(PlanAggregate.class).givenNoPriorActivity()
                .when(new DeclarePlanCommand("valle", "V", territory, LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void another_plan_under_the_same_id_is_a_conflict() {
        new AggregateTestFixture<>(PlanAggregate.class).given(plan)
                .when(new DeclarePlanCommand("valle", "Otro", "76", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31)))
                .expectException(ConflictingWrite.class);
    }

    @Test
    void a_pact_of_a_known_plan_is_declared() {
        var fixture = new AggregateTestFixture<>(PactAggregate.class);
        fixture.registerInjectableResource(catalog);
        fixture.givenNoPriorActivity().when(new DeclarePactCommand("ac", "valle", "Acción comunal", null))
                .expectEvents(new PactDeclaredEvent("ac", "valle", "Acción comunal", null));
    }

    @Test
    void a_pact_of_an_unknown_plan_is_rejected() {
        var fixture = new AggregateTestFixture<>(PactAggregate.class);
        fixture.registerInjectableResource(catalog);
        fixture.givenNoPriorActivity().when(new DeclarePactCommand("ac", "nope", "Acción comunal", null))
                .expectException(UnknownReference.class).expectNoEvents();
    }

    @Test
    void a_dependency_is_registered_under_a_known_parent_only() {
        var fixture = new AggregateTestFixture<>(DependencyAggregate.class);
        fixture.registerInjectableResource(catalog);
        fixture.givenNoPriorActivity().when(new RegisterDependencyCommand("STAC", "Subdirección Técnica de Acción Comunal", "SDSP"))
                .expectEvents(new DependencyRegisteredEvent("STAC", "Subdirección Técnica de Acción Comunal", "SDSP"));
        fixture.givenNoPriorActivity().when(new RegisterDependencyCommand("STAC", "Subdirección", "NOPE"))
                .expectException(UnknownReference.class);
    }
}
