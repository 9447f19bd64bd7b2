package co.pactos.events.goals;

import co.pactos.events.EventType;
import co.pactos.events.PactosEvent;
import co.pactos.events.ValidTime;
import java.time.LocalDate;
import java.util.List;

/**
 * A dependency corrected what it had recorded of an activity (beneficiaries, municipalities, dates...). Only the fields
 * that change are set; a null field (or list) keeps its value; a list, when set, replaces the whole list. {@code reason}
 * says why. From the instant it is recorded, reports use the corrected activity.
 * {@code startDate} and {@code endDate} here are the activity's dates after the correction (both filled in by the
 * aggregate, whether or not they changed), so that the event's valid time is the corrected activity's period.
 */
@EventType(name = "co.pactos.goals.ActivityCorrected", revision = 1)
public record ActivityCorrectedEvent(
        String activityId,
        String correctionId,
        String reason,
        String title,
        String description,
        LocalDate startDate,
        LocalDate endDate,
        List<Beneficiaries> beneficiaries,
        List<String> municipalities,
        List<String> topics) implements PactosEvent {

    public ActivityCorrectedEvent {
        beneficiaries = beneficiaries == null ? null : List.copyOf(beneficiaries);
        municipalities = municipalities == null ? null : List.copyOf(municipalities);
        topics = topics == null ? null : List.copyOf(topics);
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
