package co.pactos.investments.investment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import co.pactos.events.investments.InvestmentAdjustedEvent;
import co.pactos.events.investments.InvestmentCommittedEvent;
import co.pactos.events.investments.InvestmentExecutedEvent;
import co.pactos.investments.catalog.Catalog;
import co.pactos.investments.catalog.GoalsReferences.Kind;
import co.pactos.investments.catalog.GoalsReferences;
import co.pactos.kit.axon.AxonStorageConfig;
import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.domain.RuleViolation;
import co.pactos.kit.domain.Rules;
import co.pactos.kit.domain.UnknownReference;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Money committed in a fiscal year for an activity, a call, goals, pacts or all pacts, then
 * executed and adjusted. The commitment, each execution and each adjustment are written once
 * under their ids. What is executed never exceeds what is committed (amount plus adjustments).
 */
// snapshots are this object as JSON (Axon's JacksonSerializer): its fields, not getters, are its state
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
@Revision("1")
@Aggregate(snapshotTriggerDefinition = AxonStorageConfig.SNAPSHOT_TRIGGER)
public class InvestmentAggregate {

    @AggregateIdentifier
    private String investmentId;
    private InvestmentCommittedEvent commitment;
    private long committed;
    private long executed;
    private final Map<String, InvestmentExecutedEvent> executions = new HashMap<>();
    private final Map<String, InvestmentAdjustedEvent> adjustments = new HashMap<>();

    protected InvestmentAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CommitInvestmentCommand c, Catalog catalog, GoalsReferences goals) {
        InvestmentCommittedEvent committedEvent = new InvestmentCommittedEvent(c.investmentId(), c.planId(), c.dependency(),
                c.amount(), c.fiscalYear(), c.date(), c.activityId(), c.callId(), c.goals(), c.pacts(), c.allPacts(), c.fundingSource());
        if (commitment != null) {
            // a revision-1 commitment did not name its plan; the plan then is not part of what is compared
            if (!commitment.equals(commitment.planId() == null ? withoutPlan(committedEvent) : committedEvent)) {
                throw ConflictingWrite.differentBody("investment", investmentId);
            }
            return;
        }
        Rules.positive("amount", c.amount());
        if (c.date().getYear() != c.fiscalYear()) {
            throw new RuleViolation("date", "must fall in fiscal year " + c.fiscalYear() + ", was " + c.date());
        }
        if (c.allPacts() && c.planId() == null) {
            throw new RuleViolation("planId", "is required with allPacts: true (all the pacts of which plan?)");
        }
        if (c.allPacts() && !committedEvent.pacts().isEmpty()) {
            throw new RuleViolation("pacts", "must be left out when allPacts is true");
        }
        if (!c.allPacts() && committedEvent.pacts().isEmpty() && committedEvent.goals().isEmpty() && c.activityId() == null && c.callId() == null) {
            throw new RuleViolation("pacts", "an investment must be for an activity, a call, goals, pacts, or all pacts");
        }
        if (c.callId() != null) {
            int callYear = catalog.callFiscalYear(c.callId())
                    .orElseThrow(() -> new UnknownReference("callId", "call", c.callId()));
            if (callYear != c.fiscalYear()) {
                throw new RuleViolation("fiscalYear", "must be the fiscal year of call '" + c.callId() + "' (" + callYear
                        + "), was " + c.fiscalYear());
            }
        }
        // asked last: the local rules above need no look-up in the catalog
        goals.require("planId", Kind.PLAN, c.planId());
        goals.require("dependency", Kind.DEPENDENCY, c.dependency());
        goals.require("activityId", Kind.ACTIVITY, c.activityId());
        Map<String, Optional<String>> goalEntries = goals.requireAll("goals", Kind.GOAL, committedEvent.goals());
        Map<String, Optional<String>> pactEntries = goals.requireAll("pacts", Kind.PACT, committedEvent.pacts());
        goals.requireOpen("date", plansOf(committedEvent, pactEntries, goalEntries, goals), c.date());
        apply(committedEvent);
    }

    /**
     * The plans whose closed periods an investment's writes respect: the plan it names and the plans of its pacts, goals
     * and activity. None (only a call, or references of revision 1): every plan whose period holds the date.
     */
    private static Set<String> plansOf(InvestmentCommittedEvent investment, GoalsReferences goals) {
        return plansOf(investment, goals.entries(Kind.PACT, investment.pacts()), goals.entries(Kind.GOAL, investment.goals()), goals);
    }

    /** {@link #plansOf(InvestmentCommittedEvent, GoalsReferences)} with the pacts' and goals' entries already read. */
    private static Set<String> plansOf(InvestmentCommittedEvent investment, Map<String, Optional<String>> pacts,
                                       Map<String, Optional<String>> goalsNamed, GoalsReferences goals) {
        Set<String> plans = new TreeSet<>();
        if (investment.planId() != null) {
            plans.add(investment.planId());
        }
        pacts.values().forEach(plan -> plan.ifPresent(plans::add));
        goalsNamed.values().forEach(plan -> plan.ifPresent(plans::add));
        if (investment.activityId() != null) {
            goals.planOf(Kind.ACTIVITY, investment.activityId()).ifPresent(plans::add);
        }
        return plans;
    }

    private static InvestmentCommittedEvent withoutPlan(InvestmentCommittedEvent e) {
        return new InvestmentCommittedEvent(e.investmentId(), null, e.dependency(), e.amount(), e.fiscalYear(), e.date(),
                e.activityId(), e.callId(), e.goals(), e.pacts(), e.allPacts(), e.fundingSource());
    }

    /** Created if missing only to answer an execution of an investment never committed as a 422 naming {@code investmentId}. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ExecuteInvestmentCommand c, GoalsReferences goals) {
        requireCommitment(c.investmentId());
        InvestmentExecutedEvent execution = new InvestmentExecutedEvent(investmentId, c.executionId(), c.date(), c.amount());
        InvestmentExecutedEvent existing = executions.get(c.executionId());
        if (existing != null) {
            if (!existing.equals(execution)) {
                throw ConflictingWrite.differentBody("execution", c.executionId());
            }
            return;
        }
        Rules.positive("amount", c.amount());
        notBeforeCommitment(c.date());
        long available = committed - executed;
        if (c.amount() > available) {
            throw new RuleViolation("amount", "would bring the executed money to " + (executed + c.amount()) + ", above the "
                    + committed + " committed; at most " + available + " is still available");
        }
        goals.requireOpen("date", plansOf(commitment, goals), c.date());
        apply(execution);
    }

    /** Created if missing for the same reason as executions. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AdjustInvestmentCommand c, GoalsReferences goals) {
        requireCommitment(c.investmentId());
        InvestmentAdjustedEvent adjustment = new InvestmentAdjustedEvent(investmentId, c.adjustmentId(), c.date(), c.amount(), c.reason());
        InvestmentAdjustedEvent existing = adjustments.get(c.adjustmentId());
        if (existing != null) {
            if (!existing.equals(adjustment)) {
                throw ConflictingWrite.differentBody("adjustment", c.adjustmentId());
            }
            return;
        }
        if (c.amount() == 0) {
            throw new RuleViolation("amount", "must not be zero: an adjustment adds (positive) or takes away (negative) pesos");
        }
        if (c.reason() == null || c.reason().isBlank()) {
            throw new RuleViolation("reason", "must say why the committed money changes");
        }
        notBeforeCommitment(c.date());
        long after = committedAfter(c.amount());
        if (after < 0) {
            throw new RuleViolation("amount", "would bring the committed money to " + after + "; at most " + committed
                    + " can be taken away");
        }
        if (after < executed) {
            throw new RuleViolation("amount", "would bring the committed money to " + after + ", below the " + executed
                    + " already executed; at most " + (committed - executed) + " can be taken away");
        }
        goals.requireOpen("date", plansOf(commitment, goals), c.date());
        apply(adjustment);
    }

    private void requireCommitment(String id) {
        if (commitment == null) {
            throw new UnknownReference("investmentId", "investment", id);
        }
    }

    private void notBeforeCommitment(LocalDate date) {
        if (date.isBefore(commitment.date())) {
            throw new RuleViolation("date", "must not be before the commitment's date (" + commitment.date() + "), was " + date);
        }
    }

    private long committedAfter(long adjustment) {
        try {
            return Math.addExact(committed, adjustment);
        } catch (ArithmeticException e) {
            throw new RuleViolation("amount", "is too large, was " + adjustment);
        }
    }

    @EventSourcingHandler
    void on(InvestmentCommittedEvent event) {
        investmentId = event.investmentId();
        commitment = event;
        committed = event.amount();
    }

    @EventSourcingHandler
    void on(InvestmentExecutedEvent event) {
        executions.put(event.executionId(), event);
        executed += event.amount();
    }

    @EventSourcingHandler
    void on(InvestmentAdjustedEvent event) {
        adjustments.put(event.adjustmentId(), event);
        committed += event.amount();
    }
}
