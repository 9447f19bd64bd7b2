package co.pactos.investments.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.TopicReader;
import co.pactos.infra.identity.TestIdentity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may write what in investments-service, with real tokens: a secretariat commits investments,
 * declares programmes, opens calls and reports results for its dependency and its sub-units (the
 * parent chain is goals-service's, from this service's catalog of its events); Planeación on behalf of anyone; oversight and
 * operators nothing. A refused write records nothing.
 */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvestmentsAuthorizationIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        GoalsTopic.properties(registry, "investments_auth_it");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private String s;

    @BeforeEach
    void unique() {
        GoalsTopic.seed(jdbc);
        s = UUID.randomUUID().toString().substring(0, 8);
    }

    private ApiClient.Response put(String client, String path, String body) {
        return TestIdentity.as(client).put("http://localhost:" + port + path, body);
    }

    private long events() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }

    private static String investment(String dependency) {
        return """
                {"dependency":"%s","amount":150000000,"fiscalYear":2022,"date":"2022-03-01","pacts":["accion-comunal"],"source":"SIGESI"}"""
                .formatted(dependency);
    }

    private static void status(ApiClient.Response response, int expected) {
        assertThat(response.status()).as(response.body()).isEqualTo(expected);
    }

    private void forbidden(ApiClient.Response response, long eventsBefore) {
        status(response, 403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(json.readTree(response.body()).get("type").asString()).isEqualTo("/problems/forbidden");
        assertThat(events()).isEqualTo(eventsBefore);
    }

    @Test
    void a_secretariat_commits_for_its_dependency_and_its_sub_units() {
        status(put("sigesi", "/api/investments/own-" + s, investment("SDSP")), 201);
        status(put("sigesi", "/api/investments/sub-" + s, investment("STAC")), 201);
    }

    @ParameterizedTest(name = "an investment of SALUD by {0} is 403")
    @ValueSource(strings = {"sigesi", "sdec", "sidrac", "contraloria", "operador"})
    void a_token_of_another_dependency_cannot_commit_and_records_nothing(String client) {
        long before = events();

        forbidden(put(client, "/api/investments/salud-" + s, investment("SALUD")), before);
        assertThat(TestIdentity.as("planeacion").get("http://localhost:" + port + "/api/investments/salud-" + s).status()).isEqualTo(404);
    }

    @Test
    void a_refusal_names_the_dependency_the_token_may_write_for() {
        JsonNode problem = json.readTree(put("sigesi", "/api/investments/x-" + s, investment("SALUD")).body());

        assertThat(problem.get("allowedDependency").asString()).isEqualTo("SDSP");
        assertThat(problem.get("detail").asString()).contains("may write only for dependency SDSP").contains("for dependency SALUD");
    }

    @Test
    void planeacion_commits_on_behalf_of_any_dependency_and_the_events_say_who_and_for_whom() {
        status(put("planeacion", "/api/investments/p-" + s, investment("SDSP")), 201);
        status(put("planeacion", "/api/investments/p-" + s + "/executions/e1", "{\"date\":\"2022-04-01\",\"amount\":1000}"), 201);

        for (JsonNode meta : metaDataOf("p-" + s)) {
            assertThat(meta.get("client").asString()).isEqualTo("planeacion");
            assertThat(meta.get("dependency").asString()).isEqualTo("DAPD");
            assertThat(meta.get("onBehalfOf").asString()).isEqualTo("SDSP");
        }
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = TopicReader.fromBeginning(TestInfrastructure.get().kafkaBootstrapServers(),
                "pactos.investments.events")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().filter(r -> ("p-" + s).equals(r.key())).count() == 2;
            });
        }
        seen.stream().filter(r -> ("p-" + s).equals(r.key())).map(TopicReader::headers).forEach(headers -> assertThat(headers)
                .containsEntry("ce_client", "planeacion")
                .containsEntry("ce_dependency", "DAPD")
                .containsEntry("ce_onbehalfof", "SDSP"));
    }

    @Test
    void a_secretariat_committing_for_its_own_dependency_is_not_on_behalf_of_anyone() {
        status(put("sigesi", "/api/investments/own2-" + s, investment("SDSP")), 201);

        JsonNode meta = metaDataOf("own2-" + s).get(0);
        assertThat(meta.get("dependency").asString()).isEqualTo("SDSP");
        assertThat(meta.has("onBehalfOf")).isFalse();
    }

    private List<JsonNode> metaDataOf(String aggregateId) {
        return jdbc.sql("select convert_from(meta_data, 'UTF8') from domain_event_entry where aggregate_identifier = ? order by sequence_number")
                .param(aggregateId).query(String.class).list().stream().map(json::readTree).toList();
    }

    @Test
    void executions_and_adjustments_belong_to_the_investments_dependency() {
        status(put("sigesi", "/api/investments/i-" + s, investment("SDSP")), 201);
        long before = events();

        forbidden(put("salud", "/api/investments/i-" + s + "/executions/e1", "{\"date\":\"2022-04-01\",\"amount\":1000}"), before);
        forbidden(put("sdec", "/api/investments/i-" + s + "/adjustments/a1", "{\"date\":\"2022-04-01\",\"amount\":-1000,\"reason\":\"r\"}"), before);
        forbidden(put("contraloria", "/api/investments/i-" + s + "/executions/e1", "{\"date\":\"2022-04-01\",\"amount\":1000}"), before);
        status(put("sigesi", "/api/investments/i-" + s + "/executions/e1", "{\"date\":\"2022-04-01\",\"amount\":1000}"), 201);
        status(put("sigesi", "/api/investments/i-" + s + "/adjustments/a1", "{\"date\":\"2022-04-01\",\"amount\":-1000,\"reason\":\"r\"}"), 201);
    }

    @Test
    void programmes_calls_and_results_belong_to_the_programmes_dependency() {
        long before = events();
        forbidden(put("sigesi", "/api/programmes/valleinn-" + s, "{\"name\":\"ValleINN\",\"dependency\":\"SDEC\"}"), before);
        status(put("sdec", "/api/programmes/valleinn-" + s, "{\"name\":\"ValleINN\",\"dependency\":\"SDEC\"}"), 201);

        String call = "{\"programmeId\":\"valleinn-" + s + "\",\"name\":\"Comunas\",\"fiscalYear\":2022,\"municipalities\":[\"76001\"]}";
        before = events();
        forbidden(put("sigesi", "/api/calls/comunas-" + s, call), before);
        forbidden(put("operador", "/api/calls/comunas-" + s, call), before);
        status(put("sdec", "/api/calls/comunas-" + s, call), 201);

        String result = "{\"date\":\"2022-12-31\",\"ventures\":1360,\"jobs\":5540}";
        before = events();
        forbidden(put("sigesi", "/api/calls/comunas-" + s + "/results/r1", result), before);
        forbidden(put("contraloria", "/api/calls/comunas-" + s + "/results/r1", result), before);
        status(put("sdec", "/api/calls/comunas-" + s + "/results/r1", result), 201);
    }

    @Test
    void a_write_without_a_token_is_401_and_records_nothing() {
        long before = events();

        ApiClient.Response refused = ApiClient.anonymous().put("http://localhost:" + port + "/api/investments/anon-" + s, investment("SDSP"));

        status(refused, 401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(events()).isEqualTo(before);
    }
}
