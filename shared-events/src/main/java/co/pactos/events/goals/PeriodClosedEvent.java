package co.pactos.events.goals;

import co.pactos.events.EventType;
import co.pactos.events.PactosEvent;
import co.pactos.events.ValidTime;
import java.time.LocalDate;

/**
 * Planeación closed a period of a plan for entry: {@code period} is a year ({@code 2022}) or a cut-off date
 * ({@code 2022-06-30}); {@code from} and {@code to} are the dates it closes (a year: 1 January to 31 December; a cut-off:
 * 1 January of its year to the cut-off date). From then on a write whose valid date falls within them is refused by both
 * command services until a {@link PeriodReopenedEvent}. {@code reason} may be null.
 */
@EventType(name = "co.pactos.goals.PeriodClosed", revision = 1)
public record PeriodClosedEvent(
        String planId,
        String period,
        LocalDate from,
        LocalDate to,
        String reason) implements PactosEvent {

    @Override
    public String aggregateId() {
        return planId;
    }

    @Override
    public ValidTime validTime() {
        return ValidTime.between(from, to);
    }
}
