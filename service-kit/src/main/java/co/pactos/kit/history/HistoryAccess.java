package co.pactos.kit.history;

import co.pactos.kit.security.DependencyParents;
import co.pactos.kit.security.Identity;
import java.util.Map;
import java.util.Optional;

/**
 * Who may read a history (audit data; a token is always needed, see {@link HistorySecurity}): oversight and Planeación
 * read every resource; a secretariat reads the resources its dependency or one of its sub-units owns (the goal it
 * coordinates now, with its links, targets, reports and amendments; its activities, investments, programmes and calls)
 * and the shared ones (plans with their closures, pacts, dependencies); an operator reads none.
 */
public class HistoryAccess {

    private final DependencyParents parents;

    public HistoryAccess(DependencyParents parents) {
        this.parents = parents;
    }

    /** Refuses with {@link HistoryForbidden} a caller that may not read the history of the resource at {@code path}. */
    public void check(HistoryResource resource, Map<String, String> variables, String path) {
        Identity caller = Identity.current();
        if (caller.has(Identity.OVERSIGHT) || caller.has(Identity.PLANNING)) {
            return;
        }
        String who = caller.client() == null ? "This request" : "The token of client '" + caller.client() + "'";
        if (!caller.has(Identity.SECRETARIAT) || caller.dependency() == null) {
            throw new HistoryForbidden(caller, who + " has no role that reads histories (roles: " + caller.roles() + "): oversight and"
                    + " Planeación read every history, a secretariat those of its dependency; " + path + "/history was not read.");
        }
        if (resource.shared()) {
            return;
        }
        Optional<String> owner = resource.owner().apply(variables);
        // not recorded: the reader answers 404, as it would to anyone
        if (owner.isPresent() && !parents.isWithin(owner.get(), caller.dependency())) {
            throw new HistoryForbidden(caller, who + " reads only the histories of dependency " + caller.dependency()
                    + " and its sub-units; " + path + " belongs to dependency " + owner.get() + ". Oversight and Planeación read every history.");
        }
    }
}
