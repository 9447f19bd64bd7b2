package co.pactos.goals.activity;

import co.pactos.events.goals.Beneficiaries;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordActivityCommand(@TargetAggregateIdentifier String activityId, String planId, String dependency, String title,
                                    String description, LocalDate startDate, LocalDate endDate, List<String> pacts,
                                    boolean allPacts, List<String> goals, List<Beneficiaries> beneficiaries,
                                    List<String> municipalities, List<String> topics) {
}
