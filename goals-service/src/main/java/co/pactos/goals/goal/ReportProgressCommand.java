package co.pactos.goals.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReportProgressCommand(@TargetAggregateIdentifier String goalId, String reportId, LocalDate effectiveDate,
                                    BigDecimal value, String note, String corrects, String reason) {
}
