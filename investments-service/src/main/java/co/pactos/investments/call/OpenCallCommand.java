package co.pactos.investments.call;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OpenCallCommand(@TargetAggregateIdentifier String callId, String programmeId, String name, String description,
                              int fiscalYear, List<String> municipalities) {
}
