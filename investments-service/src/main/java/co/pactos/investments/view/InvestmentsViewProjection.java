package co.pactos.investments.view;

import co.pactos.events.investments.CallOpenedEvent;
import co.pactos.events.investments.CallResultReportedEvent;
import co.pactos.events.investments.InvestmentAdjustedEvent;
import co.pactos.events.investments.InvestmentCommittedEvent;
import co.pactos.events.investments.InvestmentExecutedEvent;
import co.pactos.events.investments.ProgrammeDeclaredEvent;
import co.pactos.kit.web.ResourceViews;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * The current state of each resource, as GET answers it. Runs in the command's transaction
 * (a subscribing processor), so a PUT answers with what it stored and aggregates can consult it.
 * An investment's view adds {@code committed} (amount plus adjustments) and {@code executed}
 * (sum of executions) to its commitment.
 */
@Component
@ProcessingGroup("views")
public class InvestmentsViewProjection {

    private final ResourceViews views;

    public InvestmentsViewProjection(ResourceViews views) {
        this.views = views;
    }

    @EventHandler
    void on(ProgrammeDeclaredEvent e) {
        views.put(Paths.programme(e.programmeId()), e);
    }

    @EventHandler
    void on(CallOpenedEvent e) {
        views.put(Paths.call(e.callId()), e);
    }

    @EventHandler
    void on(CallResultReportedEvent e) {
        views.put(Paths.callResult(e.callId(), e.resultId()), e);
    }

    @EventHandler
    void on(InvestmentCommittedEvent e) {
        ObjectNode investment = views.toTree(e);
        investment.put("committed", e.amount());
        investment.put("executed", 0L);
        views.put(Paths.investment(e.investmentId()), investment);
    }

    @EventHandler
    void on(InvestmentExecutedEvent e) {
        views.put(Paths.execution(e.investmentId(), e.executionId()), e);
        updateInvestment(e.investmentId(), investment -> investment.put("executed", investment.get("executed").asLong() + e.amount()));
    }

    @EventHandler
    void on(InvestmentAdjustedEvent e) {
        views.put(Paths.adjustment(e.investmentId(), e.adjustmentId()), e);
        updateInvestment(e.investmentId(), investment -> investment.put("committed", investment.get("committed").asLong() + e.amount()));
    }

    private void updateInvestment(String investmentId, Consumer<ObjectNode> change) {
        views.update(Paths.investment(investmentId), change);
    }
}
