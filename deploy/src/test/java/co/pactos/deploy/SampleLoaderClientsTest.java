package co.pactos.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The sample loader sends each write with the token of the client that owns it. */
class SampleLoaderClientsTest {

    private final SampleLoader loader = new SampleLoader("http://goals", "http://investments", "http://token");
    private final ObjectMapper json = new ObjectMapper();

    private String client(String path, String body) throws Exception {
        return loader.clientFor(path, json.readTree(body));
    }

    @Test
    void planeacion_declares_the_plan() throws Exception {
        assertThat(client("/api/plans/valle", "{}")).isEqualTo("planeacion");
        assertThat(client("/api/dependencies/SDSP", "{\"name\":\"x\"}")).isEqualTo("planeacion");
        assertThat(client("/api/pacts/p", "{}")).isEqualTo("planeacion");
        assertThat(client("/api/goals/g", "{\"dependency\":\"SDSP\"}")).isEqualTo("planeacion");
        assertThat(client("/api/goals/g/pacts/p", "{\"link\":\"DIRECT\"}")).isEqualTo("planeacion");
        assertThat(client("/api/goals/g/targets/2022", "{\"value\":1}")).isEqualTo("planeacion");
    }

    @Test
    void each_secretariat_writes_for_its_dependency_and_sub_units() throws Exception {
        client("/api/dependencies/STAC", "{\"name\":\"x\",\"parentCode\":\"SDSP\"}");
        client("/api/goals/g", "{\"dependency\":\"SDSP\"}");
        client("/api/goals/h", "{\"dependency\":\"SALUD\"}");

        assertThat(client("/api/goals/g/progress/r", "{}")).isEqualTo("sigesi");
        assertThat(client("/api/goals/h/progress/r", "{}")).isEqualTo("salud");
        assertThat(client("/api/activities/a", "{\"dependency\":\"STAC\"}")).isEqualTo("sigesi");
        assertThat(client("/api/investments/i", "{\"dependency\":\"SDEC\"}")).isEqualTo("sdec");
        assertThat(client("/api/investments/i/executions/e", "{}")).isEqualTo("sdec");
        assertThat(client("/api/programmes/valleinn", "{\"dependency\":\"SDEC\"}")).isEqualTo("sdec");
        assertThat(client("/api/calls/c", "{\"programmeId\":\"valleinn\"}")).isEqualTo("sdec");
        assertThat(client("/api/calls/c/results/r", "{}")).isEqualTo("sdec");
    }

    @Test
    void planeacion_writes_on_behalf_of_a_dependency_without_a_client() throws Exception {
        assertThat(client("/api/activities/a", "{\"dependency\":\"OTRA\"}")).isEqualTo("planeacion");
    }
}
