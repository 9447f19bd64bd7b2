package co.pactos.investments.investment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes the money committed by {@code amount} pesos; negative for a reduction. */
public record AdjustInvestmentCommand(@TargetAggregateIdentifier String investmentId, String adjustmentId, LocalDate date,
                                      long amount, String reason) {
}
