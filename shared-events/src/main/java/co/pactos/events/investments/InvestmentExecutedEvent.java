package co.pactos.events.investments;

import co.pactos.events.EventType;
import co.pactos.events.PactosEvent;
import co.pactos.events.ValidTime;
import java.time.LocalDate;

/** Part of an investment's committed money (whole pesos) was executed (obligated) on a date. */
@EventType(name = "co.pactos.investments.InvestmentExecuted", revision = 1)
public record InvestmentExecutedEvent(String investmentId, String executionId, LocalDate date, long amount)
        implements PactosEvent {

    @Override
    public String aggregateId() {
        return investmentId;
    }

    @Override
    public ValidTime validTime() {
        return ValidTime.on(date);
    }
}
