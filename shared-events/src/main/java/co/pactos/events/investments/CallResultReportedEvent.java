package co.pactos.events.investments;

import co.pactos.events.EventType;
import co.pactos.events.PactosEvent;
import co.pactos.events.ValidTime;
import java.time.LocalDate;

/** What a call achieved, as reported on a date: ventures (emprendimientos) benefited and jobs generated. */
@EventType(name = "co.pactos.investments.CallResultReported", revision = 1)
public record CallResultReportedEvent(String callId, String resultId, LocalDate date, long ventures, long jobs)
        implements PactosEvent {

    @Override
    public String aggregateId() {
        return callId;
    }

    @Override
    public ValidTime validTime() {
        return ValidTime.on(date);
    }
}
