package co.pactos.goals.plan;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reopen a closed period of a plan, saying why; until {@code until} when it is set. */
public record ReopenPeriodCommand(@TargetAggregateIdentifier String planId, String period, String reopeningId, String reason,
                                  Instant until) {
}
