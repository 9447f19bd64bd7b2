package co.pactos.goals.activity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import co.pactos.events.goals.ActivityCorrectedEvent;
import co.pactos.events.goals.ActivityRecordedEvent;
import co.pactos.events.goals.Beneficiaries;
import co.pactos.goals.Reasons;
import co.pactos.goals.catalog.Catalog;
import co.pactos.goals.catalog.PeriodClosedWrite;
import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.domain.RuleViolation;
import co.pactos.kit.domain.Rules;
import co.pactos.kit.domain.UnknownReference;
import co.pactos.kit.municipality.Municipalities;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Something a dependency did, for whom, where and on what, with the pacts and goals of one plan it
 * serves, or all pacts. Recorded once; corrected by corrections that say why. Reports count an activity over its whole
 * span (start to end, or from its start on while it has no end), so an activity whose span overlaps a closed period of
 * its plan is refused, and so is a correction when the activity's span before or after it overlaps one. An activity of
 * revision 1, which names no plan, is checked against the closed periods of every plan.
 */
@Aggregate
public class ActivityAggregate {

    /** An activity's dates; {@code end} null while it goes on. */
    private record Span(LocalDate start, LocalDate end) {
    }

    /** A pact or goal the activity names, and the plan it belongs to. */
    private record Served(String field, String kind, String id, String planId) {
    }

    @AggregateIdentifier
    private String activityId;
    private ActivityRecordedEvent recording;
    /** The activity as corrected: the recording with each correction's fields in place. */
    private ActivityRecordedEvent current;
    private final Map<String, ActivityCorrectedEvent> corrections = new HashMap<>();
    /** The activity's dates before each correction, by correction id: what a correction sent again is read against. */
    private final Map<String, Span> beforeCorrection = new HashMap<>();

    protected ActivityAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordActivityCommand c, Catalog catalog, Municipalities municipalities) {
        noMissingEntries(c);
        ActivityRecordedEvent asked = new ActivityRecordedEvent(c.activityId(), c.planId(), c.dependency(), c.title(),
                c.description(), c.startDate(), c.endDate(), c.pacts(), c.allPacts(), c.goals(), c.beneficiaries(),
                c.municipalities(), c.topics());
        if (recording != null) {
            // a revision-1 recording did not name its plan; the plan then is not part of what is compared
            boolean same = recording.planId() == null ? sameButPlan(recording, asked)
                    : recording.equals(withPlan(asked, c.planId() == null ? recording.planId() : c.planId()));
            if (!same) {
                throw ConflictingWrite.differentBody("activity", activityId);
            }
            return;
        }
        if (!catalog.dependencyExists(c.dependency())) {
            throw new UnknownReference("dependency", "dependency", c.dependency());
        }
        Rules.ordered("startDate", c.startDate(), "endDate", c.endDate());
        if (asked.allPacts() && !asked.pacts().isEmpty()) {
            throw new RuleViolation("pacts", "must be left out when allPacts is true");
        }
        if (!asked.allPacts() && asked.pacts().isEmpty() && asked.goals().isEmpty()) {
            throw new RuleViolation("pacts", "an activity must serve pacts, goals, or all pacts (allPacts: true)");
        }
        ActivityRecordedEvent recorded = withPlan(asked, plan(c, served(asked, catalog), catalog));
        checkContents(recorded.beneficiaries(), recorded.municipalities(), recorded.topics(), municipalities);
        refuseIfClosed(recorded.planId(), recorded.startDate(), recorded.endDate(), catalog,
                "part of an activity running " + span(recorded.startDate(), recorded.endDate()));
        apply(recorded);
    }

    @CommandHandler
    public void handle(CorrectActivityCommand c, Catalog catalog, Municipalities municipalities) {
        noMissingEntry("beneficiaries", c.beneficiaries());
        noMissingEntry("municipalities", c.municipalities());
        noMissingEntry("topics", c.topics());
        LocalDate start = c.startDate() != null ? c.startDate() : current.startDate();
        LocalDate end = c.endDate() != null ? c.endDate() : current.endDate();
        ActivityCorrectedEvent corrected = new ActivityCorrectedEvent(activityId, c.correctionId(), c.reason(), c.title(),
                c.description(), start, end, c.beneficiaries(), c.municipalities(), c.topics());
        ActivityCorrectedEvent existing = corrections.get(c.correctionId());
        if (existing != null) {
            if (!existing.equals(asked(c, beforeCorrection.get(c.correctionId())))) {
                throw ConflictingWrite.differentBody("correction", c.correctionId());
            }
            return;
        }
        Reasons.require(c.reason(), "the activity is corrected");
        if (!ActivityCorrections.changesSomething(current, corrected)) {
            throw new RuleViolation("body", "a correction must change at least one of title, description, startDate, endDate,"
                    + " beneficiaries, municipalities or topics to a value other than the activity's current one");
        }
        if (c.title() != null && c.title().isBlank()) {
            throw new RuleViolation("title", "must not be blank");
        }
        Rules.ordered("startDate", start, "endDate", end);
        checkContents(orEmpty(c.beneficiaries()), orEmpty(c.municipalities()), orEmpty(c.topics()), municipalities);
        // the activity's span as it stands and as corrected: neither may overlap a closed period
        refuseIfClosed(current.planId(), current.startDate(), current.endDate(), catalog,
                "part of the activity as it stands (" + span(current.startDate(), current.endDate()) + ")");
        refuseIfClosed(current.planId(), start, end, catalog, "part of the activity as corrected (" + span(start, end) + ")");
        apply(corrected);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /**
     * The event a correction's body would have recorded against the activity as it stood before that correction: the
     * whole body is compared with what was recorded, dates left out included (the event holds the dates after the
     * correction, so a date left out stands for the date the activity had then).
     */
    private ActivityCorrectedEvent asked(CorrectActivityCommand c, Span before) {
        return new ActivityCorrectedEvent(activityId, c.correctionId(), c.reason(), c.title(), c.description(),
                c.startDate() != null ? c.startDate() : before.start(), c.endDate() != null ? c.endDate() : before.end(),
                c.beneficiaries(), c.municipalities(), c.topics());
    }

    private static void checkContents(List<Beneficiaries> beneficiaries, List<String> places, List<String> topics,
                                      Municipalities municipalities) {
        for (int i = 0; i < beneficiaries.size(); i++) {
            Beneficiaries b = beneficiaries.get(i);
            if (b.group() == null || b.group().isBlank()) {
                throw new RuleViolation("beneficiaries[" + i + "].group", "must name the group of people reached");
            }
            if (b.count() <= 0) {
                throw new RuleViolation("beneficiaries[" + i + "].count", "must be a positive number of people, was " + b.count());
            }
        }
        municipalities.check("municipalities", places);
        for (int i = 0; i < topics.size(); i++) {
            if (topics.get(i).isBlank()) {
                throw new RuleViolation("topics[" + i + "]", "must not be blank");
            }
        }
    }

    /**
     * Refuses when the span {@code start}..{@code end} (from {@code start} on, with no end) overlaps a period closed now,
     * naming startDate when the start falls in it, else endDate.
     */
    private static void refuseIfClosed(String planId, LocalDate start, LocalDate end, Catalog catalog, String what) {
        PeriodClosedWrite.closure(catalog, planId, start, end == null ? LocalDate.MAX : end, GenericEventMessage.clock.instant())
                .ifPresent(closure -> {
                    throw new PeriodClosedWrite(closure.overlaps(start, start) ? "startDate" : "endDate", what, closure);
                });
    }

    private static String span(LocalDate start, LocalDate end) {
        return end == null ? "from " + start + " on, with no end date" : start + " to " + end;
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

    /** The one plan the activity serves: the one named, which the pacts and goals named must belong to. */
    private static String plan(RecordActivityCommand c, List<Served> served, Catalog catalog) {
        if (c.planId() != null && catalog.plan(c.planId()).isEmpty()) {
            throw new UnknownReference("planId", "plan", c.planId());
        }
        if (served.isEmpty()) {
            if (c.planId() == null) {
                throw new RuleViolation("planId", "is required with allPacts: true (all the pacts of which plan?)");
            }
            return c.planId();
        }
        onePlan(served);
        String planId = served.get(0).planId();
        if (c.planId() != null && !c.planId().equals(planId)) {
            throw new RuleViolation("planId", "is '" + c.planId() + "', but the pacts and goals named belong to plan '" + planId + "'");
        }
        return planId;
    }

    private static ActivityRecordedEvent withPlan(ActivityRecordedEvent e, String planId) {
        return new ActivityRecordedEvent(e.activityId(), planId, e.dependency(), e.title(), e.description(), e.startDate(),
                e.endDate(), e.pacts(), e.allPacts(), e.goals(), e.beneficiaries(), e.municipalities(), e.topics());
    }

    private static boolean sameButPlan(ActivityRecordedEvent recording, ActivityRecordedEvent asked) {
        return recording.equals(withPlan(asked, null));
    }

    private static void onePlan(List<Served> served) {
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
        current = event;
    }

    @EventSourcingHandler
    void on(ActivityCorrectedEvent event) {
        corrections.put(event.correctionId(), event);
        beforeCorrection.put(event.correctionId(), new Span(current.startDate(), current.endDate()));
        current = ActivityCorrections.apply(current, event);
    }
}
