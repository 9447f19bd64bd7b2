package co.pactos.events.investments;

import co.pactos.events.EventType;
import co.pactos.events.PactosEvent;
import co.pactos.events.ValidTime;
import java.time.LocalDate;

/**
 * The money committed to an investment changed by {@code amount} whole pesos (negative for a
 * reduction, as in IATI), for the {@code reason} given. Nothing earlier is overwritten.
 */
@EventType(name = "co.pactos.investments.InvestmentAdjusted", revision = 1)
public record InvestmentAdjustedEvent(String investmentId, String adjustmentId, LocalDate date, long amount, String reason)
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
