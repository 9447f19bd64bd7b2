package co.pactos.events.goals;

import co.pactos.events.EventType;
import co.pactos.events.PactosEvent;
import co.pactos.events.ValidTime;
import java.math.BigDecimal;

/**
 * The programmed value of a goal for one fiscal year was revised (e.g. in the yearly action plan); it replaces the value
 * of {@link AnnualTargetSetEvent} or of an earlier revision from the instant it is recorded. {@code legalAct} may be null.
 */
@EventType(name = "co.pactos.goals.AnnualTargetRevised", revision = 1)
public record AnnualTargetRevisedEvent(
        String goalId,
        int year,
        String revisionId,
        BigDecimal value,
        String reason,
        String legalAct) implements PactosEvent {

    @Override
    public String aggregateId() {
        return goalId;
    }

    @Override
    public ValidTime validTime() {
        return ValidTime.fiscalYear(year);
    }
}
