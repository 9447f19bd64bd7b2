package co.pactos.investments.investment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import co.pactos.events.investments.InvestmentCommittedEvent;
import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.domain.RuleViolation;
import co.pactos.kit.domain.Rules;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** Money committed in a fiscal year for an activity, a call, goals, pacts or all pacts. Committed once under its id. */
@Aggregate
public class InvestmentAggregate {

    @AggregateIdentifier
    private String investmentId;
    private InvestmentCommittedEvent commitment;

    protected InvestmentAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CommitInvestmentCommand c) {
        InvestmentCommittedEvent committed = new InvestmentCommittedEvent(c.investmentId(), c.dependency(), c.amount(),
                c.fiscalYear(), c.date(), c.activityId(), c.callId(), c.goals(), c.pacts(), c.allPacts(), c.fundingSource());
        if (commitment != null) {
            if (!commitment.equals(committed)) {
                throw ConflictingWrite.differentBody("investment", investmentId);
            }
            return;
        }
        Rules.positive("amount", c.amount());
        if (c.date().getYear() != c.fiscalYear()) {
            throw new RuleViolation("date", "must fall in fiscal year " + c.fiscalYear() + ", was " + c.date());
        }
        if (c.allPacts() && !committed.pacts().isEmpty()) {
            throw new RuleViolation("pacts", "must be left out when allPacts is true");
        }
        if (!c.allPacts() && committed.pacts().isEmpty() && committed.goals().isEmpty() && c.activityId() == null && c.callId() == null) {
            throw new RuleViolation("pacts", "an investment must be for an activity, a call, goals, pacts, or all pacts");
        }
        apply(committed);
    }

    @EventSourcingHandler
    void on(InvestmentCommittedEvent event) {
        investmentId = event.investmentId();
        commitment = event;
    }
}
