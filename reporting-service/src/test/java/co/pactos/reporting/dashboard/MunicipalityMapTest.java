package co.pactos.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.kit.municipality.Municipalities;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schematic map's grid, shipped in the jar: one tile per DIVIPOLA code of Valle del Cauca, no two in one place. */
class MunicipalityMapTest {

    @Test
    void every_municipality_of_valle_has_a_tile_of_its_own() {
        Map<String, Long> values = new LinkedHashMap<>();
        Municipalities.valleDelCauca().all().forEach(m -> values.put(m.code(), 0L));

        MunicipalityMap map = MunicipalityMap.of(values, v -> v, "actividades");

        assertThat(map.tiles()).hasSize(42);
        assertThat(map.tiles().stream().map(t -> t.x() + "," + t.y()).distinct()).hasSize(42);
        assertThat(map.tiles()).allSatisfy(t -> assertThat(t.x() + MunicipalityMap.TILE).isLessThanOrEqualTo(map.width()));
        assertThat(map.tiles()).allSatisfy(t -> assertThat(t.y() + MunicipalityMap.TILE).isLessThanOrEqualTo(map.height()));
    }

    @Test
    void the_shade_repeats_the_value_written_on_the_tile_in_bands_the_legend_names() {
        Map<String, Long> values = new LinkedHashMap<>();
        values.put("76001", 8L);
        values.put("76109", 1L);
        values.put("76111", 0L);
        values.put("99999", 5L);

        MunicipalityMap map = MunicipalityMap.of(values, v -> v, "actividades");

        assertThat(map.tiles()).extracting(MunicipalityMap.Tile::code).containsExactly("76001", "76109", "76111");
        assertThat(map.bands()).extracting(MunicipalityMap.Band::label).containsExactly("0", "1 a 2", "3 a 4", "5 a 6", "7 a 8");
        assertThat(map.tiles().get(0).fill()).isEqualTo(map.bands().get(4).fill());
        assertThat(map.tiles().get(1).fill()).isEqualTo(map.bands().get(1).fill());
        assertThat(map.tiles().get(2).fill()).isEqualTo(map.bands().get(0).fill());
        assertThat(map.tiles().get(0).value()).isEqualTo("8");
        assertThat(map.description()).contains("Mapa esquemático", "Cali 8", "Buenaventura 1");
    }
}
