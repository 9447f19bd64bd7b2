package co.pactos.goals.goal;

import co.pactos.events.goals.LinkType;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change how a goal serves a pact; {@code link} null ends the link (the API's NONE). {@code legalAct} may be null. */
public record ChangeGoalLinkCommand(@TargetAggregateIdentifier String goalId, String pactId, String changeId, LinkType link,
                                    String reason, String legalAct) {
}
