package co.pactos.kit.security;

/**
 * Who may write what, asked by a controller before it sends a command (so a refused write records
 * nothing): Planeación declares the plan, dependencies, pacts, goals, links and targets and may
 * write on behalf of any dependency; a secretariat writes only for its own dependency and its
 * sub-units; oversight and operators write nothing.
 */
public class WritePolicy {

    private final DependencyParents parents;

    public WritePolicy(DependencyParents parents) {
        this.parents = parents;
    }

    /** For what only Planeación declares; {@code write} says what the request does, e.g. "declares goal mp-1". */
    public void requirePlanning(String write) {
        requirePlanning(Identity.current(), write);
    }

    /** As {@link #requirePlanning(String)}, for {@code caller} (null: anonymous); also what an aggregate asks of a command's caller. */
    public static void requirePlanning(Identity caller, String write) {
        Identity asking = caller == null ? Identity.anonymous() : caller;
        if (!asking.has(Identity.PLANNING)) {
            throw new WriteForbidden(asking, write);
        }
    }

    /**
     * For what a secretariat writes for {@code dependency}: allowed to Planeación and to the dependency or a unit above it.
     * Answers the dependency the write is for, which the write records (as "on behalf of" when it is not the token's own).
     */
    public String requireWriteFor(String dependency, String write) {
        Identity caller = Identity.current();
        if (caller.has(Identity.PLANNING)) {
            return dependency;
        }
        if (caller.has(Identity.SECRETARIAT) && caller.dependency() != null && dependency != null
                && parents.isWithin(dependency, caller.dependency())) {
            return dependency;
        }
        throw new WriteForbidden(caller, write + (dependency == null ? "" : " for dependency " + dependency));
    }

    /** For a write whose dependency is not known yet (it names something not recorded, which the command will refuse). */
    public void requireWriter(String write) {
        Identity caller = Identity.current();
        if (!caller.has(Identity.PLANNING) && !(caller.has(Identity.SECRETARIAT) && caller.dependency() != null)) {
            throw new WriteForbidden(caller, write);
        }
    }

    /** {@link #requireWriteFor} when the dependency is known, else {@link #requireWriter} (and null: the write is for no known dependency). */
    public String requireWriteFor(java.util.Optional<String> dependency, String write) {
        if (dependency.isPresent()) {
            return requireWriteFor(dependency.get(), write);
        }
        requireWriter(write);
        return null;
    }
}
