package co.pactos.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.identity.TestIdentity;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With {@code pactos.security.public-reads=false} the dashboard's pages and downloads need a token too. */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "pactos.security.public-reads=false")
class DashboardPrivateReadsTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().serviceProperties("reporting_dashboard_private_it").forEach((key, value) -> registry.add(key, () -> value));
        TestIdentity.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("pactos.reporting.consumer-group", () -> "reporting-dashboard-private-it");
    }

    @LocalServerPort
    int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void pages_and_downloads_without_a_token_are_refused_with_401_and_oversight_reads_them() {
        // reads record nothing, refused or not: there is nothing to check beyond the status
        SeedWorld world = SeedWorld.publish(TestInfrastructure.get().kafkaBootstrapServers());
        String pact = "/pactos/" + world.pactId() + "?period=2022-06-30";

        for (String path : new String[] {"/", "/?planId=" + world.planId(), pact, "/?format=csv&planId=" + world.planId(),
                "/pactos/" + world.pactId() + "/metas.csv?period=2022", "/dashboard/dashboard.css",
                "/metas/" + world.directGoal() + "?period=2022", "/municipios?planId=" + world.planId(),
                "/pactos/" + world.pactId() + "/informe.xlsx?period=2022",
                "/api/open-data/inversiones.csv?planId=" + world.planId(), "/api/open-data/convocatorias.json?planId=" + world.planId()}) {
            ApiClient.Response anonymous = ApiClient.anonymous().get(url(path));
            assertThat(anonymous.status()).as(path).isEqualTo(401);
        }
        ApiClient oversight = TestIdentity.as("contraloria");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            ApiClient.Response page = oversight.get(url(pact));
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.body()).contains("40,0 %");
        });
        for (String path : new String[] {"/metas/" + world.directGoal() + "?period=2022-06-30", "/municipios?planId=" + world.planId(),
                "/pactos/" + world.pactId() + "/informe.xlsx?period=2022"}) {
            assertThat(oversight.get(url(path)).status()).as(path).isEqualTo(200);
        }
    }
}
