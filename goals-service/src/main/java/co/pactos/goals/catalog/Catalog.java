package co.pactos.goals.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What aggregates need to know about other aggregates when they decide: which plans, pacts, goals
 * and dependencies exist, the plan of a pact or goal, a plan's period and the periods closed for entry. Injected into command handlers.
 */
public interface Catalog {

    /** The period of a plan. */
    record PlanPeriod(LocalDate startDate, LocalDate endDate) {

        public boolean containsYear(int year) {
            return year >= startDate.getYear() && year <= endDate.getYear();
        }

        public boolean contains(LocalDate date) {
            return !date.isBefore(startDate) && !date.isAfter(endDate);
        }
    }

    Optional<PlanPeriod> plan(String planId);

    /** The plan a pact belongs to, if the pact exists. */
    Optional<String> planOfPact(String pactId);

    /** The plan a goal belongs to, if the goal exists. */
    Optional<String> planOfGoal(String goalId);

    boolean dependencyExists(String code);

    /** A period of the plan closed at {@code at} (not reopened then) whose window overlaps {@code from}..{@code to}, if any. */
    Optional<ClosedPeriod> closedPeriod(String planId, LocalDate from, LocalDate to, Instant at);

    /**
     * {@link #closedPeriod} over every plan: for a write that names no plan (an activity recorded in revision 1), which
     * any plan whose period holds its dates may report. A closure's window lies inside its plan's period.
     */
    Optional<ClosedPeriod> closedPeriodOfAnyPlan(LocalDate from, LocalDate to, Instant at);
}
