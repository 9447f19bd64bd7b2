package co.pactos.investments.programme;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.events.investments.ProgrammeDeclaredEvent;
import co.pactos.investments.InMemoryGoalsReferences;
import co.pactos.investments.catalog.GoalsReferences.Kind;
import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.domain.UnknownReference;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProgrammeAggregateTest {

    private static final ProgrammeDeclaredEvent DECLARED = new ProgrammeDeclaredEvent("valleinn", "ValleINN", "SDE");

    private FixtureConfiguration<ProgrammeAggregate> fixture;
    private InMemoryGoalsReferences goals;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProgrammeAggregate.class);
        goals = new InMemoryGoalsReferences().with(Kind.DEPENDENCY, "SDE");
        fixture.registerInjectableResource(goals);
    }

    @Test
    void declaring_a_programme_of_a_known_dependency_records_it() {
        fixture.givenNoPriorActivity()
                .when(new DeclareProgrammeCommand("valleinn", "ValleINN", "SDE"))
                .expectEvents(DECLARED);
    }

    @Test
    void the_same_programme_again_records_nothing_and_asks_goals_service_nothing() {
        fixture.given(DECLARED)
                .when(new DeclareProgrammeCommand("valleinn", "ValleINN", "SDE"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        assertThat(goals.asked()).isEmpty();
    }

    @Test
    void another_programme_under_the_same_id_is_a_conflict() {
        fixture.given(DECLARED)
                .when(new DeclareProgrammeCommand("valleinn", "Otro fondo", "SDE"))
                .expectException(ConflictingWrite.class);
    }

    @Test
    void a_programme_of_an_unknown_dependency_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new DeclareProgrammeCommand("valleinn", "ValleINN", "NOPE"))
                .expectException(UnknownReference.class)
                .expectExceptionMessage("no dependency 'NOPE' is known to investments-service yet")
                .expectNoEvents();
    }
}
