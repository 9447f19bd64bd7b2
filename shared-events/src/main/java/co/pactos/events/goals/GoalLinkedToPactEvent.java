package co.pactos.events.goals;

import co.pactos.events.EventType;
import co.pactos.events.PactosEvent;
import co.pactos.events.ValidTime;

/** A goal now serves a pact, directly or indirectly. */
@EventType(name = "co.pactos.goals.GoalLinkedToPact", revision = 1)
public record GoalLinkedToPactEvent(String goalId, String pactId, LinkType link) implements PactosEvent {

    @Override
    public String aggregateId() {
        return goalId;
    }

    @Override
    public ValidTime validTime() {
        return ValidTime.ALWAYS;
    }
}
