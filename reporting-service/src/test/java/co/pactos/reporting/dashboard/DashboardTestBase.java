package co.pactos.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.identity.TestIdentity;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * reporting-service against real PostgreSQL and Kafka, shared by the dashboard's HTTP and browser tests (one Spring
 * context for both: the same settings). Each test publishes its own {@link SeedWorld} and waits until its pages show it.
 */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class DashboardTestBase {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().serviceProperties("reporting_dashboard_it").forEach((key, value) -> registry.add(key, () -> value));
        TestIdentity.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("pactos.reporting.consumer-group", () -> "reporting-dashboard-it");
    }

    @LocalServerPort
    protected int port;

    protected final ApiClient anonymous = ApiClient.anonymous();

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Publishes a world and waits until its pact page shows the last event published (the correction: 40,0 %). */
    protected SeedWorld seedWorld() {
        SeedWorld world = SeedWorld.publish(TestInfrastructure.get().kafkaBootstrapServers());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            ApiClient.Response page = anonymous.get(url("/pactos/" + world.pactId() + "?period=2022-06-30"));
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.body()).contains("40,0 %", "$11.224.170.162", "$354.200.000", "80,0 %");
        });
        return world;
    }
}
