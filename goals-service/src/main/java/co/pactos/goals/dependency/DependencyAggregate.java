package co.pactos.goals.dependency;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import co.pactos.events.goals.DependencyRegisteredEvent;
import co.pactos.goals.catalog.Catalog;
import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.domain.RuleViolation;
import co.pactos.kit.domain.UnknownReference;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** A unit of government, possibly under a parent unit. Registered once. */
@Aggregate
public class DependencyAggregate {

    @AggregateIdentifier
    private String code;
    private DependencyRegisteredEvent registration;

    protected DependencyAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterDependencyCommand command, Catalog catalog) {
        DependencyRegisteredEvent registered = new DependencyRegisteredEvent(command.code(), command.name(), command.parentCode());
        if (registration != null) {
            if (!registration.equals(registered)) {
                throw ConflictingWrite.differentBody("dependency", code);
            }
            return;
        }
        if (command.parentCode() != null) {
            if (command.parentCode().equals(command.code())) {
                throw new RuleViolation("parentCode", "a dependency cannot be its own parent");
            }
            if (!catalog.dependencyExists(command.parentCode())) {
                throw new UnknownReference("parentCode", "dependency", command.parentCode());
            }
        }
        apply(registered);
    }

    @EventSourcingHandler
    void on(DependencyRegisteredEvent event) {
        code = event.code();
        registration = event;
    }
}
