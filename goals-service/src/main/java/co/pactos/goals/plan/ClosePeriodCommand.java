package co.pactos.goals.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close a year or cut-off of a plan for entry; {@code reason} may be null. */
public record ClosePeriodCommand(@TargetAggregateIdentifier String planId, String period, String reason) {
}
