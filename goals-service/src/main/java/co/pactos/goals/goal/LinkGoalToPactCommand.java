package co.pactos.goals.goal;

import co.pactos.events.goals.LinkType;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record LinkGoalToPactCommand(@TargetAggregateIdentifier String goalId, String pactId, LinkType link) {
}
