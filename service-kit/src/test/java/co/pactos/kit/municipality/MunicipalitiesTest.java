package co.pactos.kit.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.pactos.kit.domain.RuleViolation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MunicipalitiesTest {

    private final Municipalities valle = Municipalities.valleDelCauca();

    @Test
    void valle_del_cauca_has_40_municipalities_and_2_districts() {
        assertThat(valle.all()).hasSize(42);
        assertThat(valle.all().stream().filter(m -> m.kind() == Municipalities.Kind.DISTRICT).map(Municipalities.Municipality::name))
                .containsExactlyInAnyOrder("Santiago de Cali", "Buenaventura");
        assertThat(valle.all()).allMatch(m -> m.code().startsWith("76"));
    }

    @Test
    void an_unknown_code_is_rejected_naming_the_field_and_the_code() {
        assertThatThrownBy(() -> valle.check("municipalities", List.of("76001", "05001")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("05001")
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("municipalities");
    }

    @Test
    void a_repeated_code_is_rejected() {
        assertThatThrownBy(() -> valle.check("municipalities", List.of("76001", "76001")))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void another_department_is_loaded_from_a_csv() throws Exception {
        String csv = "code,name,kind\n05001,Medellín,DISTRICT\n05002,Abejorral,MUNICIPALITY\n";
        Municipalities antioquia = Municipalities.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        antioquia.check("municipalities", List.of("05001", "05002"));
        assertThat(antioquia.find("76001")).isEmpty();
    }

    @Test
    void a_malformed_line_fails_with_its_number() {
        String csv = "code,name,kind\n05001,Medellín\n";
        assertThatThrownBy(() -> Municipalities.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("line 2");
    }
}
