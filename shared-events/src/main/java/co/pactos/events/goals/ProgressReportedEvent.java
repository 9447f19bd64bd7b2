package co.pactos.events.goals;

import co.pactos.events.EventType;
import co.pactos.events.PactosEvent;
import co.pactos.events.ValidTime;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The indicator of a goal as measured on the effective date. When {@code corrects} names an earlier
 * report of the same goal, this report replaces it, for the {@code reason} given.
 */
@EventType(name = "co.pactos.goals.ProgressReported", revision = 1)
public record ProgressReportedEvent(
        String goalId,
        String reportId,
        LocalDate effectiveDate,
        BigDecimal value,
        String note,
        String corrects,
        String reason) implements PactosEvent {

    @Override
    public String aggregateId() {
        return goalId;
    }

    @Override
    public ValidTime validTime() {
        return ValidTime.on(effectiveDate);
    }
}
