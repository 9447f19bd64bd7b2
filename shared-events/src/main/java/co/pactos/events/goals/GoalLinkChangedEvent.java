package co.pactos.events.goals;

import co.pactos.events.EventType;
import co.pactos.events.PactosEvent;
import co.pactos.events.ValidTime;

/**
 * How a goal serves a pact was changed by Planeación: {@code link} is the new link (DIRECT or INDIRECT), or null when the
 * link ended (the API's {@code NONE}): from the instant it is recorded the goal no longer counts for the pact. A goal that
 * did not serve the pact may be linked this way too. {@code legalAct} may be null.
 */
@EventType(name = "co.pactos.goals.GoalLinkChanged", revision = 1)
public record GoalLinkChangedEvent(
        String goalId,
        String pactId,
        String changeId,
        LinkType link,
        String reason,
        String legalAct) implements PactosEvent {

    /** The link ended: the goal no longer serves the pact. */
    public boolean ended() {
        return link == null;
    }

    @Override
    public String aggregateId() {
        return goalId;
    }

    @Override
    public ValidTime validTime() {
        return ValidTime.ALWAYS;
    }
}
