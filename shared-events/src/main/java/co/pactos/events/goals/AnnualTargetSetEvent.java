package co.pactos.events.goals;

import co.pactos.events.EventType;
import co.pactos.events.PactosEvent;
import co.pactos.events.ValidTime;
import java.math.BigDecimal;

/** The programmed value of a goal for one fiscal year. A year without this event is "NP" (not programmed). */
@EventType(name = "co.pactos.goals.AnnualTargetSet", revision = 1)
public record AnnualTargetSetEvent(String goalId, int year, BigDecimal value) implements PactosEvent {

    @Override
    public String aggregateId() {
        return goalId;
    }

    @Override
    public ValidTime validTime() {
        return ValidTime.fiscalYear(year);
    }
}
