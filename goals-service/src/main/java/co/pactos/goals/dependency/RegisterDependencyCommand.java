package co.pactos.goals.dependency;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterDependencyCommand(@TargetAggregateIdentifier String code, String name, String parentCode) {
}
