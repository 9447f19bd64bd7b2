package co.pactos.investments.investment;

import co.pactos.events.investments.InvestmentCommittedEvent;
import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.domain.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class InvestmentAggregateTest {

    private final AggregateTestFixture<InvestmentAggregate> fixture = new AggregateTestFixture<>(InvestmentAggregate.class);

    private static CommitInvestmentCommand commit(long amount) {
        return new CommitInvestmentCommand("inv-1", "SDSP", amount, 2022, LocalDate.of(2022, 3, 1), null, null,
                List.of(), List.of("accion-comunal"), false, null);
    }

    private static final InvestmentCommittedEvent COMMITTED = new InvestmentCommittedEvent("inv-1", "SDSP", 150_000_000L, 2022,
            LocalDate.of(2022, 3, 1), null, null, List.of(), List.of("accion-comunal"), false, null);

    @Test
    void committing_money_for_a_pact_records_it() {
        fixture.givenNoPriorActivity().when(commit(150_000_000L)).expectEvents(COMMITTED);
    }

    @Test
    void the_same_commitment_again_records_nothing() {
        fixture.given(COMMITTED).when(commit(150_000_000L)).expectSuccessfulHandlerExecution().expectNoEvents();
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
                        List.of(), List.of("p"), false, null))
                .expectException(RuleViolation.class);
    }

    @Test
    void an_investment_for_nothing_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new CommitInvestmentCommand("inv-1", "SDSP", 10L, 2022, LocalDate.of(2022, 1, 5), null, null,
                        List.of(), List.of(), false, null))
                .expectException(RuleViolation.class);
    }
}
