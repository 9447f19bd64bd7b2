package co.pactos.kit.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Folds a resource's events, oldest first, into the state of its fields, and says what each event changed: every field
 * the event sets whose value differs from the one in force before (null when there was none). A creating event so shows
 * every field it fills from null; an amendment only the fields it changes.
 */
public final class HistoryFold {

    private final ObjectNode state = JsonNodeFactory.instance.objectNode();

    /** The fields {@code patch} changes, appended ones first; the state then holds the new values of its kept fields. */
    public List<FieldChange> apply(Patch patch) {
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : patch.appended().properties()) {
            change(field.getKey(), field.getValue(), changes);
        }
        for (Map.Entry<String, JsonNode> field : patch.fields().properties()) {
            JsonNode after = change(field.getKey(), field.getValue(), changes);
            state.set(field.getKey(), after);
        }
        return changes;
    }

    private JsonNode change(String field, JsonNode value, List<FieldChange> changes) {
        JsonNode before = current(field);
        JsonNode after = value == null ? NullNode.getInstance() : value;
        if (!same(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
        return after;
    }

    /** The value in force of a field, for declarations that derive a value from it (a running total); null node when none. */
    public JsonNode current(String field) {
        return state.has(field) ? state.get(field) : NullNode.getInstance();
    }

    /** Numbers compare by value (a target of 1.0 is a target of 1), everything else by JSON equality. */
    static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }
}
