package co.pactos.goals.plan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import co.pactos.events.goals.PlanDeclaredEvent;
import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.domain.Rules;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** A development plan. Declared once; the same declaration again changes nothing. */
@Aggregate
public class PlanAggregate {

    @AggregateIdentifier
    private String planId;
    private PlanDeclaredEvent declaration;

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

    @EventSourcingHandler
    void on(PlanDeclaredEvent event) {
        planId = event.planId();
        declaration = event;
    }
}
