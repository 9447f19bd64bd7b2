package co.pactos.events.goals;

import co.pactos.events.EventType;
import co.pactos.events.PactosEvent;
import co.pactos.events.ValidTime;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Planeación reopened a closed period of a plan, saying why: writes in {@code from}..{@code to} are taken again, until
 * {@code until} when it is set (then the period is closed again without a new event), or until the period is closed anew.
 */
@EventType(name = "co.pactos.goals.PeriodReopened", revision = 1)
public record PeriodReopenedEvent(
        String planId,
        String period,
        String reopeningId,
        LocalDate from,
        LocalDate to,
        String reason,
        Instant until) implements PactosEvent {

    /** Whether the reopening still holds at {@code instant}. */
    public boolean openAt(Instant instant) {
        return until == null || instant.isBefore(until);
    }

    @Override
    public String aggregateId() {
        return planId;
    }

    @Override
    public ValidTime validTime() {
        return ValidTime.between(from, to);
    }
}
