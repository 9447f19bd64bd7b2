package co.pactos.events.goals;

import co.pactos.events.EventType;
import co.pactos.events.PactosEvent;
import co.pactos.events.ValidTime;
import java.time.LocalDate;

/** A development plan was declared: its name, territory (DANE code) and period. */
@EventType(name = "co.pactos.goals.PlanDeclared", revision = 1)
public record PlanDeclaredEvent(String planId, String name, String territoryCode, LocalDate startDate, LocalDate endDate)
        implements PactosEvent {

    @Override
    public String aggregateId() {
        return planId;
    }

    @Override
    public ValidTime validTime() {
        return ValidTime.between(startDate, endDate);
    }
}
