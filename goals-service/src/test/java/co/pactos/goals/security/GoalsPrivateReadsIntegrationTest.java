package co.pactos.goals.security;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.identity.TestIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With {@code pactos.security.public-reads=false}, reading needs a token too; health and the API description stay open. */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "pactos.security.public-reads=false")
class GoalsPrivateReadsIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().serviceProperties("goals_private_it").forEach((key, value) -> registry.add(key, () -> value));
        TestIdentity.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void a_read_without_a_token_is_401_and_oversight_reads_with_one() {
        TestIdentity.as("planeacion").put(url("/api/dependencies/SDSP"), "{\"name\":\"Secretaría de Desarrollo Social y Participación\"}");

        ApiClient.Response anonymous = ApiClient.anonymous().get(url("/api/dependencies/SDSP"));
        ApiClient.Response oversight = TestIdentity.as("contraloria").get(url("/api/dependencies/SDSP"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(oversight.status()).as(oversight.body()).isEqualTo(200);
        assertThat(ApiClient.anonymous().get(url("/actuator/health")).status()).isEqualTo(200);
        assertThat(ApiClient.anonymous().get(url("/v3/api-docs")).status()).isEqualTo(200);
    }
}
