package co.pactos.goals.pact;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import co.pactos.events.goals.PactDeclaredEvent;
import co.pactos.goals.catalog.Catalog;
import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.domain.UnknownReference;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** A pact of a plan: a commitment to one population or policy. Declared once. */
@Aggregate
public class PactAggregate {

    @AggregateIdentifier
    private String pactId;
    private PactDeclaredEvent declaration;

    protected PactAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DeclarePactCommand command, Catalog catalog) {
        PactDeclaredEvent declared = new PactDeclaredEvent(command.pactId(), command.planId(), command.name(), command.description());
        if (declaration != null) {
            if (!declaration.equals(declared)) {
                throw ConflictingWrite.differentBody("pact", pactId);
            }
            return;
        }
        if (catalog.plan(command.planId()).isEmpty()) {
            throw new UnknownReference("planId", "plan", command.planId());
        }
        apply(declared);
    }

    @EventSourcingHandler
    void on(PactDeclaredEvent event) {
        pactId = event.pactId();
        declaration = event;
    }
}
