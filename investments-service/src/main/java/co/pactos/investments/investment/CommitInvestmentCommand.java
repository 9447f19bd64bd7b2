package co.pactos.investments.investment;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CommitInvestmentCommand(@TargetAggregateIdentifier String investmentId, String dependency, long amount,
                                      int fiscalYear, LocalDate date, String activityId, String callId,
                                      List<String> goals, List<String> pacts, boolean allPacts, String fundingSource,
                                      String planId) {
}
