package co.pactos.goals.goal;

import co.pactos.events.goals.Accumulation;
import co.pactos.events.goals.GoalKind;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeclareGoalCommand(@TargetAggregateIdentifier String goalId, String planId, String code, String statement,
                                 String indicator, String unit, GoalKind kind, Accumulation accumulation,
                                 BigDecimal baseline, BigDecimal target, String dependency) {
}
