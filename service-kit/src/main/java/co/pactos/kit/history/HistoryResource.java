package co.pactos.kit.history;

import co.pactos.events.PactosEvent;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One kind of resource whose history a service answers: its path pattern (as in API.md), the path variable that names
 * its aggregate, the event types of that aggregate it reads, how each event sets the resource's fields (an event it does
 * not concern: null), which of them its history shows (a sub-resource such as an amendment folds the events before it
 * to know the values in force, but shows only its own), and which dependency owns it (what a secretariat may read).
 *
 * @param pattern   e.g. {@code /api/goals/{goalId}/targets/{year}}
 * @param noun      the resource in Spanish after "Historial", for the page's title, e.g. {@code de la meta}, {@code del pacto}
 * @param aggregate the path variable holding the aggregate id, e.g. {@code goalId}
 * @param events    the event types read from the aggregate's stream
 * @param folder    the fields an event sets; null for an event of the aggregate that is not about this resource
 * @param shown     whether an event the folder took is shown in this resource's history
 * @param owner     the dependency that owns the resource, read from the current views; empty when not recorded.
 *                  Null for a resource every reader of histories may read (the plan, its pacts, the dependencies)
 * @param label     the field of the state that names the resource on the page (e.g. a goal's {@code code}), or null
 */
public record HistoryResource(String pattern, String noun, String aggregate, List<Class<? extends PactosEvent>> events, Folder folder,
                              Shown shown, Function<Map<String, String>, Optional<String>> owner, String label) {

    /** The fields an event sets; {@code fold} gives the values in force before it. Null when the event is not about the resource. */
    @FunctionalInterface
    public interface Folder {
        Patch patch(PactosEvent event, Map<String, String> variables, HistoryFold fold);
    }

    /** Whether an event the folder took is shown in this resource's history. */
    @FunctionalInterface
    public interface Shown {
        boolean test(PactosEvent event, Map<String, String> variables);

        Shown ALL = (event, variables) -> true;
    }

    public HistoryResource {
        Objects.requireNonNull(pattern);
        Objects.requireNonNull(noun);
        Objects.requireNonNull(aggregate);
        events = List.copyOf(events);
        Objects.requireNonNull(folder);
        Objects.requireNonNull(shown);
    }

    /** Every reader of histories may read it (no owning dependency). */
    public boolean shared() {
        return owner == null;
    }

    /** The same resource showing only the events {@code shown} picks (a sub-resource of it, under its own pattern). */
    public HistoryResource part(String pattern, String noun, Shown shown) {
        return new HistoryResource(pattern, noun, aggregate, events, folder, shown, owner, label);
    }
}
