package co.pactos.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.identity.TestIdentity;
import co.pactos.infra.openapi.ApiDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** reporting-service's live OpenAPI document keeps the suite's rules; written to target/openapi/reporting-service.json for ./lint-api. */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportingApiDocumentTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().serviceProperties("reporting_docs_it").forEach((key, value) -> registry.add(key, () -> value));
        TestIdentity.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("pactos.reporting.consumer-group", () -> "reporting-docs-it");
    }

    @LocalServerPort
    int port;

    @Test
    void every_operation_is_described_typed_and_answers_problems() {
        ApiDocument document = ApiDocument.fetch(port, "reporting-service");

        assertThat(document.violations()).isEmpty();
        assertThat(document.json().at("/paths/~1api~1reports~1pacts~1{pactId}/get/responses/200/content/application~1json/schema/$ref")
                .asString()).endsWith("/PactReport");
        assertThat(document.json().at("/paths/~1api~1reports~1pacts~1{pactId}/get/security").toString()).contains("{}");
        assertThat(document.json().at("/paths/~1api~1admin~1projections/get/security").toString()).isEqualTo("[{\"bearer\":[]}]");
    }
}
