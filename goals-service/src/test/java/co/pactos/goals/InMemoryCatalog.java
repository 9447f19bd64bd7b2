package co.pactos.goals;

import co.pactos.goals.catalog.Catalog;
import co.pactos.goals.catalog.ClosedPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    /** Closures in force, each until the instant its reopening starts (null: not reopened). */
    private final List<ClosedPeriod> closed = new ArrayList<>();
    private final Map<String, Instant> reopenedFrom = new HashMap<>();

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

    /** A closure of the period {@code from}..{@code to} of the plan, by Planeación, a day ago. */
    public InMemoryCatalog closed(String planId, String period, LocalDate from, LocalDate to) {
        closed.add(new ClosedPeriod(planId, period, from, to, Instant.now().minusSeconds(86_400), "planeacion"));
        return this;
    }

    /** The closure of {@code period} is reopened from now on. */
    public InMemoryCatalog reopened(String planId, String period) {
        reopenedFrom.put(planId + "/" + period, Instant.now().minusSeconds(60));
        return this;
    }

    @Override
    public Optional<ClosedPeriod> closedPeriod(String planId, LocalDate from, LocalDate to, Instant at) {
        return closed.stream()
                .filter(c -> c.planId().equals(planId) && c.overlaps(from, to))
                .filter(c -> !reopenedFrom.containsKey(planId + "/" + c.period()))
                .findFirst();
    }

    @Override
    public Optional<ClosedPeriod> closedPeriodOfAnyPlan(LocalDate from, LocalDate to, Instant at) {
        return closed.stream()
                .filter(c -> c.overlaps(from, to))
                .filter(c -> !reopenedFrom.containsKey(c.planId() + "/" + c.period()))
                .findFirst();
    }
}
