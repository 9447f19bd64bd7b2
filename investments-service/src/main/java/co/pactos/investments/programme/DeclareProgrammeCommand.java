package co.pactos.investments.programme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeclareProgrammeCommand(@TargetAggregateIdentifier String programmeId, String name, String dependency) {
}
