package co.pactos.investments.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.identity.TestIdentity;
import co.pactos.infra.TopicReader;
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

/**
 * investments-service against real PostgreSQL and Kafka, with goals-service's topic holding the references it
 * checks (goals-service itself is not running): writes are events in the store and on the topic.
 */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvestmentsServiceIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        GoalsTopic.properties(registry, "investments_it");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @org.junit.jupiter.api.BeforeEach
    void references() {
        GoalsTopic.seed(jdbc);
    }

    /** Planeación may write on behalf of any dependency. */
    private final ApiClient api = TestIdentity.as("planeacion");

    private static final String INVESTMENT = """
            {"dependency":"SDSP","amount":150000000,"fiscalYear":2022,"date":"2022-03-01","pacts":["accion-comunal"],"source":"SIGESI"}""";

    private ApiClient.Response put(String path, String json) {
        return api.put("http://localhost:" + port + path, json);
    }

    private ApiClient.Response get(String path) {
        return api.get("http://localhost:" + port + path);
    }

    private static ApiClient.Response created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    private long eventsOf(String aggregateId) {
        return jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?")
                .param(aggregateId).query(Long.class).single();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** A programme of SDE, ValleINN; returns its id. */
    private String programme() {
        String programme = unique("valleinn");
        created(put("/api/programmes/" + programme, "{\"name\":\"ValleINN\",\"dependency\":\"SDE\"}"));
        return programme;
    }

    /** A 2022 call in Cali of the programme; returns its id. */
    private String call(String programme) {
        String call = unique("comunas");
        created(put("/api/calls/" + call, """
                {"programmeId":"%s","name":"Comunas y corregimientos","fiscalYear":2022,"municipalities":["76001"]}""".formatted(programme)));
        return call;
    }

    @Test
    void a_commitment_is_stored_once_and_answered_with_its_event() {
        String id = unique("inv");

        ApiClient.Response first = put("/api/investments/" + id, INVESTMENT);
        ApiClient.Response again = put("/api/investments/" + id, INVESTMENT);
        ApiClient.Response conflict = put("/api/investments/" + id, INVESTMENT.replace("150000000", "1"));

        assertThat(created(first).body()).contains("\"amount\":150000000");
        assertThat(again.status()).isEqualTo(200);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(get("/api/investments/" + id).body())
                .contains("\"fiscalYear\":2022", "\"committed\":150000000", "\"executed\":0");
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    void an_amount_that_is_not_positive_is_a_problem_and_records_nothing() {
        String id = unique("inv");

        ApiClient.Response zero = put("/api/investments/" + id, INVESTMENT.replace("150000000", "0"));
        ApiClient.Response decimal = put("/api/investments/" + id, INVESTMENT.replace("150000000", "1.5"));

        assertThat(zero.status()).isEqualTo(422);
        assertThat(zero.body()).contains("\"field\":\"amount\"");
        assertThat(decimal.status()).isEqualTo(400);
        assertThat(decimal.body()).contains("\"field\":\"amount\"");
        assertThat(eventsOf(id)).isZero();
    }

    @Test
    void a_programme_a_call_and_its_results_are_written_once_each() {
        String programme = unique("valleinn");
        String call = unique("municipios");
        String programmeBody = "{\"name\":\"ValleINN\",\"dependency\":\"SDE\",\"source\":\"SIGESI\"}";
        String callBody = """
                {"programmeId":"%s","name":"Municipios y Nuevos Municipios","fiscalYear":2022,"municipalities":["76109","76001"]}"""
                .formatted(programme);
        String resultBody = "{\"date\":\"2022-12-15\",\"ventures\":1515,\"jobs\":5846}";

        created(put("/api/programmes/" + programme, programmeBody));
        assertThat(put("/api/programmes/" + programme, programmeBody).status()).isEqualTo(200);
        assertThat(put("/api/programmes/" + programme, programmeBody.replace("ValleINN", "Otro")).status()).isEqualTo(409);
        created(put("/api/calls/" + call, callBody));
        assertThat(put("/api/calls/" + call, callBody).status()).isEqualTo(200);
        assertThat(put("/api/calls/" + call, callBody.replace("2022", "2023")).status()).isEqualTo(409);
        ApiClient.Response result = created(put("/api/calls/" + call + "/results/r1", resultBody));
        assertThat(put("/api/calls/" + call + "/results/r1", resultBody).status()).isEqualTo(200);
        assertThat(put("/api/calls/" + call + "/results/r1", resultBody.replace("5846", "5847")).status()).isEqualTo(409);

        assertThat(result.location()).isEqualTo("/api/calls/" + call + "/results/r1");
        assertThat(get("/api/programmes/" + programme).body()).contains("\"dependency\":\"SDE\"");
        assertThat(get("/api/calls/" + call).body()).contains("\"municipalities\":[\"76109\",\"76001\"]", "\"fiscalYear\":2022");
        assertThat(get("/api/calls/" + call + "/results/r1").body()).contains("\"ventures\":1515", "\"jobs\":5846");
        assertThat(eventsOf(programme)).isEqualTo(1);
        assertThat(eventsOf(call)).isEqualTo(2);
    }

    @Test
    void a_call_or_result_that_breaks_a_rule_is_a_problem_naming_the_field_and_records_nothing() {
        String programme = programme();
        String call = call(programme);
        String missing = unique("nothing");

        ApiClient.Response unknownMunicipality = put("/api/calls/" + missing, """
                {"programmeId":"%s","name":"Otra","fiscalYear":2022,"municipalities":["76001","99999"]}""".formatted(programme));
        ApiClient.Response unknownProgramme = put("/api/calls/" + missing, """
                {"programmeId":"no-such-programme","name":"Otra","fiscalYear":2022}""");
        ApiClient.Response malformedMunicipality = put("/api/calls/" + missing, """
                {"programmeId":"%s","name":"Otra","fiscalYear":2022,"municipalities":["7600"]}""".formatted(programme));
        ApiClient.Response unknownDependency = put("/api/programmes/" + missing, "{\"name\":\"Fondo\",\"dependency\":\"NOPE\"}");
        ApiClient.Response resultOfUnknownCall = put("/api/calls/" + missing + "/results/r1", "{\"date\":\"2022-12-15\",\"ventures\":1,\"jobs\":1}");
        ApiClient.Response negativeJobs = put("/api/calls/" + call + "/results/r1", "{\"date\":\"2022-12-15\",\"ventures\":1,\"jobs\":-1}");
        ApiClient.Response beforeFiscalYear = put("/api/calls/" + call + "/results/r1", "{\"date\":\"2021-12-31\",\"ventures\":1,\"jobs\":1}");

        assertThat(unknownMunicipality.status()).isEqualTo(422);
        assertThat(unknownMunicipality.body()).contains("\"field\":\"municipalities\"", "99999");
        assertThat(unknownProgramme.status()).isEqualTo(422);
        assertThat(unknownProgramme.body()).contains("\"field\":\"programmeId\"", "no programme 'no-such-programme'");
        assertThat(malformedMunicipality.status()).isEqualTo(400);
        assertThat(malformedMunicipality.body()).contains("\"field\":\"municipalities[0]\"");
        assertThat(unknownDependency.status()).isEqualTo(422);
        assertThat(unknownDependency.body()).contains("\"field\":\"dependency\"", "no dependency 'NOPE'");
        assertThat(resultOfUnknownCall.status()).isEqualTo(422);
        assertThat(resultOfUnknownCall.body()).contains("\"field\":\"callId\"");
        assertThat(negativeJobs.status()).isEqualTo(422);
        assertThat(negativeJobs.body()).contains("\"field\":\"jobs\"");
        assertThat(beforeFiscalYear.status()).isEqualTo(422);
        assertThat(beforeFiscalYear.body()).contains("\"field\":\"date\"");
        assertThat(eventsOf(missing)).isZero();
        assertThat(eventsOf(call)).isEqualTo(1);
    }

    @Test
    void money_for_all_pacts_through_a_call_is_executed_and_adjusted_within_its_commitment() {
        String call = call(programme());
        String id = unique("inv");
        String investment = "/api/investments/" + id;

        created(put(investment, """
                {"dependency":"SDE","amount":11224170162,"fiscalYear":2022,"date":"2022-02-01","callId":"%s","allPacts":true,"planId":"valle",
                 "goals":["mp-sigesi"],"fundingSource":"ValleINN"}""".formatted(call)));
        created(put(investment + "/executions/e1", "{\"date\":\"2022-06-30\",\"amount\":9000000000}"));
        created(put(investment + "/adjustments/a1", """
                {"date":"2022-07-15","amount":-224170162,"reason":"recorte presupuestal","source":"SAP"}"""));
        ApiClient.Response overExecution = put(investment + "/executions/e2", "{\"date\":\"2022-08-01\",\"amount\":2000000001}");
        ApiClient.Response belowExecuted = put(investment + "/adjustments/a2", """
                {"date":"2022-08-01","amount":-2000000001,"reason":"recorte"}""");
        ApiClient.Response beforeCommitment = put(investment + "/executions/e3", "{\"date\":\"2022-01-31\",\"amount\":1}");
        ApiClient.Response noReason = put(investment + "/adjustments/a3", "{\"date\":\"2022-08-01\",\"amount\":5}");
        ApiClient.Response decimal = put(investment + "/executions/e4", "{\"date\":\"2022-08-01\",\"amount\":1.5}");

        assertThat(overExecution.status()).isEqualTo(422);
        assertThat(overExecution.body()).contains("\"field\":\"amount\"", "at most 2000000000 is still available");
        assertThat(belowExecuted.status()).isEqualTo(422);
        assertThat(belowExecuted.body()).contains("\"field\":\"amount\"", "below the 9000000000 already executed");
        assertThat(beforeCommitment.status()).isEqualTo(422);
        assertThat(beforeCommitment.body()).contains("\"field\":\"date\"");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        assertThat(decimal.status()).isEqualTo(400);
        assertThat(put(investment + "/executions/e1", "{\"date\":\"2022-06-30\",\"amount\":9000000000}").status()).isEqualTo(200);
        assertThat(put(investment + "/executions/e1", "{\"date\":\"2022-06-30\",\"amount\":9000000001}").status()).isEqualTo(409);
        assertThat(get(investment).body())
                .contains("\"callId\":\"" + call + "\"", "\"allPacts\":true", "\"committed\":11000000000", "\"executed\":9000000000");
        assertThat(get(investment + "/executions/e1").body()).contains("\"amount\":9000000000");
        assertThat(get(investment + "/adjustments/a1").body()).contains("\"amount\":-224170162", "recorte presupuestal");
        assertThat(eventsOf(id)).isEqualTo(3);
    }

    @Test
    void references_are_checked_where_they_live_and_a_rejected_commitment_records_nothing() {
        String call = call(programme());
        String id = unique("inv");

        ApiClient.Response unknownPact = put("/api/investments/" + id, INVESTMENT.replace("[\"accion-comunal\"]", "[\"accion-comunal\",\"no-such-pact\"]"));
        ApiClient.Response unknownGoal = put("/api/investments/" + id, INVESTMENT.replace("\"pacts\"", "\"goals\":[\"no-such-goal\"],\"pacts\""));
        ApiClient.Response unknownDependency = put("/api/investments/" + id, INVESTMENT.replace("SDSP", "NOPE"));
        ApiClient.Response unknownCall = put("/api/investments/" + id, INVESTMENT.replace("\"pacts\"", "\"callId\":\"no-such-call\",\"pacts\""));
        ApiClient.Response callOfAnotherYear = put("/api/investments/" + id, """
                {"dependency":"SDE","amount":10,"fiscalYear":2023,"date":"2023-02-01","callId":"%s","allPacts":true,"planId":"%s"}""".formatted(call, GoalsTopic.PLAN));
        ApiClient.Response executionOfNothing = put("/api/investments/" + id + "/executions/e1", "{\"date\":\"2022-06-30\",\"amount\":1}");

        assertThat(unknownPact.status()).isEqualTo(422);
        assertThat(unknownPact.body()).contains("\"field\":\"pacts\"", "no pact 'no-such-pact'");
        assertThat(unknownGoal.status()).isEqualTo(422);
        assertThat(unknownGoal.body()).contains("\"field\":\"goals\"");
        assertThat(unknownDependency.status()).isEqualTo(422);
        assertThat(unknownDependency.body()).contains("\"field\":\"dependency\"");
        assertThat(unknownCall.status()).isEqualTo(422);
        assertThat(unknownCall.body()).contains("\"field\":\"callId\"");
        assertThat(callOfAnotherYear.status()).isEqualTo(422);
        assertThat(callOfAnotherYear.body()).contains("\"field\":\"fiscalYear\"");
        assertThat(executionOfNothing.status()).isEqualTo(422);
        assertThat(executionOfNothing.body()).contains("\"field\":\"investmentId\"");
        assertThat(eventsOf(id)).isZero();
        assertThat(get("/api/investments/" + id).status()).isEqualTo(404);
    }

    @Test
    void events_reach_the_topic_with_their_cloudevents_headers() {
        String programme = programme();
        String call = call(programme);
        String id = unique("inv");
        created(put("/api/investments/" + id, INVESTMENT));
        created(put("/api/investments/" + id + "/executions/e1", "{\"date\":\"2022-04-01\",\"amount\":100}"));
        created(put("/api/investments/" + id + "/adjustments/a1", "{\"date\":\"2022-05-01\",\"amount\":-100,\"reason\":\"recorte\"}"));
        created(put("/api/calls/" + call + "/results/r1", "{\"date\":\"2022-12-15\",\"ventures\":1360,\"jobs\":5540}"));
        String commitmentId = jdbc.sql("select event_identifier from domain_event_entry where aggregate_identifier = ? and sequence_number = 0")
                .param(id).query(String.class).single();

        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = TopicReader.fromBeginning(TestInfrastructure.get().kafkaBootstrapServers(), "pactos.investments.events")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().filter(r -> id.equals(r.key())).count() == 3
                        && seen.stream().filter(r -> call.equals(r.key())).count() == 2
                        && seen.stream().anyMatch(r -> programme.equals(r.key()));
            });
        }
        Map<String, String> commitment = TopicReader.headers(seen.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow());
        assertThat(commitment)
                .containsEntry("ce_id", commitmentId)
                .containsEntry("ce_source", "/pactos/investments-service")
                .containsEntry("ce_type", "co.pactos.investments.InvestmentCommitted")
                .containsEntry("ce_subject", id)
                .containsEntry("ce_validtime", "2022-03-01")
                .containsEntry("ce_sourcesystem", "SIGESI");
        assertThat(seen.stream().filter(r -> List.of(id, call, programme).contains(r.key())).map(r -> TopicReader.headers(r).get("ce_type")))
                .containsExactlyInAnyOrder("co.pactos.investments.InvestmentCommitted", "co.pactos.investments.InvestmentExecuted",
                        "co.pactos.investments.InvestmentAdjusted", "co.pactos.investments.CallOpened",
                        "co.pactos.investments.CallResultReported", "co.pactos.investments.ProgrammeDeclared");
        assertThat(seen.stream().filter(r -> call.equals(r.key())).map(r -> TopicReader.headers(r).get("ce_validtime")))
                .contains("2022-12-15");
    }

    private ApiClient.Response batch(ApiClient client, String ndjson) {
        return send(client, "", ndjson);
    }

    private ApiClient.Response send(ApiClient client, String query, String ndjson) {
        return client.postBatch("http://localhost:" + port + "/api/batch" + query, ndjson);
    }

    @Test
    void a_batch_carries_out_each_line_as_its_put_and_answers_line_by_line() {
        String programme = unique("batch");
        String line = "{\"put\":\"/api/programmes/" + programme + "\",\"body\":{\"name\":\"ValleINN\",\"dependency\":\"SDE\"}}";
        String ndjson = String.join("\n", line, line, line.replace("ValleINN", "Otro"), "not json",
                "{\"put\":\"/api/programmes/" + programme + "-x\",\"body\":{\"name\":\"X\",\"dependency\":\"SDE\",\"extra\":1}}");

        ApiClient.Response answer = batch(api, ndjson);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/x-ndjson");
        List<String> lines = answer.body().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).contains("\"line\":1").contains("\"status\":\"CREATED\"").contains("\"recorded\":true");
        assertThat(lines.get(1)).contains("\"status\":\"UNCHANGED\"");
        assertThat(lines.get(2)).contains("\"status\":\"CONFLICT\"").contains("/problems/conflict");
        assertThat(lines.get(3)).contains("\"status\":\"INVALID\"").contains("\"field\":\"line\"");
        assertThat(lines.get(4)).contains("\"status\":\"INVALID\"").contains("\"field\":\"extra\"");
        assertThat(eventsOf(programme)).isEqualTo(1);

        ApiClient.Response oversight = batch(TestIdentity.as("contraloria"), line.replace(programme, programme + "-y"));
        ApiClient.Response anonymous = batch(ApiClient.anonymous(), line.replace(programme, programme + "-y"));

        assertThat(oversight.status()).isEqualTo(403);
        assertThat(oversight.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(eventsOf(programme + "-y")).isZero();
    }

    @Test
    void an_atomic_batch_with_one_bad_line_records_nothing_and_a_dry_run_records_nothing() {
        String programme = unique("atomic");
        String good = "{\"put\":\"/api/programmes/" + programme + "\",\"body\":{\"name\":\"ValleINN\",\"dependency\":\"SDE\"}}";
        String bad = "{\"put\":\"/api/programmes/" + programme + "-b\",\"body\":{\"name\":\"X\",\"dependency\":\"SDE\",\"extra\":1}}";

        ApiClient.Response atomic = send(api, "?atomic=true", good + "\n" + bad);
        ApiClient.Response dryRun = send(api, "?dryRun=true", good);

        assertThat(atomic.body().lines().toList()).hasSize(2).allMatch(line -> line.contains("\"recorded\":false"));
        assertThat(atomic.body()).contains("\"status\":\"CREATED\"", "\"status\":\"INVALID\"");
        assertThat(dryRun.body()).contains("\"status\":\"CREATED\"", "\"recorded\":false");
        assertThat(eventsOf(programme)).isZero();
        assertThat(send(api, "?atomic=true", good).body()).contains("\"status\":\"CREATED\"", "\"recorded\":true");
        assertThat(eventsOf(programme)).isEqualTo(1);
    }
}
