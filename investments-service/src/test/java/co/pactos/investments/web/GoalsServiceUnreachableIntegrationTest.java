package co.pactos.investments.web;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.infra.ApiClient;
import co.pactos.infra.FreePorts;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.identity.TestIdentity;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** investments-service whose goals-service does not answer (nothing listens on its port): 503, and nothing recorded. */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoalsServiceUnreachableIntegrationTest {

    /** Free when picked and never listened on. */
    private static final int NOBODY = FreePorts.pick();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().serviceProperties("investments_unreachable_it").forEach((key, value) -> registry.add(key, () -> value));
        TestIdentity.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("pactos.goals.url", () -> "http://localhost:" + NOBODY);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_write_whose_references_cannot_be_checked_is_a_503_problem_and_records_nothing() {
        String id = "valleinn-" + UUID.randomUUID();

        ApiClient.Response response = TestIdentity.as("sdec")
                .put("http://localhost:" + port + "/api/programmes/" + id, "{\"name\":\"ValleINN\",\"dependency\":\"SDEC\"}");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("goals-service cannot be reached", "Send the same request again later");
        assertThat(jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?")
                .param(id).query(Long.class).single()).isZero();
    }
}
