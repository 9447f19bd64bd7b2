package co.pactos.investments;

import co.pactos.investments.catalog.GoalsReferences;
import co.pactos.investments.catalog.PeriodClosure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalog of goals-service's references as an aggregate test states it: what exists, the plan of each pact, goal
 * and activity, the plans' periods and the closures that hold now. Records what was asked, so a test can see no
 * question was needed.
 */
public final class InMemoryGoalsReferences implements GoalsReferences {

    private final Set<String> known = new HashSet<>();
    private final Map<String, String> plans = new HashMap<>();
    private final Map<String, LocalDate[]> periods = new HashMap<>();
    private final List<PeriodClosure> closures = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();

    public InMemoryGoalsReferences with(Kind kind, String... ids) {
        for (String id : ids) {
            known.add(kind + ":" + id);
        }
        return this;
    }

    /** A pact, goal or activity of {@code planId}. */
    public InMemoryGoalsReferences in(Kind kind, String id, String planId) {
        with(kind, id);
        plans.put(kind + ":" + id, planId);
        return this;
    }

    /** A plan and its period. */
    public InMemoryGoalsReferences plan(String planId, LocalDate start, LocalDate end) {
        with(Kind.PLAN, planId);
        periods.put(planId, new LocalDate[] {start, end});
        return this;
    }

    /** A closure of {@code from}..{@code to} of the plan that no reopening holds open. */
    public InMemoryGoalsReferences closed(String planId, String period, LocalDate from, LocalDate to) {
        closures.add(new PeriodClosure(planId, period, from, to, "cierre de vigencia", Instant.parse("2023-01-15T15:00:00Z"),
                "ana.planeacion"));
        return this;
    }

    /** Reopens every closure of the plan's period. */
    public InMemoryGoalsReferences reopened(String planId, String period) {
        closures.removeIf(c -> c.planId().equals(planId) && c.period().equals(period));
        return this;
    }

    @Override
    public boolean exists(Kind kind, String id) {
        asked.add(kind + ":" + id);
        return known.contains(kind + ":" + id);
    }

    @Override
    public Optional<String> planOf(Kind kind, String id) {
        return Optional.ofNullable(plans.get(kind + ":" + id));
    }

    @Override
    public Optional<PeriodClosure> closureOf(Collection<String> planIds, LocalDate date) {
        asked.add("closure:" + date);
        return closures.stream()
                .filter(c -> planIds.isEmpty() ? inPeriod(c.planId(), date) : planIds.contains(c.planId()))
                .filter(c -> !date.isBefore(c.from()) && !date.isAfter(c.to()))
                .findFirst();
    }

    private boolean inPeriod(String planId, LocalDate date) {
        LocalDate[] period = periods.get(planId);
        return period != null && !date.isBefore(period[0]) && !date.isAfter(period[1]);
    }

    public List<String> asked() {
        return asked;
    }
}
