package co.pactos.goals.plan;

import co.pactos.kit.security.Identity;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Reopen a closed period of a plan, saying why; until {@code until} when it is set. {@code caller} is who asks: only
 * Planeación may.
 */
public record ReopenPeriodCommand(@TargetAggregateIdentifier String planId, String period, String reopeningId, String reason,
                                  Instant until, Identity caller) {
}
