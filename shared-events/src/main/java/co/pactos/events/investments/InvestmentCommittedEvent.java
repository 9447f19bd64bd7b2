package co.pactos.events.investments;

import co.pactos.events.EventType;
import co.pactos.events.PactosEvent;
import co.pactos.events.ValidTime;
import java.time.LocalDate;
import java.util.List;

/**
 * Money (whole Colombian pesos) was committed in a fiscal year for an activity, a call, goals,
 * pacts, or all pacts.
 * {@code planId} (revision 2) is the plan whose pacts it serves; null only in revision-1 records, which did not say.
 */
@EventType(name = "co.pactos.investments.InvestmentCommitted", revision = 2)
public record InvestmentCommittedEvent(
        String investmentId,
        String planId,
        String dependency,
        long amount,
        int fiscalYear,
        LocalDate date,
        String activityId,
        String callId,
        List<String> goals,
        List<String> pacts,
        boolean allPacts,
        String fundingSource) implements PactosEvent {

    public InvestmentCommittedEvent {
        goals = goals == null ? List.of() : List.copyOf(goals);
        pacts = pacts == null ? List.of() : List.copyOf(pacts);
    }

    @Override
    public String aggregateId() {
        return investmentId;
    }

    @Override
    public ValidTime validTime() {
        return ValidTime.on(date);
    }
}
