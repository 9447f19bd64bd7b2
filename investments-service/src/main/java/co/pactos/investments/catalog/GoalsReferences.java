package co.pactos.investments.catalog;

import co.pactos.kit.domain.UnknownReference;
import java.util.List;

/**
 * What investments name that lives in goals-service (another service, another database):
 * dependencies, activities, goals and pacts. Injected into command handlers, which ask only once
 * a write is known to be new, so the same body again answers 200 even while goals-service is away.
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

    /**
     * Whether goals-service has recorded it.
     *
     * @throws GoalsServiceUnavailable when goals-service cannot say, so that nothing is decided on a guess
     */
    boolean exists(Kind kind, String id);

    /** Rejects, naming the field, an id goals-service has not recorded; a missing (null) id is not checked. */
    default void require(String field, Kind kind, String id) {
        if (id != null && !exists(kind, id)) {
            throw new UnknownReference(field, kind.noun(), id);
        }
    }

    default void requireAll(String field, Kind kind, List<String> ids) {
        ids.forEach(id -> require(field, kind, id));
    }
}
