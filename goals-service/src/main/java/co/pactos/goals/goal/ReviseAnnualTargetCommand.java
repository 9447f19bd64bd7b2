package co.pactos.goals.goal;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revise the target of a year that has one, saying why; {@code legalAct} may be null. */
public record ReviseAnnualTargetCommand(@TargetAggregateIdentifier String goalId, int year, String revisionId, BigDecimal value,
                                        String reason, String legalAct) {
}
