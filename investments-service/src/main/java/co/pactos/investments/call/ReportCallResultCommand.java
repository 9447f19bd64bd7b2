package co.pactos.investments.call;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReportCallResultCommand(@TargetAggregateIdentifier String callId, String resultId, LocalDate date,
                                      long ventures, long jobs) {
}
