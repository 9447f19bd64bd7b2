package co.pactos.goals.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.audit.AuditVerifier;
import co.pactos.infra.audit.AuditVerifier.Verdict;
import co.pactos.infra.identity.TestIdentity;
import java.time.Duration;
import java.util.List;
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
 * Closing a period makes the chain sign a checkpoint at the closure's own position (the head as the period
 * closed), although the head is far from the every-N-events checkpoint and later events follow.
 */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PeriodClosureCheckpointIntegrationTest {

    private static final String DATABASE = "goals_closure_checkpoint_it";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        // the checkpoints are counted from an empty log every run
        AuditVerifier.recreateDatabase(TestInfrastructure.get().postgres(), DATABASE);
        TestInfrastructure.get().serviceProperties(DATABASE).forEach((key, value) -> registry.add(key, () -> value));
        TestIdentity.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final ApiClient planeacion = TestIdentity.as("planeacion");
    private final ApiClient contraloria = TestIdentity.as("contraloria");
    private final JsonMapper json = JsonMapper.builder().build();

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void closing_a_period_signs_a_checkpoint_at_the_position_of_its_period_closed_event() {
        ok(planeacion.put(url("/api/plans/vi"), """
                {"name":"Valle Invencible","territoryCode":"76","startDate":"2020-01-01","endDate":"2023-12-31"}"""));
        ok(planeacion.put(url("/api/dependencies/SDSP"), "{\"name\":\"Secretaría de Desarrollo Social y Participación\"}"));
        ok(planeacion.put(url("/api/plans/vi/closures/2022-06-30"), "{\"reason\":\"Corte del informe semestral\"}"));
        // events after the closure: the checkpoint must stay at the closure, not move to the head
        ok(planeacion.put(url("/api/dependencies/SALUD"), "{\"name\":\"Secretaría de Salud\"}"));
        ok(planeacion.put(url("/api/pacts/accion-comunal"), "{\"planId\":\"vi\",\"name\":\"Acción comunal\"}"));
        long events = jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(jdbc.sql("select count(*) from audit_chain").query(Long.class).single()).isEqualTo(events));

        String export = contraloria.get(url("/api/audit/events")).body();
        List<JsonNode> lines = export.lines().filter(l -> !l.isBlank()).map(json::readTree).toList();
        JsonNode closed = lines.stream().filter(l -> l.get("type").asString().equals("co.pactos.goals.PeriodClosed"))
                .findFirst().orElseThrow(() -> new AssertionError("no PeriodClosed in the export: " + lines));
        JsonNode checkpoints = json.readTree(contraloria.get(url("/api/audit/checkpoints")).body());

        assertThat(closed.get("position").asLong()).isLessThan(events);
        assertThat(checkpoints).hasSize(1);
        assertThat(checkpoints.get(0).get("position").asLong()).isEqualTo(closed.get("position").asLong());
        assertThat(checkpoints.get(0).get("hash").asString()).isEqualTo(closed.get("hash").asString());
        Verdict verdict = AuditVerifier.verify(export, checkpoints.toString(), contraloria.get(url("/api/audit/keys")).body());
        assertThat(verdict.exitCode()).as(verdict.output()).isZero();
        assertThat(verdict.output()).contains("1 checkpoint verified (signature and hash), the last at position " + closed.get("position").asLong());
    }

    private static void ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
    }
}
