package co.pactos.goals.catalog;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What aggregates need to know about other aggregates when they decide: which plans, pacts and
 * dependencies exist, and a plan's period. Injected into command handlers.
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

    boolean dependencyExists(String code);
}
