package co.pactos.investments.web;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.openapi.ApiDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** investments-service's live OpenAPI document keeps the suite's rules; written to target/openapi/investments-service.json for ./lint-api. */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvestmentsApiDocumentTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        GoalsTopic.properties(registry, "investments_docs_it");
    }

    @LocalServerPort
    int port;

    @Test
    void every_operation_is_described_typed_and_answers_problems() {
        ApiDocument document = ApiDocument.fetch(port, "investments-service");

        assertThat(document.violations()).isEmpty();
        assertThat(document.json().at("/paths/~1api~1investments~1{investmentId}/put/responses/503/content")
                .has("application/problem+json")).isTrue();
        assertThat(document.json().at("/components/schemas/InvestmentRequest/properties/amount/maximum").asLong())
                .isEqualTo(co.pactos.kit.web.Bounds.MAX_PESOS);
    }
}
