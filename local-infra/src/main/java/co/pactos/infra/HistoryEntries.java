package co.pactos.infra;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reading a {@code GET {resource}/history} answer in tests: the entries' types and their changes. */
public final class HistoryEntries {

    private HistoryEntries() {
    }

    /** The change of {@code field} in the entry; an assertion error naming the entry when it has none. */
    public static JsonNode change(JsonNode entry, String field) {
        for (JsonNode change : entry.get("changes")) {
            if (change.get("field").asString().equals(field)) {
                return change;
            }
        }
        throw new AssertionError("no change of " + field + " in " + entry);
    }

    /** The fields the entry changes, in its order. */
    public static List<String> fields(JsonNode entry) {
        List<String> fields = new ArrayList<>();
        entry.get("changes").forEach(c -> fields.add(c.get("field").asString()));
        return fields;
    }

    /** The entries' event types without their service's prefix ({@code co.pactos.goals.GoalDeclared}: {@code GoalDeclared}). */
    public static List<String> types(JsonNode history) {
        List<String> types = new ArrayList<>();
        history.forEach(e -> {
            String type = e.get("type").asString();
            types.add(type.substring(type.lastIndexOf('.') + 1));
        });
        return types;
    }
}
