package co.pactos.investments.catalog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What investments name that lives in goals-service (another service, another database): plans,
 * dependencies, activities, goals and pacts, and the periods Planeación has closed. Answered from
 * investments-service's own catalog, fed from goals-service's topic ({@link GoalsCatalogConsumer}),
 * never by calling goals-service. Injected into command handlers, which ask only once a write is known
 * to be new, so the same body again answers 200 whatever the catalog holds.
 */
public interface GoalsReferences {

    /** The kinds of resource goals-service holds, with the noun a problem uses for each. */
    enum Kind {
        PLAN("plan"), DEPENDENCY("dependency"), ACTIVITY("activity"), GOAL("goal"), PACT("pact");

        private final String noun;

        Kind(String noun) {
            this.noun = noun;
        }

        public String noun() {
            return noun;
        }
    }

    /** Whether goals-service's event recording it has reached this service's catalog. */
    boolean exists(Kind kind, String id);

    /** The plan a pact, goal or activity belongs to, when the catalog knows it (an activity of revision 1 did not say). */
    Optional<String> planOf(Kind kind, String id);

    /**
     * A closure that refuses a write dated {@code date} now: one of {@code plans}' closed periods whose window
     * holds the date and that is not held open at this instant by the latest reopening recorded after the closure
     * (a later reopening replaces the one in force; it holds until its {@code until}). With no plans, every plan whose
     * period holds the date counts (a call's result belongs to no plan).
     */
    Optional<PeriodClosure> closureOf(Collection<String> plans, LocalDate date);

    /** Rejects, naming the field, an id the catalog does not hold (yet); a missing (null) id is not checked. */
    default void require(String field, Kind kind, String id) {
        if (id != null && !exists(kind, id)) {
            throw new ReferenceNotYetKnown(field, kind.noun(), id);
        }
    }

    /**
     * Those of {@code ids} the catalog holds, each with the plan it belongs to (empty when it names none), read in one
     * look-up; ids it does not hold (yet) are absent from the answer.
     */
    default Map<String, Optional<String>> entries(Kind kind, Collection<String> ids) {
        Map<String, Optional<String>> found = new LinkedHashMap<>();
        for (String id : ids) {
            if (exists(kind, id)) {
                found.put(id, planOf(kind, id));
            }
        }
        return found;
    }

    /**
     * Rejects, naming the field and the first id in order that the catalog does not hold (yet); otherwise answers
     * {@link #entries} of the ids (each with its plan), so that the caller needs no look-up per id.
     */
    default Map<String, Optional<String>> requireAll(String field, Kind kind, List<String> ids) {
        Map<String, Optional<String>> found = ids.isEmpty() ? Map.of() : entries(kind, ids);
        for (String id : ids) {
            if (!found.containsKey(id)) {
                throw new ReferenceNotYetKnown(field, kind.noun(), id);
            }
        }
        return found;
    }

    /** Refuses, naming the field, a write dated in a closed period of {@code plans} (see {@link #closureOf}). */
    default void requireOpen(String field, Collection<String> plans, LocalDate date) {
        closureOf(plans, date).ifPresent(closure -> {
            throw new WriteInClosedPeriod(field, date, closure);
        });
    }
}
