package co.pactos.kit.axon;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Tells a command's sender which events the command recorded: a handler interceptor opens a list
 * in the command's unit of work, a dispatch interceptor on the event store adds each event's id to
 * it, and the command's result becomes {@link Outcome}.
 */
public final class RecordedEvents {

    private static final String RESOURCE = RecordedEvents.class.getName();

    /** The command handler's own result, and the ids of the events it recorded, in order (complete once the command has completed). */
    public record Outcome(Object result, List<String> eventIds) {
    }

    private RecordedEvents() {
    }

    public static MessageHandlerInterceptor<CommandMessage<?>> commandInterceptor() {
        return (UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) -> {
            List<String> eventIds = new ArrayList<>();
            unitOfWork.resources().put(RESOURCE, eventIds);
            Object result = chain.proceed();
            // the event bus runs dispatch interceptors when the unit of work commits, after this returns:
            // the list is complete once the command has completed
            return new Outcome(result, eventIds);
        };
    }

    public static MessageDispatchInterceptor<EventMessage<?>> eventInterceptor() {
        return messages -> {
            if (CurrentUnitOfWork.isStarted()) {
                List<String> eventIds = CurrentUnitOfWork.get().root().getResource(RESOURCE);
                if (eventIds != null) {
                    messages.forEach(message -> eventIds.add(message.getIdentifier()));
                }
            }
            return (index, message) -> message;
        };
    }
}
