package co.pactos.kit.security;

import java.util.Optional;

/** The unit a dependency belongs to ({@code parentCode}), so that a secretariat may write for its sub-units. */
@FunctionalInterface
public interface DependencyParents {

    Optional<String> parentOf(String dependency);
}
