package co.pactos.investments.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** investments-service against real PostgreSQL and Kafka: writes are events in the store and on the topic. */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvestmentsServiceIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().serviceProperties("investments_it").forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final ApiClient api = new ApiClient("SDSP", "ana");

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static final String INVESTMENT = """
            {"dependency":"SDSP","amount":150000000,"fiscalYear":2022,"date":"2022-03-01","pacts":["accion-comunal"],"source":"SIGESI"}""";

    @Test
    void a_commitment_is_stored_once_and_answered_with_its_event() {
        String id = "inv-" + UUID.randomUUID();

        ApiClient.Response created = api.put(url("/api/investments/" + id), INVESTMENT);
        ApiClient.Response again = api.put(url("/api/investments/" + id), INVESTMENT);
        ApiClient.Response conflict = api.put(url("/api/investments/" + id), INVESTMENT.replace("150000000", "1"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).contains("\"amount\":150000000");
        assertThat(again.status()).isEqualTo(200);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(api.get(url("/api/investments/" + id)).body()).contains("\"fiscalYear\":2022");
        assertThat(jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?")
                .param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void an_amount_that_is_not_positive_is_a_problem_and_records_nothing() {
        String id = "inv-" + UUID.randomUUID();

        ApiClient.Response zero = api.put(url("/api/investments/" + id), INVESTMENT.replace("150000000", "0"));
        ApiClient.Response decimal = api.put(url("/api/investments/" + id), INVESTMENT.replace("150000000", "1.5"));

        assertThat(zero.status()).isEqualTo(422);
        assertThat(zero.body()).contains("\"field\":\"amount\"");
        assertThat(decimal.status()).isEqualTo(400);
        assertThat(decimal.body()).contains("\"field\":\"amount\"");
        assertThat(jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?")
                .param(id).query(Long.class).single()).isZero();
    }

    @Test
    void events_reach_the_topic_with_their_cloudevents_headers() {
        String id = "inv-" + UUID.randomUUID();
        assertThat(api.put(url("/api/investments/" + id), INVESTMENT).status()).isEqualTo(201);
        String eventId = jdbc.sql("select event_identifier from domain_event_entry where aggregate_identifier = ?")
                .param(id).query(String.class).single();

        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = TopicReader.fromBeginning(TestInfrastructure.get().kafkaBootstrapServers(), "pactos.investments.events")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().anyMatch(r -> id.equals(r.key()));
            });
        }
        ConsumerRecord<String, byte[]> record = seen.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        Map<String, String> headers = TopicReader.headers(record);
        assertThat(headers)
                .containsEntry("ce_id", eventId)
                .containsEntry("ce_source", "/pactos/investments-service")
                .containsEntry("ce_type", "co.pactos.investments.InvestmentCommitted")
                .containsEntry("ce_subject", id)
                .containsEntry("ce_validtime", "2022-03-01")
                .containsEntry("ce_sourcesystem", "SIGESI");
    }
}
