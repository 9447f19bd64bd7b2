package co.pactos.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every upcaster of the contract: the one place that says how an older revision of an event is read today. */
public final class EventUpcasters {

    private static final String ACTIVITY_RECORDED = "co.pactos.goals.ActivityRecorded";
    private static final String INVESTMENT_COMMITTED = "co.pactos.investments.InvestmentCommitted";

    private static final List<EventUpcaster> ALL = List.of(
            // revision 2 names the plan whose pacts the activity or investment serves (needed for "all pacts");
            // revision 1 did not say, so it reads as an unknown plan
            new EventUpcaster(ACTIVITY_RECORDED, 1, EventUpcasters::withUnknownPlan),
            new EventUpcaster(INVESTMENT_COMMITTED, 1, EventUpcasters::withUnknownPlan));

    private static final Map<String, EventUpcaster> BY_TYPE_AND_REVISION = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(u -> key(u.type(), u.fromRevision()), Function.identity()));

    private EventUpcasters() {
    }

    /**
     * The JSON of {@code type} at {@code revision}, brought to {@code current}.
     *
     * @throws UnreadableEvent when the revision is newer than this reader, or no upcaster bridges a gap
     */
    public static ObjectNode upcast(String type, int revision, int current, ObjectNode json) {
        if (revision > current) {
            throw new UnreadableEvent("revision " + revision + " of " + type + " is newer than this reader's " + current);
        }
        if (revision < 1) {
            throw new UnreadableEvent("revision " + revision + " of " + type + " is not a revision");
        }
        ObjectNode node = json;
        for (int r = revision; r < current; r++) {
            EventUpcaster upcaster = BY_TYPE_AND_REVISION.get(key(type, r));
            if (upcaster == null) {
                throw new UnreadableEvent("no upcaster reads revision " + r + " of " + type);
            }
            node = upcaster.upcast(node);
        }
        return node;
    }

    private static ObjectNode withUnknownPlan(ObjectNode json) {
        if (!json.has("planId")) {
            json.putNull("planId");
        }
        return json;
    }

    private static String key(String type, int revision) {
        return type + "#" + revision;
    }
}
