package co.pactos.goals.goal;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SetAnnualTargetCommand(@TargetAggregateIdentifier String goalId, int year, BigDecimal value) {
}
