package co.pactos.events.investments;

import co.pactos.events.EventType;
import co.pactos.events.PactosEvent;
import co.pactos.events.ValidTime;
import java.util.List;

/**
 * A call (convocatoria) of a programme was opened for a fiscal year, for the municipalities named
 * (DIVIPOLA codes; empty when the call does not name them).
 */
@EventType(name = "co.pactos.investments.CallOpened", revision = 1)
public record CallOpenedEvent(String callId, String programmeId, String name, String description, int fiscalYear,
                              List<String> municipalities) implements PactosEvent {

    public CallOpenedEvent {
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
    }

    @Override
    public String aggregateId() {
        return callId;
    }

    @Override
    public ValidTime validTime() {
        return ValidTime.fiscalYear(fiscalYear);
    }
}
