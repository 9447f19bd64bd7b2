package co.pactos.goals.activity;

import co.pactos.events.goals.Beneficiaries;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Correct what was recorded of an activity, saying why: only the fields that change are set; a list replaces the whole list. */
public record CorrectActivityCommand(@TargetAggregateIdentifier String activityId, String correctionId, String reason, String title,
                                     String description, LocalDate startDate, LocalDate endDate, List<Beneficiaries> beneficiaries,
                                     List<String> municipalities, List<String> topics) {
}
