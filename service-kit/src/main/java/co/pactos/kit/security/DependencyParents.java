package co.pactos.kit.security;

import java.util.Optional;

/** The unit a dependency belongs to ({@code parentCode}), so that a secretariat may write for its sub-units. */
@FunctionalInterface
public interface DependencyParents {

    /** Deeper than any real organisation chart; guards against a cycle of parents. */
    int MAX_DEPTH = 32;

    Optional<String> parentOf(String dependency);

    /** Whether {@code dependency} is {@code unit} itself or one of its sub-units, at any depth up to {@link #MAX_DEPTH}. */
    default boolean isWithin(String dependency, String unit) {
        String current = dependency;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current.equals(unit)) {
                return true;
            }
            current = parentOf(current).orElse(null);
        }
        return false;
    }
}
