package co.pactos.goals;

import co.pactos.goals.catalog.Catalog;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The catalog an aggregate test gives its aggregate: what other aggregates exist. */
public final class InMemoryCatalog implements Catalog {

    private final Map<String, PlanPeriod> plans = new HashMap<>();
    private final Map<String, String> pactPlans = new HashMap<>();
    private final Map<String, String> goalPlans = new HashMap<>();
    private final Set<String> dependencies = new HashSet<>();

    public InMemoryCatalog plan(String planId, int firstYear, int lastYear) {
        plans.put(planId, new PlanPeriod(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31)));
        return this;
    }

    public InMemoryCatalog pact(String pactId, String planId) {
        pactPlans.put(pactId, planId);
        return this;
    }

    public InMemoryCatalog goal(String goalId, String planId) {
        goalPlans.put(goalId, planId);
        return this;
    }

    public InMemoryCatalog dependency(String code) {
        dependencies.add(code);
        return this;
    }

    @Override
    public Optional<PlanPeriod> plan(String planId) {
        return Optional.ofNullable(plans.get(planId));
    }

    @Override
    public Optional<String> planOfPact(String pactId) {
        return Optional.ofNullable(pactPlans.get(pactId));
    }

    @Override
    public Optional<String> planOfGoal(String goalId) {
        return Optional.ofNullable(goalPlans.get(goalId));
    }

    @Override
    public boolean dependencyExists(String code) {
        return dependencies.contains(code);
    }
}
