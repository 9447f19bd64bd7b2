package co.pactos.goals.pact;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeclarePactCommand(@TargetAggregateIdentifier String pactId, String planId, String name, String description) {
}
