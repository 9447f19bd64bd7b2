package co.pactos.goals.plan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import co.pactos.events.goals.PeriodClosedEvent;
import co.pactos.events.goals.PeriodReopenedEvent;
import co.pactos.events.goals.PlanDeclaredEvent;
import co.pactos.goals.Reasons;
import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.domain.RuleViolation;
import co.pactos.kit.domain.Rules;
import co.pactos.kit.domain.UnknownReference;
import co.pactos.kit.security.WritePolicy;
import co.pactos.kit.web.DateOrInstant;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A development plan and the periods Planeación has closed for entry. Declared once; the same declaration again changes
 * nothing. A closed period is reopened by a reopening with a reason; closing it again while a reopening holds closes it anew.
 * Only Planeación closes and reopens periods: the commands say who asks, and anyone else is refused here too (the
 * controller refuses first, with the same 403, so that a refused request reaches no aggregate).
 */
@Aggregate
public class PlanAggregate {

    /** A closure as it stands: the last time it was closed, and the reopening after it, if any. */
    private record Closure(PeriodClosedEvent closed, PeriodReopenedEvent reopened) {

        boolean closedAt(Instant instant) {
            return reopened == null || !reopened.openAt(instant);
        }
    }

    @AggregateIdentifier
    private String planId;
    private PlanDeclaredEvent declaration;
    private final Map<String, Closure> closures = new HashMap<>();
    /** Reopenings by period and id, to answer the same reopening again. */
    private final Map<String, PeriodReopenedEvent> reopenings = new HashMap<>();

    protected PlanAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DeclarePlanCommand command) {
        PlanDeclaredEvent declared = new PlanDeclaredEvent(command.planId(), command.name(), command.territoryCode(),
                command.startDate(), command.endDate());
        if (declaration != null) {
            if (!declaration.equals(declared)) {
                throw ConflictingWrite.differentBody("plan", planId);
            }
            return;
        }
        Rules.ordered("startDate", command.startDate(), "endDate", command.endDate());
        DaneTerritories.require("territoryCode", command.territoryCode());
        apply(declared);
    }

    @CommandHandler
    public void handle(ClosePeriodCommand c) {
        WritePolicy.requirePlanning(c.caller(), "closes period " + c.period() + " of plan " + c.planId());
        Instant now = GenericEventMessage.clock.instant();
        String reason = blankToNull(c.reason());
        Closure existing = closures.get(c.period());
        if (existing != null && existing.closedAt(now)) {
            // already closed: the same closure again changes nothing; another reason is not written over the first
            if (!Objects.equals(existing.closed().reason(), reason)) {
                throw new ConflictingWrite("period " + c.period() + " of plan '" + planId + "' is already closed with reason '"
                        + existing.closed().reason() + "'; send the same body again, or reopen it first");
            }
            return;
        }
        PeriodWindow window = PeriodWindow.of(c.period(), declaration.startDate(), declaration.endDate());
        apply(new PeriodClosedEvent(planId, window.period(), window.from(), window.to(), reason));
    }

    @CommandHandler
    public void handle(ReopenPeriodCommand c) {
        WritePolicy.requirePlanning(c.caller(), "reopens period " + c.period() + " of plan " + c.planId());
        Instant now = GenericEventMessage.clock.instant();
        PeriodReopenedEvent earlier = reopenings.get(key(c.period(), c.reopeningId()));
        if (earlier != null) {
            if (!Objects.equals(earlier.reason(), c.reason()) || !Objects.equals(earlier.until(), c.until())) {
                throw ConflictingWrite.differentBody("reopening", c.reopeningId());
            }
            return;
        }
        Closure closure = closures.get(c.period());
        if (closure == null) {
            throw new UnknownReference("period", "closure of plan " + planId, c.period());
        }
        Reasons.require(c.reason(), "the period is reopened");
        if (c.until() != null && !c.until().isAfter(now)) {
            throw new RuleViolation("until", "must be in the future (it is when the period closes again), was " + c.until());
        }
        // the last instant a caller may name (DateOrInstant): consumers store it, and PostgreSQL's timestamps end in 294276
        if (c.until() != null && c.until().isAfter(DateOrInstant.LAST)) {
            throw new RuleViolation("until", "must be no later than 9999-12-31T23:59:59Z (a date: 9999-12-30 at the latest), was "
                    + c.until() + "; leave it out to reopen until the period is closed anew");
        }
        PeriodClosedEvent closed = closure.closed();
        apply(new PeriodReopenedEvent(planId, closed.period(), c.reopeningId(), closed.from(), closed.to(), c.reason(), c.until()));
    }

    private static String key(String period, String reopeningId) {
        return period + "/" + reopeningId;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @EventSourcingHandler
    void on(PlanDeclaredEvent event) {
        planId = event.planId();
        declaration = event;
    }

    @EventSourcingHandler
    void on(PeriodClosedEvent event) {
        closures.put(event.period(), new Closure(event, null));
    }

    @EventSourcingHandler
    void on(PeriodReopenedEvent event) {
        closures.computeIfPresent(event.period(), (period, closure) -> new Closure(closure.closed(), event));
        reopenings.put(key(event.period(), event.reopeningId()), event);
    }
}
