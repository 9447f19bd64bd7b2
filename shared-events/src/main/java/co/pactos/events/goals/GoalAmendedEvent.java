package co.pactos.events.goals;

import co.pactos.events.EventType;
import co.pactos.events.PactosEvent;
import co.pactos.events.ValidTime;
import java.math.BigDecimal;

/**
 * Planeación amended a goal of the plan, e.g. an indicator reworded by ordinance or the goal moved to another
 * secretariat. Only the fields that change are set; a null field keeps its value. {@code reason} says why;
 * {@code legalAct} names the ordinance or decree (number and date) when there is one, else null. From the instant it is
 * recorded, reports use the amended goal; a report {@code asOf} an earlier instant shows the goal as it was.
 */
@EventType(name = "co.pactos.goals.GoalAmended", revision = 1)
public record GoalAmendedEvent(
        String goalId,
        String amendmentId,
        String reason,
        String legalAct,
        String statement,
        String indicator,
        String unit,
        BigDecimal baseline,
        BigDecimal target,
        String dependency) implements PactosEvent {

    @Override
    public String aggregateId() {
        return goalId;
    }

    @Override
    public ValidTime validTime() {
        return ValidTime.ALWAYS;
    }
}
