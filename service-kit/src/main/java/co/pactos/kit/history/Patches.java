package co.pactos.kit.history;

import co.pactos.events.PactosEvent;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/** Helpers for the declarations: the fields of an event as the resource's GET answer names them. */
public final class Patches {

    /** Events written as their GET views write them (ISO dates, plain numbers). */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Patches() {
    }

    /** An event's fields as a JSON object. */
    public static ObjectNode tree(PactosEvent event) {
        return JSON.valueToTree(event);
    }

    /** A creating event: every field of the event except {@code left} (set when the resource comes into being). */
    public static Patch creating(PactosEvent event, String... left) {
        ObjectNode fields = tree(event);
        fields.remove(Set.of(left));
        return Patch.of(fields);
    }

    /** An amendment or correction: only the listed fields the event sets (a null field keeps its value). */
    public static Patch setOnly(PactosEvent event, String... fields) {
        ObjectNode all = tree(event);
        ObjectNode set = JsonNodeFactory.instance.objectNode();
        for (String field : fields) {
            JsonNode value = all.get(field);
            if (value != null && !value.isNull()) {
                set.set(field, value);
            }
        }
        return Patch.of(set);
    }

    /** The fields of an event under a dotted prefix, for an item of a part that only grows (not kept by the fold). */
    public static Patch appended(String prefix, PactosEvent event, String... left) {
        ObjectNode tree = tree(event);
        tree.remove(Set.of(left));
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        tree.properties().forEach(field -> fields.set(prefix + "." + field.getKey(), field.getValue()));
        return Patch.appended(fields);
    }

    /** One field set to one value, kept by the fold. */
    public static Patch field(String field, Object value) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        fields.set(field, value(value));
        return Patch.of(fields);
    }

    /** A JSON value as the GET answers write it. */
    public static JsonNode value(Object value) {
        return value == null ? NullNode.getInstance() : JSON.valueToTree(value);
    }
}
