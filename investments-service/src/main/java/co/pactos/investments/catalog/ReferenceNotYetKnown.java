package co.pactos.investments.catalog;

import co.pactos.kit.domain.UnknownReference;

/**
 * A command names a plan, dependency, pact, goal or activity that investments-service's catalog does not hold: it
 * may not exist, or goals-service's event recording it may not have reached this service yet. Answered 422 with
 * {@code Retry-After} (see {@code CatalogProblems}); nothing is recorded.
 */
public class ReferenceNotYetKnown extends UnknownReference {

    private final String kind;
    private final String id;

    public ReferenceNotYetKnown(String field, String kind, String id) {
        super(field, kind, id);
        this.kind = kind;
        this.id = id;
    }

    @Override
    public String getMessage() {
        return "no " + kind + " '" + id + "' is known to investments-service yet";
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
