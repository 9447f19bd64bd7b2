package co.pactos.goals.activity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import co.pactos.events.goals.ActivityRecordedEvent;
import co.pactos.events.goals.Beneficiaries;
import co.pactos.goals.catalog.Catalog;
import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.domain.RuleViolation;
import co.pactos.kit.domain.Rules;
import co.pactos.kit.domain.UnknownReference;
import co.pactos.kit.municipality.Municipalities;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Something a dependency did, for whom, where and on what, with the pacts and goals of one plan it
 * serves, or all pacts. Recorded once.
 */
@Aggregate
public class ActivityAggregate {

    /** A pact or goal the activity names, and the plan it belongs to. */
    private record Served(String field, String kind, String id, String planId) {
    }

    @AggregateIdentifier
    private String activityId;
    private ActivityRecordedEvent recording;

    protected ActivityAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordActivityCommand c, Catalog catalog, Municipalities municipalities) {
        noMissingEntries(c);
        ActivityRecordedEvent recorded = new ActivityRecordedEvent(c.activityId(), c.dependency(), c.title(),
                c.description(), c.startDate(), c.endDate(), c.pacts(), c.allPacts(), c.goals(), c.beneficiaries(),
                c.municipalities(), c.topics());
        if (recording != null) {
            if (!recording.equals(recorded)) {
                throw ConflictingWrite.differentBody("activity", activityId);
            }
            return;
        }
        if (!catalog.dependencyExists(c.dependency())) {
            throw new UnknownReference("dependency", "dependency", c.dependency());
        }
        Rules.ordered("startDate", c.startDate(), "endDate", c.endDate());
        if (recorded.allPacts() && !recorded.pacts().isEmpty()) {
            throw new RuleViolation("pacts", "must be left out when allPacts is true");
        }
        if (!recorded.allPacts() && recorded.pacts().isEmpty() && recorded.goals().isEmpty()) {
            throw new RuleViolation("pacts", "an activity must serve pacts, goals, or all pacts (allPacts: true)");
        }
        onePlan(served(recorded, catalog));
        List<Beneficiaries> beneficiaries = recorded.beneficiaries();
        for (int i = 0; i < beneficiaries.size(); i++) {
            Beneficiaries b = beneficiaries.get(i);
            if (b.group() == null || b.group().isBlank()) {
                throw new RuleViolation("beneficiaries[" + i + "].group", "must name the group of people reached");
            }
            if (b.count() <= 0) {
                throw new RuleViolation("beneficiaries[" + i + "].count", "must be a positive number of people, was " + b.count());
            }
        }
        municipalities.check("municipalities", recorded.municipalities());
        List<String> topics = recorded.topics();
        for (int i = 0; i < topics.size(); i++) {
            if (topics.get(i).isBlank()) {
                throw new RuleViolation("topics[" + i + "]", "must not be blank");
            }
        }
        apply(recorded);
    }

    /** The event does not take null entries in its lists: they are rejected here, naming the entry. */
    private static void noMissingEntries(RecordActivityCommand c) {
        noMissingEntry("pacts", c.pacts());
        noMissingEntry("goals", c.goals());
        noMissingEntry("beneficiaries", c.beneficiaries());
        noMissingEntry("municipalities", c.municipalities());
        noMissingEntry("topics", c.topics());
    }

    private static void noMissingEntry(String field, List<?> entries) {
        if (entries == null) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == null) {
                throw new RuleViolation(field + "[" + i + "]", "must not be null");
            }
        }
    }

    /** The pacts, then the goals, the activity names, each with its plan; unknown or repeated ones are rejected. */
    private static List<Served> served(ActivityRecordedEvent recorded, Catalog catalog) {
        List<Served> served = new ArrayList<>();
        for (String pactId : distinct("pacts", "pact", recorded.pacts())) {
            String planId = catalog.planOfPact(pactId).orElseThrow(() -> new UnknownReference("pacts", "pact", pactId));
            served.add(new Served("pacts", "pact", pactId, planId));
        }
        for (String goalId : distinct("goals", "goal", recorded.goals())) {
            String planId = catalog.planOfGoal(goalId).orElseThrow(() -> new UnknownReference("goals", "goal", goalId));
            served.add(new Served("goals", "goal", goalId, planId));
        }
        return served;
    }

    private static List<String> distinct(String field, String kind, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new RuleViolation(field, "lists " + kind + " '" + id + "' more than once");
            }
        }
        return ids;
    }

    private static void onePlan(List<Served> served) {
        if (served.isEmpty()) {
            return;
        }
        Served first = served.get(0);
        for (Served other : served) {
            if (!other.planId().equals(first.planId())) {
                throw new RuleViolation(other.field(), other.kind() + " '" + other.id() + "' belongs to plan '" + other.planId()
                        + "', and " + first.kind() + " '" + first.id() + "' to plan '" + first.planId()
                        + "'; an activity serves the pacts and goals of one plan");
            }
        }
    }

    @EventSourcingHandler
    void on(ActivityRecordedEvent event) {
        activityId = event.activityId();
        recording = event;
    }
}
