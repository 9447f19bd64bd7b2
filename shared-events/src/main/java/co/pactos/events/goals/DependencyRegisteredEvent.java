package co.pactos.events.goals;

import co.pactos.events.EventType;
import co.pactos.events.PactosEvent;
import co.pactos.events.ValidTime;

/** A unit of government (secretariat, administrative department, sub-directorate) was registered. */
@EventType(name = "co.pactos.goals.DependencyRegistered", revision = 1)
public record DependencyRegisteredEvent(String code, String name, String parentCode) implements PactosEvent {

    @Override
    public String aggregateId() {
        return code;
    }

    @Override
    public ValidTime validTime() {
        return ValidTime.ALWAYS;
    }
}
