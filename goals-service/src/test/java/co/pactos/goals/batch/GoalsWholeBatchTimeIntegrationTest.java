package co.pactos.goals.batch;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.identity.TestIdentity;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An atomic batch is one transaction, bounded in time (pactos.batch.whole-batch-time, here none at all): lines not
 * begun in time are FAILED and nothing is recorded, so that the transaction never outlives the relay's watch over its
 * uncommitted events. A batch without atomic commits as it goes and is not bounded.
 */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoalsWholeBatchTimeIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().serviceProperties("goals_batch_time_it").forEach((key, value) -> registry.add(key, () -> value));
        TestIdentity.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("pactos.batch.whole-batch-time", () -> "PT0S");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private List<JsonNode> batch(String query, String ndjson) {
        ApiClient.Response response = TestIdentity.as("planeacion").postBatch(url("/api/batch" + query), ndjson);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body().lines().map(json::readTree).toList();
    }

    @Test
    void an_atomic_batch_past_its_time_records_nothing_and_says_why_on_each_line() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        ApiClient planeacion = TestIdentity.as("planeacion");
        assertThat(planeacion.put(url("/api/plans/plan-" + s), """
                {"name":"Valle Invencible","territoryCode":"76","startDate":"2020-01-01","endDate":"2023-12-31"}""").status()).isEqualTo(201);
        String ndjson = "{\"put\":\"/api/dependencies/D1-" + s + "\",\"body\":{\"name\":\"Uno\"}}\n"
                + "{\"put\":\"/api/dependencies/D2-" + s + "\",\"body\":{\"name\":\"Dos\"}}\n";
        long before = jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();

        List<JsonNode> atomic = batch("?atomic=true", ndjson);

        assertThat(atomic).extracting(line -> line.get("status").asString()).containsExactly("FAILED", "FAILED");
        assertThat(atomic).allMatch(line -> !line.get("recorded").asBoolean());
        assertThat(atomic.get(0).at("/problem/detail").asString()).contains("pactos.batch.whole-batch-time", "nothing was recorded");
        assertThat(jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single()).isEqualTo(before);

        assertThat(batch("", ndjson)).extracting(line -> line.get("status").asString()).containsExactly("CREATED", "CREATED");
    }
}
