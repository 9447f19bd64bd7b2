package co.pactos.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.infra.ApiClient;
import co.pactos.infra.FreePorts;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.identity.TestIdentity;
import co.pactos.reporting.ReportingApplication;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Before any version of the projection has caught up (here: Kafka cannot be reached, so none can), reports answer
 * 503 problem+json with Retry-After, never a 500 and never a half-built answer; the admin API shows the version building.
 */
@ExtendWith(RealInfrastructure.class)
class NoLiveVersionTest {

    @Test
    void reports_answer_503_with_retry_after_until_a_version_has_caught_up() throws Exception {
        Map<String, Object> properties = new HashMap<>(TestInfrastructure.get().serviceProperties("reporting_no_live_it"));
        properties.putAll(TestIdentity.serviceProperties());
        properties.put("server.port", "0");
        properties.put("pactos.kafka.bootstrap-servers", "127.0.0.1:" + FreePorts.pick()); // nothing listens there
        properties.put("pactos.reporting.consumer-group", "reporting-no-live-" + UUID.randomUUID());
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(ReportingApplication.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new))) {
            String url = "http://localhost:" + service.getEnvironment().getProperty("local.server.port");

            for (String path : new String[] {"/api/reports/pacts/accion-comunal?period=2022",
                    "/api/reports/pacts?planId=valle-invencible-2020-2023&period=2022",
                    "/api/reports/pacts/accion-comunal/document?period=2022-06-30"}) {
                ApiClient.Response report = ApiClient.anonymous().get(url + path);
                assertThat(report.status()).as(path + " -> " + report.body()).isEqualTo(503);
                assertThat(report.contentType()).startsWith("application/problem+json");
                assertThat(report.body()).contains("/problems/projection-building", "being built");
            }
            var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(url + "/api/reports/pacts/accion-comunal?period=2022")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertThat(answer.headers().firstValue("Retry-After")).contains("5");
            ApiClient.Response versions = TestIdentity.as("operador").get(url + "/api/admin/projections");
            assertThat(versions.status()).isEqualTo(200);
            assertThat(versions.body()).contains("\"state\":\"BUILDING\"");
        }
    }
}
