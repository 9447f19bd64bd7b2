package co.pactos.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DependencyParentsTest {

    private final Map<String, String> chart = Map.of("SDSP-COMUNAL", "SDSP", "SDSP-JAC", "SDSP-COMUNAL", "A", "B", "B", "A");
    private final DependencyParents parents = code -> Optional.ofNullable(chart.get(code));

    @Test
    void aUnitAndItsSubUnitsAtAnyDepthAreWithinIt() {
        assertThat(parents.isWithin("SDSP", "SDSP")).isTrue();
        assertThat(parents.isWithin("SDSP-COMUNAL", "SDSP")).isTrue();
        assertThat(parents.isWithin("SDSP-JAC", "SDSP")).isTrue();
    }

    @Test
    void aParentOrAnotherUnitIsNot() {
        assertThat(parents.isWithin("SDSP", "SDSP-COMUNAL")).isFalse();
        assertThat(parents.isWithin("SALUD", "SDSP")).isFalse();
    }

    @Test
    void aCycleOfParentsEnds() {
        assertThat(parents.isWithin("A", "C")).isFalse();
    }
}
