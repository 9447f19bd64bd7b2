package co.pactos.events.goals;

import co.pactos.events.EventType;
import co.pactos.events.PactosEvent;
import co.pactos.events.ValidTime;
import java.time.LocalDate;

/**
 * Planeación closed a period of a plan for entry: {@code period} is a year ({@code 2022}) or a cut-off date
 * ({@code 2022-06-30}); {@code from} and {@code to} are the dates it closes, those the period's report counts (a year:
 * 1 January to 31 December; a cut-off: the plan's start date to the cut-off date, so that nothing the cut-off's report
 * shows, earlier years included, can change while it is closed). From then on a write whose valid dates fall within
 * them is refused by both command services until a {@link PeriodReopenedEvent}. {@code reason} may be null. Consumers
 * take the window from {@code from} and {@code to}, never recompute it from {@code period}.
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
