package co.pactos.goals.catalog;

import co.pactos.kit.domain.ConflictingWrite;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A write whose valid date falls in a closed period: answered 409 naming the closure; nothing is recorded. */
public class PeriodClosedWrite extends ConflictingWrite {

    private final String field;
    private final ClosedPeriod closure;

    public PeriodClosedWrite(String field, String what, ClosedPeriod closure) {
        super(what + " falls in period " + closure.period() + " of plan '" + closure.planId() + "' (" + closure.from()
                + " to " + closure.to() + "), closed for entry on " + closure.closedAt() + " by " + closure.closedBy()
                + ". Planeación may reopen it (PUT /api/plans/" + closure.planId() + "/closures/" + closure.period()
                + "/reopenings/{reopeningId} with a reason).");
        this.field = field;
        this.closure = closure;
    }

    public String field() {
        return field;
    }

    public ClosedPeriod closure() {
        return closure;
    }

    /**
     * Refuses the write when {@code from}..{@code to} of plan {@code planId} overlaps a period closed at {@code at}; with no
     * plan (an activity recorded before activities named theirs), a period closed in any plan.
     */
    public static void refuseIfClosed(Catalog catalog, String planId, LocalDate from, LocalDate to, Instant at,
                                      String field, String what) {
        closure(catalog, planId, from, to, at).ifPresent(closure -> {
            throw new PeriodClosedWrite(field, what, closure);
        });
    }

    /** The closure that refuses a write valid in {@code from}..{@code to}, as {@link #refuseIfClosed} decides it. */
    public static Optional<ClosedPeriod> closure(Catalog catalog, String planId, LocalDate from, LocalDate to, Instant at) {
        return planId == null ? catalog.closedPeriodOfAnyPlan(from, to, at) : catalog.closedPeriod(planId, from, to, at);
    }
}
