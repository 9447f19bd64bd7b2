package co.pactos.investments.investment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ExecuteInvestmentCommand(@TargetAggregateIdentifier String investmentId, String executionId, LocalDate date,
                                       long amount) {
}
