package co.pactos.events.investments;

import co.pactos.events.EventType;
import co.pactos.events.PactosEvent;
import co.pactos.events.ValidTime;

/** A programme or fund (e.g. ValleINN) run by a dependency was declared. */
@EventType(name = "co.pactos.investments.ProgrammeDeclared", revision = 1)
public record ProgrammeDeclaredEvent(String programmeId, String name, String dependency) implements PactosEvent {

    @Override
    public String aggregateId() {
        return programmeId;
    }

    @Override
    public ValidTime validTime() {
        return ValidTime.ALWAYS;
    }
}
