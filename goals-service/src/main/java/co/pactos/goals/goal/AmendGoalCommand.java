package co.pactos.goals.goal;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Amend a goal of the plan: only the fields that change are set; {@code legalAct} may be null. */
public record AmendGoalCommand(@TargetAggregateIdentifier String goalId, String amendmentId, String reason, String legalAct,
                               String statement, String indicator, String unit, BigDecimal baseline, BigDecimal target,
                               String dependency) {
}
