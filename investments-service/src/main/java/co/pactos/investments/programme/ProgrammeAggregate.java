package co.pactos.investments.programme;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import co.pactos.events.investments.ProgrammeDeclaredEvent;
import co.pactos.investments.catalog.GoalsReferences;
import co.pactos.kit.domain.ConflictingWrite;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** A programme or fund (e.g. ValleINN) run by a dependency. Declared once. */
@Aggregate
public class ProgrammeAggregate {

    @AggregateIdentifier
    private String programmeId;
    private ProgrammeDeclaredEvent declaration;

    protected ProgrammeAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DeclareProgrammeCommand c, GoalsReferences goals) {
        ProgrammeDeclaredEvent declared = new ProgrammeDeclaredEvent(c.programmeId(), c.name(), c.dependency());
        if (declaration != null) {
            if (!declaration.equals(declared)) {
                throw ConflictingWrite.differentBody("programme", programmeId);
            }
            return;
        }
        goals.require("dependency", GoalsReferences.Kind.DEPENDENCY, c.dependency());
        apply(declared);
    }

    @EventSourcingHandler
    void on(ProgrammeDeclaredEvent event) {
        programmeId = event.programmeId();
        declaration = event;
    }
}
