package co.pactos.goals.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeclarePlanCommand(@TargetAggregateIdentifier String planId, String name, String territoryCode,
                                 LocalDate startDate, LocalDate endDate) {
}
