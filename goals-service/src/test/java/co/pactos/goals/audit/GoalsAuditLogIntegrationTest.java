package co.pactos.goals.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.TopicReader;
import co.pactos.infra.audit.AuditVerifier;
import co.pactos.infra.audit.AuditVerifier.Verdict;
import co.pactos.infra.audit.LogTampering;
import co.pactos.infra.identity.TestIdentity;
import co.pactos.kit.audit.Checkpoint;
import co.pactos.kit.audit.CheckpointSchedule;
import co.pactos.kit.audit.EventChain;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * As Contraloría: export the goals log, run audit/Verify.java on it (it passes), then edit, delete and move
 * events directly in PostgreSQL, export again, and the verifier names each.
 */
@ExtendWith(RealInfrastructure.class)
// pages of two lines: every export below is read from the database in several pages
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pactos.audit.checkpoint-events=2", "pactos.audit.export-page-lines=2"})
class GoalsAuditLogIntegrationTest {

    private static final String DATABASE = "goals_audit_it";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        // the test edits the log in place: it starts from an empty one every run
        AuditVerifier.recreateDatabase(TestInfrastructure.get().postgres(), DATABASE);
        TestInfrastructure.get().serviceProperties(DATABASE).forEach((key, value) -> registry.add(key, () -> value));
        TestIdentity.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private LogTampering log;

    @Autowired
    void logTampering(javax.sql.DataSource dataSource) {
        log = new LogTampering(dataSource);
    }

    @Autowired
    CheckpointSchedule schedule;

    @Autowired
    EventChain chain;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    private TransactionTemplate transactions;

    @BeforeEach
    void transactions() {
        transactions = new TransactionTemplate(transactionManager);
    }

    private final ApiClient planeacion = TestIdentity.as("planeacion");
    private final ApiClient contraloria = TestIdentity.as("contraloria");
    private final JsonMapper json = JsonMapper.builder().build();

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @BeforeEach
    void recordSomeEvents() {
        if (count("select count(*) from domain_event_entry") > 0) {
            return;
        }
        ok(planeacion.put(url("/api/plans/vi"), """
                {"name":"Valle Invencible","territoryCode":"76","startDate":"2020-01-01","endDate":"2023-12-31","source":"SIGESI"}"""));
        ok(planeacion.put(url("/api/dependencies/SDSP"), "{\"name\":\"Secretaría de Desarrollo Social y Participación\"}"));
        ok(planeacion.put(url("/api/pacts/accion-comunal"), "{\"planId\":\"vi\",\"name\":\"Acción comunal\"}"));
        ok(planeacion.put(url("/api/goals/mp-1"), """
                {"planId":"vi","code":"MP-1","statement":"Construir 1 plataforma","indicator":"Plataforma construida",
                 "unit":"número","kind":"PRODUCT","accumulation":"ACCUMULATED","baseline":0,"target":12.5,"dependency":"SDSP"}"""));
        ok(planeacion.put(url("/api/goals/mp-1/pacts/accion-comunal"), "{\"link\":\"DIRECT\"}"));
        ok(planeacion.put(url("/api/goals/mp-1/targets/2022"), "{\"value\":0.25}"));
        ok(planeacion.put(url("/api/goals/mp-1/progress/avance-1"), "{\"effectiveDate\":\"2022-06-30\",\"value\":0.1}"));
        ok(planeacion.put(url("/api/goals/mp-1/progress/avance-2"), "{\"effectiveDate\":\"2022-12-31\",\"value\":0.300}"));
        long events = count("select count(*) from domain_event_entry");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(count("select count(*) from audit_chain")).isEqualTo(events);
            // at least one: every 2 events (checkpoint-events=2) while the relay chains them one batch at a time, but
            // once when a slow start lets it chain all eight in one batch
            assertThat(count("select count(*) from audit_checkpoint")).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    void the_export_verifies_and_each_edit_in_postgresql_is_named() {
        Verdict clean = verify();
        assertThat(clean.exitCode()).as(clean.output()).isZero();
        assertThat(clean.output()).startsWith("OK: 8 events of /pactos/goals-service chain from position 1 to 8");

        // (a) one byte of a payload: "Construir" becomes "Konstruir"
        long goal = log.positionOf("GoalDeclaredEvent");
        String goalEvent = log.eventAt(goal);
        log.replaceInPayload(goalEvent, "Construir", "Konstruir");
        Verdict edited = verify();
        assertThat(edited.exitCode()).as(edited.output()).isEqualTo(1);
        assertThat(edited.output()).contains("chain breaks at position " + goal + " (event " + goalEvent + "): its content does not match");
        log.replaceInPayload(goalEvent, "Konstruir", "Construir");
        assertThat(verify().exitCode()).isZero();

        // (b) an event deleted
        long deleted = log.positionOf("AnnualTargetSetEvent");
        String deletedEvent = log.eventAt(deleted);
        Verdict missing = log.withoutEventAt(deleted, this::verify);
        assertThat(missing.exitCode()).as(missing.output()).isEqualTo(1);
        // audit_chain still holds the event's id: the export keeps its line (without content) and the verifier names it
        assertThat(missing.output()).contains("chain breaks at position " + deleted + " (event " + deletedEvent
                + "): its content is missing from the log: the event was deleted after it was chained");
        assertThat(verify().exitCode()).isZero();

        // (c) two events swap their places in the log
        long first = log.positionOf("ProgressReportedEvent");
        String movedUp = log.eventAt(first + 1);
        Verdict swapped = log.withSwapped(first, this::verify);
        assertThat(swapped.exitCode()).as(swapped.output()).isEqualTo(1);
        assertThat(swapped.output()).contains("chain breaks at position " + first + " (event " + movedUp + "): its content does not match");
        assertThat(verify().exitCode()).isZero();
    }

    @Test
    void a_checkpoint_with_a_bad_signature_or_beyond_the_export_fails_the_verification() {
        String checkpoints = get(contraloria, "/api/audit/checkpoints").body();
        String keys = get(contraloria, "/api/audit/keys").body();
        String events = get(contraloria, "/api/audit/events").body();
        JsonNode first = json.readTree(checkpoints).get(0);
        assertThat(first.get("origin").asString()).isEqualTo("/pactos/goals-service");
        assertThat(json.readTree(keys).get(0).get("algorithm").asString()).isEqualTo("Ed25519");

        // a checkpoint whose hash was changed no longer matches its signature
        String forged = checkpoints.replace(first.get("hash").asString(), "f".repeat(64));
        Verdict badSignature = AuditVerifier.verify(events, forged, keys);
        assertThat(badSignature.exitCode()).as(badSignature.output()).isEqualTo(1);
        assertThat(badSignature.output()).contains("checkpoint at position " + first.get("position").asLong())
                .contains("the signature does not verify");

        // an export cut short of the last checkpoint (the last events deleted, chain rows and all) fails
        long last = json.readTree(checkpoints).get(json.readTree(checkpoints).size() - 1).get("position").asLong();
        String cut = get(contraloria, "/api/audit/events?limit=" + (last - 1)).body();
        Verdict truncated = AuditVerifier.verify(cut, checkpoints, keys);
        assertThat(truncated.exitCode()).as(truncated.output()).isEqualTo(1);
        assertThat(truncated.output()).contains("the export ends at position " + (last - 1));
    }

    @Test
    void the_export_pages_with_after_and_limit_and_kafka_carries_the_same_hashes() {
        List<JsonNode> lines = lines(get(contraloria, "/api/audit/events?after=2&limit=3").body());
        assertThat(lines).extracting(l -> l.get("position").asLong()).containsExactly(3L, 4L, 5L);
        assertThat(lines.get(0).get("specversion").asString()).isEqualTo("1.0");
        assertThat(lines.get(0).get("prevhash").asString()).isEqualTo(log.hashAt(2));

        JsonNode goal = lines(get(contraloria, "/api/audit/events").body()).stream()
                .filter(l -> l.get("type").asString().equals("co.pactos.goals.GoalDeclared")).findFirst().orElseThrow();
        assertThat(goal.get("data").get("target").asString()).isEqualTo("12.5");
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = TopicReader.fromBeginning(TestInfrastructure.get().kafkaBootstrapServers(),
                "pactos.goals.events")) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                assertThat(seen).anyMatch(r -> goal.get("id").asString().equals(TopicReader.headers(r).get("ce_id")));
            });
        }
        Map<String, String> headers = TopicReader.headers(seen.stream()
                .filter(r -> goal.get("id").asString().equals(TopicReader.headers(r).get("ce_id"))).findFirst().orElseThrow());
        assertThat(headers).containsEntry("ce_hash", goal.get("hash").asString())
                .containsEntry("ce_prevhash", goal.get("prevhash").asString())
                .containsEntry("ce_position", goal.get("position").asString());

        // the checkpoints travel on their own topic, as the HTTP endpoint gives them
        JsonNode checkpoint = json.readTree(get(contraloria, "/api/audit/checkpoints").body()).get(0);
        List<String> published = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = TopicReader.fromBeginning(TestInfrastructure.get().kafkaBootstrapServers(),
                "pactos.audit.checkpoints")) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> published.add(new String(r.value(), java.nio.charset.StandardCharsets.UTF_8)));
                assertThat(published).anyMatch(p -> json.readTree(p).equals(checkpoint));
            });
        }
    }

    @Test
    void the_export_needs_oversight_or_planning_and_bounded_parameters() {
        for (String path : List.of("/api/audit/events", "/api/audit/checkpoints", "/api/audit/keys")) {
            assertThat(ApiClient.anonymous().get(url(path)).status()).as(path).isEqualTo(401);
            ApiClient.Response secretariat = TestIdentity.as("sigesi").get(url(path));
            assertThat(secretariat.status()).as(path).isEqualTo(403);
            assertThat(secretariat.contentType()).startsWith("application/problem+json");
            assertThat(get(planeacion, path).status()).as(path).isEqualTo(200);
        }
        for (String query : List.of("after=-1", "after=x", "limit=0", "limit=1000001", "limit=99999999999999999999")) {
            ApiClient.Response bad = contraloria.get(url("/api/audit/events?" + query));
            assertThat(bad.status()).as(query).isEqualTo(400);
            assertThat(bad.contentType()).as(query).startsWith("application/problem+json");
            assertThat(bad.body()).as(query).contains(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void the_periodic_checkpoint_signs_the_head_only_when_it_moved() {
        long head = count("select max(position) from audit_chain");
        jdbc.sql("delete from audit_checkpoint where position = ?").param(head).update();

        Optional<Checkpoint> signed = schedule.checkpointHead();
        Optional<Checkpoint> again = schedule.checkpointHead();

        assertThat(signed).hasValueSatisfying(c -> assertThat(c.position()).isEqualTo(head));
        assertThat(signed.get().hash()).isEqualTo(log.hashAt(head));
        assertThat(again).isEmpty();
        assertThat(verify().exitCode()).isZero();
    }

    @Test
    void a_log_recorded_before_the_chain_existed_is_chained_from_its_first_event() {
        List<String> before = jdbc.sql("select position || ' ' || global_index || ' ' || hash from audit_chain order by position")
                .query(String.class).list();
        jdbc.sql("delete from audit_chain").update();

        Long chained = transactions.execute(status -> chain.backfill());

        assertThat(chained).isEqualTo((long) before.size());
        assertThat(jdbc.sql("select position || ' ' || global_index || ' ' || hash from audit_chain order by position")
                .query(String.class).list()).isEqualTo(before);
        Long again = transactions.execute(status -> chain.backfill());
        assertThat(again).isZero();
        assertThat(verify().exitCode()).isZero();
    }

    private Verdict verify() {
        // checkpoints first: a checkpoint signed after the export would name a position the export does not hold
        String checkpoints = get(contraloria, "/api/audit/checkpoints").body();
        String keys = get(contraloria, "/api/audit/keys").body();
        String events = get(contraloria, "/api/audit/events").body();
        return AuditVerifier.verify(events, checkpoints, keys);
    }

    private ApiClient.Response get(ApiClient client, String path) {
        ApiClient.Response response = client.get(url(path));
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response;
    }

    private List<JsonNode> lines(String ndjson) {
        return ndjson.lines().filter(l -> !l.isBlank()).map(json::readTree).toList();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static void ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
    }
}
