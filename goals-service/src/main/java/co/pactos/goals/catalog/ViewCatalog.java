package co.pactos.goals.catalog;

import co.pactos.goals.view.Paths;
import co.pactos.kit.web.ResourceViews;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The catalog read from the resource views, which are written in the same transaction as the events. */
@Component
public class ViewCatalog implements Catalog {

    private final ResourceViews views;

    public ViewCatalog(ResourceViews views) {
        this.views = views;
    }

    @Override
    public Optional<PlanPeriod> plan(String planId) {
        return views.find(Paths.plan(planId)).map(plan -> new PlanPeriod(
                LocalDate.parse(plan.get("startDate").asString()), LocalDate.parse(plan.get("endDate").asString())));
    }

    @Override
    public Optional<String> planOfPact(String pactId) {
        return views.find(Paths.pact(pactId)).map(pact -> pact.get("planId").asString());
    }

    @Override
    public Optional<String> planOfGoal(String goalId) {
        return views.find(Paths.goal(goalId)).map(goal -> goal.get("planId").asString());
    }

    @Override
    public boolean dependencyExists(String code) {
        return views.find(Paths.dependency(code)).isPresent();
    }
}
