package co.pactos.goals.view;

import co.pactos.events.goals.ActivityCorrectedEvent;
import co.pactos.events.goals.AnnualTargetRevisedEvent;
import co.pactos.events.goals.GoalAmendedEvent;
import co.pactos.events.goals.GoalLinkChangedEvent;
import co.pactos.kit.web.Caller;
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
 * Amendments, target revisions, link changes and activity corrections: each is stored as recorded under its own path,
 * and the resource it changes is shown as it stands now, with a short note of each change. Same transaction as the
 * events (processing group "views"), so a PUT answers with what it stored.
 */
@Component
@ProcessingGroup("views")
public class AmendmentViewProjection {

    private static final String[] GOAL_FIELDS = {"statement", "indicator", "unit", "baseline", "target", "dependency"};
    private static final String[] ACTIVITY_FIELDS = {"title", "description", "startDate", "endDate", "beneficiaries",
            "municipalities", "topics"};

    private final ResourceViews views;

    public AmendmentViewProjection(ResourceViews views) {
        this.views = views;
    }

    /** Who recorded an event, from the caller's metadata. */
    static ObjectNode actor(MetaData metaData) {
        ObjectNode actor = JsonNodeFactory.instance.objectNode();
        actor.put("client", (String) metaData.get(Caller.META_CLIENT));
        actor.put("user", (String) metaData.get(Caller.META_ACTOR));
        actor.put("dependency", (String) metaData.get(Caller.META_DEPENDENCY));
        return actor;
    }

    private ObjectNode recorded(Object event, Instant recordedAt, MetaData metaData) {
        ObjectNode view = views.toTree(event);
        view.put("recordedAt", recordedAt.toString());
        view.set("recordedBy", actor(metaData));
        return view;
    }

    @EventHandler
    void on(GoalAmendedEvent e, @Timestamp Instant recordedAt, MetaData metaData) {
        ObjectNode amendment = recorded(e, recordedAt, metaData);
        views.put(Paths.amendment(e.goalId(), e.amendmentId()), amendment);
        views.update(Paths.goal(e.goalId()), goal -> {
            for (String field : GOAL_FIELDS) {
                JsonNode value = amendment.get(field);
                if (value != null && !value.isNull()) {
                    goal.set(field, value);
                }
            }
            ObjectNode note = list(goal, "amendments").addObject();
            note.put("amendmentId", e.amendmentId());
            note.put("reason", e.reason());
            note.put("legalAct", e.legalAct());
            note.put("recordedAt", recordedAt.toString());
        });
    }

    @EventHandler
    void on(AnnualTargetRevisedEvent e, @Timestamp Instant recordedAt, MetaData metaData) {
        views.put(Paths.targetRevision(e.goalId(), e.year(), e.revisionId()), recorded(e, recordedAt, metaData));
        views.update(Paths.target(e.goalId(), e.year()), target -> {
            target.put("value", e.value());
            ObjectNode note = list(target, "revisions").addObject();
            note.put("revisionId", e.revisionId());
            note.put("value", e.value());
            note.put("reason", e.reason());
            note.put("legalAct", e.legalAct());
            note.put("recordedAt", recordedAt.toString());
        });
        views.update(Paths.goal(e.goalId()), goal -> ((ObjectNode) goal.get("targets")).put(Integer.toString(e.year()), e.value()));
    }

    @EventHandler
    void on(GoalLinkChangedEvent e, @Timestamp Instant recordedAt, MetaData metaData) {
        String link = e.ended() ? "NONE" : e.link().name();
        ObjectNode change = recorded(e, recordedAt, metaData);
        change.put("link", link);
        views.put(Paths.linkChange(e.goalId(), e.pactId(), e.changeId()), change);
        String linkPath = Paths.goalLink(e.goalId(), e.pactId());
        ObjectNode current = views.find(linkPath).map(node -> (ObjectNode) node).orElseGet(() -> {
            ObjectNode created = JsonNodeFactory.instance.objectNode();
            created.put("goalId", e.goalId());
            created.put("pactId", e.pactId());
            return created;
        });
        current.put("link", link);
        ObjectNode note = list(current, "changes").addObject();
        note.put("changeId", e.changeId());
        note.put("link", link);
        note.put("reason", e.reason());
        note.put("legalAct", e.legalAct());
        note.put("recordedAt", recordedAt.toString());
        views.put(linkPath, current);
        views.update(Paths.goal(e.goalId()), goal -> {
            ObjectNode pacts = (ObjectNode) goal.get("pacts");
            if (e.ended()) {
                pacts.remove(e.pactId());
            } else {
                pacts.put(e.pactId(), link);
            }
        });
    }

    @EventHandler
    void on(ActivityCorrectedEvent e, @Timestamp Instant recordedAt, MetaData metaData) {
        ObjectNode correction = recorded(e, recordedAt, metaData);
        views.put(Paths.correction(e.activityId(), e.correctionId()), correction);
        views.update(Paths.activity(e.activityId()), activity -> {
            for (String field : ACTIVITY_FIELDS) {
                JsonNode value = correction.get(field);
                if (value != null && !value.isNull()) {
                    activity.set(field, value);
                }
            }
            ObjectNode note = list(activity, "corrections").addObject();
            note.put("correctionId", e.correctionId());
            note.put("reason", e.reason());
            note.put("recordedAt", recordedAt.toString());
        });
    }

    /** The list of notes under {@code field}, created on the first change (views stored before had none). */
    static ArrayNode list(ObjectNode resource, String field) {
        JsonNode existing = resource.get(field);
        return existing instanceof ArrayNode array ? array : resource.putArray(field);
    }
}
