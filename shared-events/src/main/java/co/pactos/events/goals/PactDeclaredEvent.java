package co.pactos.events.goals;

import co.pactos.events.EventType;
import co.pactos.events.PactosEvent;
import co.pactos.events.ValidTime;

/** A pact (a commitment to one population or policy) was declared within a plan. */
@EventType(name = "co.pactos.goals.PactDeclared", revision = 1)
public record PactDeclaredEvent(String pactId, String planId, String name, String description) implements PactosEvent {

    @Override
    public String aggregateId() {
        return pactId;
    }

    @Override
    public ValidTime validTime() {
        return ValidTime.ALWAYS;
    }
}
