package co.pactos.kit.history;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fields of a resource one event sets (field -> new value). {@code fields} are kept by the fold as the state later
 * events are compared with; {@code appended} are the fields of a new item of a part that only grows (a goal's progress
 * reports, an investment's executions): no later event of the resource changes them, so the fold does not keep them and a
 * goal with tens of thousands of reports folds in a state of its own fields only. Appended fields come first.
 */
public record Patch(ObjectNode fields, ObjectNode appended) {

    public static Patch of(ObjectNode fields) {
        return new Patch(fields, JsonNodeFactory.instance.objectNode());
    }

    public static Patch appended(ObjectNode appended) {
        return new Patch(JsonNodeFactory.instance.objectNode(), appended);
    }

    /** This patch, also setting {@code field} (kept by the fold), e.g. a running total. */
    public Patch with(String field, JsonNode value) {
        ObjectNode more = fields.deepCopy();
        more.set(field, value);
        return new Patch(more, appended);
    }
}
