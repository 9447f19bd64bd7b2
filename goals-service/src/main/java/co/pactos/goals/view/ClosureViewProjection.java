package co.pactos.goals.view;

import co.pactos.events.goals.PeriodClosedEvent;
import co.pactos.events.goals.PeriodReopenedEvent;
import co.pactos.kit.web.ResourceViews;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Closures and reopenings of a plan's periods: each closure under its own path, each reopening under its own, and every
 * closure of a plan in one view ({@link Paths#closures}) that the catalog reads to refuse writes in a closed period.
 * Same transaction as the events, so a closure refuses the very next write.
 */
@Component
@ProcessingGroup("views")
public class ClosureViewProjection {

    private final ResourceViews views;

    public ClosureViewProjection(ResourceViews views) {
        this.views = views;
    }

    @EventHandler
    void on(PeriodClosedEvent e, @Timestamp Instant recordedAt, MetaData metaData) {
        String path = Paths.closure(e.planId(), e.period());
        // closed anew after a reopening: the reopenings stay listed, none is in force
        ArrayNode reopenings = views.find(path).map(node -> node.get("reopenings"))
                .filter(JsonNode::isArray).map(node -> (ArrayNode) node)
                .orElseGet(JsonNodeFactory.instance::arrayNode);
        ObjectNode closure = JsonNodeFactory.instance.objectNode();
        closure.put("planId", e.planId());
        closure.put("period", e.period());
        closure.put("from", e.from().toString());
        closure.put("to", e.to().toString());
        closure.put("reason", e.reason());
        closure.put("closedAt", recordedAt.toString());
        closure.set("closedBy", AmendmentViewProjection.actor(metaData));
        closure.putNull("reopening");
        closure.set("reopenings", reopenings);
        store(e.planId(), closure);
    }

    @EventHandler
    void on(PeriodReopenedEvent e, @Timestamp Instant recordedAt, MetaData metaData) {
        ObjectNode reopening = views.toTree(e);
        reopening.put("recordedAt", recordedAt.toString());
        reopening.set("recordedBy", AmendmentViewProjection.actor(metaData));
        views.put(Paths.reopening(e.planId(), e.period(), e.reopeningId()), reopening);
        ObjectNode closure = (ObjectNode) views.get(Paths.closure(e.planId(), e.period()));
        ObjectNode note = closure.putObject("reopening");
        note.put("reopeningId", e.reopeningId());
        note.put("reason", e.reason());
        note.put("until", e.until() == null ? null : e.until().toString());
        note.put("reopenedAt", recordedAt.toString());
        note.set("reopenedBy", AmendmentViewProjection.actor(metaData));
        AmendmentViewProjection.list(closure, "reopenings").add(e.reopeningId());
        store(e.planId(), closure);
    }

    /** The closure under its path, and in the plan's list of closures in place of its earlier state. */
    private void store(String planId, ObjectNode closure) {
        views.put(Paths.closure(planId, closure.get("period").asString()), closure);
        ObjectNode all = views.find(Paths.closures(planId)).map(node -> (ObjectNode) node).orElseGet(() -> {
            ObjectNode created = JsonNodeFactory.instance.objectNode();
            created.put("planId", planId);
            created.putArray("closures");
            return created;
        });
        ArrayNode closures = (ArrayNode) all.get("closures");
        ArrayNode updated = JsonNodeFactory.instance.arrayNode();
        for (JsonNode other : closures) {
            if (!other.get("period").asString().equals(closure.get("period").asString())) {
                updated.add(other);
            }
        }
        updated.add(closure);
        all.set("closures", updated);
        views.put(Paths.closures(planId), all);
    }
}
