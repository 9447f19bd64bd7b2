package co.pactos.goals.plan;

import co.pactos.kit.security.Identity;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close a year or cut-off of a plan for entry; {@code reason} may be null. {@code caller} is who asks: only Planeación may. */
public record ClosePeriodCommand(@TargetAggregateIdentifier String planId, String period, String reason, Identity caller) {
}
