package co.pactos.events.goals;

import co.pactos.events.EventType;
import co.pactos.events.PactosEvent;
import co.pactos.events.ValidTime;
import java.time.LocalDate;
import java.util.List;

/**
 * Something a dependency did (a training, support to elections, a platform) was recorded: when,
 * for whom ({@code beneficiaries}), where ({@code municipalities}, DIVIPOLA codes), on which
 * {@code topics}, and the goals and pacts it serves, or all pacts. {@code endDate} is null while it
 * goes on.
 * {@code planId} (revision 2) is the plan whose pacts it serves; null only in revision-1 records, which did not say.
 */
@EventType(name = "co.pactos.goals.ActivityRecorded", revision = 2)
public record ActivityRecordedEvent(
        String activityId,
        String planId,
        String dependency,
        String title,
        String description,
        LocalDate startDate,
        LocalDate endDate,
        List<String> pacts,
        boolean allPacts,
        List<String> goals,
        List<Beneficiaries> beneficiaries,
        List<String> municipalities,
        List<String> topics) implements PactosEvent {

    public ActivityRecordedEvent {
        pacts = pacts == null ? List.of() : List.copyOf(pacts);
        goals = goals == null ? List.of() : List.copyOf(goals);
        beneficiaries = beneficiaries == null ? List.of() : List.copyOf(beneficiaries);
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    @Override
    public String aggregateId() {
        return activityId;
    }

    @Override
    public ValidTime validTime() {
        return ValidTime.between(startDate, endDate);
    }
}
