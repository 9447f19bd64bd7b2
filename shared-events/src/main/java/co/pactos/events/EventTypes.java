package co.pactos.events;

import co.pactos.events.goals.ActivityCorrectedEvent;
import co.pactos.events.goals.ActivityRecordedEvent;
import co.pactos.events.goals.AnnualTargetRevisedEvent;
import co.pactos.events.goals.AnnualTargetSetEvent;
import co.pactos.events.goals.DependencyRegisteredEvent;
import co.pactos.events.goals.GoalAmendedEvent;
import co.pactos.events.goals.GoalDeclaredEvent;
import co.pactos.events.goals.GoalLinkChangedEvent;
import co.pactos.events.goals.GoalLinkedToPactEvent;
import co.pactos.events.goals.PactDeclaredEvent;
import co.pactos.events.goals.PeriodClosedEvent;
import co.pactos.events.goals.PeriodReopenedEvent;
import co.pactos.events.goals.PlanDeclaredEvent;
import co.pactos.events.goals.ProgressReportedEvent;
import co.pactos.events.investments.CallOpenedEvent;
import co.pactos.events.investments.CallResultReportedEvent;
import co.pactos.events.investments.InvestmentAdjustedEvent;
import co.pactos.events.investments.InvestmentCommittedEvent;
import co.pactos.events.investments.InvestmentExecutedEvent;
import co.pactos.events.investments.ProgrammeDeclaredEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event of the contract, by class and by CloudEvents type name. */
public final class EventTypes {

    /** One event type: its CloudEvents type name, its current revision and its record class. */
    public record Descriptor(String name, int revision, Class<? extends PactosEvent> type) {
    }

    private static final List<Class<? extends PactosEvent>> ALL = List.of(
            PlanDeclaredEvent.class,
            DependencyRegisteredEvent.class,
            PactDeclaredEvent.class,
            GoalDeclaredEvent.class,
            GoalLinkedToPactEvent.class,
            AnnualTargetSetEvent.class,
            ProgressReportedEvent.class,
            ActivityRecordedEvent.class,
            GoalAmendedEvent.class,
            AnnualTargetRevisedEvent.class,
            GoalLinkChangedEvent.class,
            ActivityCorrectedEvent.class,
            PeriodClosedEvent.class,
            PeriodReopenedEvent.class,
            InvestmentCommittedEvent.class,
            InvestmentExecutedEvent.class,
            InvestmentAdjustedEvent.class,
            ProgrammeDeclaredEvent.class,
            CallOpenedEvent.class,
            CallResultReportedEvent.class);

    private static final Map<Class<?>, Descriptor> BY_CLASS = ALL.stream()
            .map(EventTypes::describe)
            .collect(Collectors.toUnmodifiableMap(Descriptor::type, Function.identity()));

    private static final Map<String, Descriptor> BY_NAME = BY_CLASS.values().stream()
            .collect(Collectors.toUnmodifiableMap(Descriptor::name, Function.identity()));

    private EventTypes() {
    }

    public static List<Descriptor> all() {
        return ALL.stream().map(BY_CLASS::get).toList();
    }

    public static Descriptor of(Class<?> type) {
        Descriptor descriptor = BY_CLASS.get(type);
        if (descriptor == null) {
            throw new IllegalArgumentException(type.getName() + " is not an event of the Pactos contract");
        }
        return descriptor;
    }

    public static Optional<Descriptor> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    private static Descriptor describe(Class<? extends PactosEvent> type) {
        EventType annotation = type.getAnnotation(EventType.class);
        if (annotation == null) {
            throw new IllegalStateException(type.getName() + " lacks @EventType");
        }
        return new Descriptor(annotation.name(), annotation.revision(), type);
    }
}
