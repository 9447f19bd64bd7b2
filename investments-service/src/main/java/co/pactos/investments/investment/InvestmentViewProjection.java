package co.pactos.investments.investment;

import co.pactos.events.investments.InvestmentCommittedEvent;
import co.pactos.investments.web.InvestmentsController;
import co.pactos.kit.web.ResourceViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** The current state of each investment, as GET answers it; written in the command's transaction. */
@Component
@ProcessingGroup("views")
public class InvestmentViewProjection {

    private final ResourceViews views;

    public InvestmentViewProjection(ResourceViews views) {
        this.views = views;
    }

    @EventHandler
    void on(InvestmentCommittedEvent e) {
        views.put(InvestmentsController.path(e.investmentId()), e);
    }
}
