package co.pactos.events.goals;

import co.pactos.events.EventType;
import co.pactos.events.PactosEvent;
import co.pactos.events.ValidTime;
import java.math.BigDecimal;

/** A goal of the plan was declared with its indicator, baseline, four-year target and coordinating dependency. */
@EventType(name = "co.pactos.goals.GoalDeclared", revision = 1)
public record GoalDeclaredEvent(
        String goalId,
        String planId,
        String code,
        String statement,
        String indicator,
        String unit,
        GoalKind kind,
        Accumulation accumulation,
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
