package co.pactos.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.pactos.events.EventJson;
import co.pactos.events.Topics;
import co.pactos.events.goals.Accumulation;
import co.pactos.events.goals.ActivityRecordedEvent;
import co.pactos.events.goals.AnnualTargetSetEvent;
import co.pactos.events.goals.Beneficiaries;
import co.pactos.events.goals.DependencyRegisteredEvent;
import co.pactos.events.goals.GoalDeclaredEvent;
import co.pactos.events.goals.GoalKind;
import co.pactos.events.goals.GoalLinkedToPactEvent;
import co.pactos.events.goals.LinkType;
import co.pactos.events.goals.PactDeclaredEvent;
import co.pactos.events.goals.PlanDeclaredEvent;
import co.pactos.events.goals.ProgressReportedEvent;
import co.pactos.events.investments.InvestmentCommittedEvent;
import co.pactos.events.investments.InvestmentExecutedEvent;
import co.pactos.events.investments.ProgrammeDeclaredEvent;
import co.pactos.infra.ApiClient;
import co.pactos.infra.ApiClient.FilePart;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.identity.TestIdentity;
import co.pactos.reporting.audit.ChainedLog.Entry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Replay for audits: oversight sends the logs it exported (goals and investments) with their signed checkpoints and keys;
 * the service checks them, rebuilds the pact's report from them up to the checkpoints and compares it with the report it
 * published. A log that does not verify, a checkpoint that is not signed by its key, and a caller who may not audit are
 * refused, and nothing of a replay is left behind.
 */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditReplayTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().serviceProperties("reporting_replay_it").forEach((key, value) -> registry.add(key, () -> value));
        TestIdentity.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("pactos.reporting.consumer-group", () -> "reporting-replay-it");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final String s = UUID.randomUUID().toString().substring(0, 8);
    private final String pact = "pacto-" + s;
    private final String goal = "meta-" + s;
    private ChainedLog goals;
    private ChainedLog investments;
    private Entry beforeSecondReport;
    private Entry goalsHead;
    private Entry investmentsHead;
    private Entry secondReport;
    private Instant investmentsRecordedAt;
    private Entry laterInvestmentsHead;

    @BeforeAll
    void publishTheWorld() {
        String kafka = TestInfrastructure.get().kafkaBootstrapServers();
        goals = new ChainedLog("/pactos/goals-replay-" + s, Topics.GOALS, kafka);
        investments = new ChainedLog("/pactos/investments-replay-" + s, Topics.INVESTMENTS, kafka);
        String plan = "plan-" + s;
        String sdsp = "SDSP-" + s;
        String activity = "actividad-" + s;
        Instant t = Instant.now().minus(Duration.ofHours(2));
        goals.append(new PlanDeclaredEvent(plan, "Valle Invencible", "76", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31)), t);
        goals.append(new DependencyRegisteredEvent(sdsp, "Secretaría de Desarrollo Social y Participación", null), t.plusSeconds(1));
        goals.append(new PactDeclaredEvent(pact, plan, "Pacto de Acción Comunal", null), t.plusSeconds(2));
        goals.append(new GoalDeclaredEvent(goal, plan, "SIGESI-AC", "Construir 1 plataforma SIGESI", "Plataforma construida", "número",
                GoalKind.PRODUCT, Accumulation.ACCUMULATED, BigDecimal.ZERO, BigDecimal.ONE, sdsp), t.plusSeconds(3));
        goals.append(new GoalLinkedToPactEvent(goal, pact, LinkType.DIRECT), t.plusSeconds(4));
        goals.append(new AnnualTargetSetEvent(goal, 2022, new BigDecimal("0.25")), t.plusSeconds(5));
        goals.append(new ProgressReportedEvent(goal, "r1", LocalDate.of(2022, 3, 31), new BigDecimal("0.05"), null, null, null),
                t.plusSeconds(6));
        beforeSecondReport = goals.append(new ActivityRecordedEvent(activity, plan, sdsp, "Capacitación a líderes comunales", null,
                LocalDate.of(2022, 2, 1), null, List.of(pact), false, List.of(goal), List.of(new Beneficiaries("líderes comunales", 500)),
                List.of("76001"), List.of()), t.plusSeconds(7));
        investments.append(new InvestmentCommittedEvent("inversion-" + s, plan, sdsp, 100_000_000L, 2022, LocalDate.of(2022, 2, 1),
                activity, null, List.of(), List.of(pact), false, null), t.plusSeconds(8));
        investmentsRecordedAt = t.plusSeconds(9);
        investmentsHead = investments.append(new InvestmentExecutedEvent("inversion-" + s, "pago-1", LocalDate.of(2022, 5, 1),
                40_000_000L), investmentsRecordedAt);
        secondReport = goals.append(new ProgressReportedEvent(goal, "r2", LocalDate.of(2022, 6, 30), new BigDecimal("0.1"), null, null,
                null), t.plusSeconds(60));
        goalsHead = secondReport;
        // investments-service's log goes on after goals-service's second report (a programme outside the pact): a checkpoint
        // there is later than goals-service's events after an earlier checkpoint
        laterInvestmentsHead = investments.append(new ProgrammeDeclaredEvent("programa-" + s, "ValleINN", sdsp), t.plusSeconds(70));

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            ApiClient.Response report = ApiClient.anonymous().get(url("/api/reports/pacts/" + pact + "?period=2022"));
            assertThat(report.status()).as(report.body()).isEqualTo(200);
            JsonNode json = EventJson.mapper().readTree(report.body());
            assertThat(json.at("/directGoals/meanProgress").decimalValue()).isEqualByComparingTo("40.0");
            assertThat(json.at("/totals/executed").asLong()).isEqualTo(40_000_000L);
        });
    }

    @AfterAll
    void close() {
        goals.close();
        investments.close();
    }

    @Test
    void the_whole_exported_logs_rebuild_the_published_report() throws Exception {
        ApiClient.Response response = replay("contraloria", "?pactId=" + pact + "&period=2022", goals.export(), investments.export(),
                ChainedLog.checkpoints(goals.checkpoint(goalsHead), investments.checkpoint(investmentsHead)));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode replay = EventJson.mapper().readTree(response.body());
        assertThat(replay.get("verdict").asText()).isEqualTo("MATCH");
        assertThat(replay.get("changes")).isEmpty();
        assertThat(replay.at("/report/directGoals/meanProgress").decimalValue()).isEqualByComparingTo("40.0");
        assertThat(replay.at("/report/totals/committed").asLong()).isEqualTo(100_000_000L);
        assertThat(replay.at("/report/totals/executed").asLong()).isEqualTo(40_000_000L);
        assertThat(replay.at("/published/directGoals/meanProgress").decimalValue()).isEqualByComparingTo("40.0");
        assertThat(replay.get("publishedAsOf").asText()).isEqualTo(goalsRecordedAt(secondReport).toString());
        assertThat(replay.at("/logs/0/origin").asText()).isEqualTo(goals.origin());
        assertThat(replay.at("/logs/1/origin").asText()).isEqualTo(investments.origin());
        assertThat(replay.at("/logs/0/replayedEvents").asLong()).isEqualTo(goalsHead.position());
        assertThat(replay.at("/logs/0/checkpoint/hash").asText()).isEqualTo(goalsHead.hash());
        assertThat(replay.get("parked")).isEmpty();
        assertNoReplayLeft();
    }

    @Test
    void a_replay_up_to_an_earlier_checkpoint_matches_what_was_published_then_and_names_what_came_after() throws Exception {
        byte[] checkpoints = ChainedLog.checkpoints(goals.checkpoint(beforeSecondReport), goals.checkpoint(goalsHead),
                investments.checkpoint(investmentsHead));
        String upTo = "&upTo=" + URLEncoder.encode(goals.origin() + ":" + beforeSecondReport.position(), StandardCharsets.UTF_8);

        ApiClient.Response then = replay("contraloria", "?pactId=" + pact + "&period=2022" + upTo, goals.export(), investments.export(),
                checkpoints);
        assertThat(then.status()).as(then.body()).isEqualTo(200);
        JsonNode atThatTime = EventJson.mapper().readTree(then.body());
        assertThat(atThatTime.get("publishedAsOf").asText()).isEqualTo(investmentsRecordedAt.toString());
        assertThat(atThatTime.get("verdict").asText()).isEqualTo("MATCH");
        assertThat(atThatTime.at("/report/directGoals/meanProgress").decimalValue()).isEqualByComparingTo("20.0");

        ApiClient.Response now = replay("contraloria", "?pactId=" + pact + "&period=2022" + upTo + "&asOf="
                + URLEncoder.encode(Instant.now().toString(), StandardCharsets.UTF_8), goals.export(), investments.export(), checkpoints);
        assertThat(now.status()).as(now.body()).isEqualTo(200);
        JsonNode later = EventJson.mapper().readTree(now.body());
        assertThat(later.get("verdict").asText()).isEqualTo("DIFFERENT");
        JsonNode achieved = change(later, "goals/" + goal + "/achieved");
        assertThat(achieved.get("from").decimalValue()).isEqualByComparingTo("0.10");
        assertThat(achieved.get("to").decimalValue()).isEqualByComparingTo("0.05");
        assertThat(achieved.get("events").toString()).contains(secondReport.eventId());
        assertThat(change(later, "directGoals/meanProgress").get("from").decimalValue()).isEqualByComparingTo("40.0");
        assertThat(later.get("onlyInPublished").findValuesAsText("eventId")).containsExactly(secondReport.eventId());
        assertThat(later.get("onlyInReplay")).isEmpty();
        assertNoReplayLeft();
    }

    @Test
    void logs_signed_at_different_times_are_compared_before_the_first_event_a_checkpoint_leaves_out() throws Exception {
        // goals-service signed before its second report; investments-service signed later, after that report was recorded
        byte[] checkpoints = ChainedLog.checkpoints(goals.checkpoint(beforeSecondReport), investments.checkpoint(laterInvestmentsHead));
        String upTo = "&upTo=" + URLEncoder.encode(goals.origin() + ":" + beforeSecondReport.position(), StandardCharsets.UTF_8);

        ApiClient.Response response = replay("contraloria", "?pactId=" + pact + "&period=2022" + upTo, goals.export(),
                investments.export(), checkpoints);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode replay = EventJson.mapper().readTree(response.body());
        Instant beforeTheUnsignedReport = goalsRecordedAt(secondReport).minusNanos(1_000);
        assertThat(replay.get("publishedAsOf").asText()).isEqualTo(beforeTheUnsignedReport.toString());
        assertThat(replay.get("verdict").asText()).as(replay.get("changes").toString()).isEqualTo("MATCH");
        assertThat(replay.at("/report/directGoals/meanProgress").decimalValue()).isEqualByComparingTo("20.0");
        assertThat(replay.at("/logs/0/nextRecordedAt").asText()).isEqualTo(goalsRecordedAt(secondReport).toString());
        assertThat(replay.at("/logs/1/replayedEvents").asLong()).isEqualTo(laterInvestmentsHead.position());
        assertThat(replay.at("/logs/1/nextRecordedAt").isNull()).isTrue();
        assertNoReplayLeft();
    }

    @Test
    void the_comparison_reads_as_a_spanish_document() {
        byte[] checkpoints = ChainedLog.checkpoints(goals.checkpoint(beforeSecondReport), investments.checkpoint(investmentsHead));
        ApiClient.Response md = replay("contraloria", "?pactId=" + pact + "&period=2022&format=md&asOf="
                + URLEncoder.encode(Instant.now().toString(), StandardCharsets.UTF_8), goals.export(), investments.export(), checkpoints);

        assertThat(md.status()).as(md.body()).isEqualTo(200);
        assertThat(md.contentType()).startsWith("text/markdown");
        assertThat(md.body()).startsWith("# Reconstrucción del informe desde el registro exportado")
                .contains("reconstruido desde el registro de " + goals.origin() + " hasta la posición " + beforeSecondReport.position())
                .contains("Resultado: el informe reconstruido difiere del publicado en")
                .contains("Eventos que cuenta el informe publicado y no están en el registro reconstruido")
                .contains("Reporte de avance");
        ApiClient.Response html = replay("contraloria", "?pactId=" + pact + "&period=2022&format=html", goals.export(),
                investments.export(), ChainedLog.checkpoints(goals.checkpoint(goalsHead), investments.checkpoint(investmentsHead)));
        assertThat(html.status()).as(html.body()).isEqualTo(200);
        assertThat(html.body()).contains("<html lang=\"es-CO\"").contains("coincide con el publicado en todas sus cifras");
        assertNoReplayLeft();
    }

    @Test
    void a_payload_changed_after_it_was_chained_is_refused_naming_the_event() throws Exception {
        long position = 6; // the 2022 target
        ObjectNode line = (ObjectNode) EventJson.mapper().readTree(goals.line(position));
        ((ObjectNode) line.get("data")).put("value", new BigDecimal("0.5"));
        String edited = EventJson.mapper().writeValueAsString(line);

        ApiClient.Response response = replay("contraloria", "?pactId=" + pact + "&period=2022", goals.exportWith(position, edited),
                investments.export(), ChainedLog.checkpoints(goals.checkpoint(goalsHead), investments.checkpoint(investmentsHead)));

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        JsonNode problem = EventJson.mapper().readTree(response.body());
        assertThat(problem.get("detail").asText()).contains("position 6 of " + goals.origin())
                .contains("event " + line.get("id").asText()).contains("content was changed");
        assertThat(problem.at("/errors/0/field").asText()).startsWith("events");
        assertNoReplayLeft();
    }

    @Test
    void a_log_with_an_event_deleted_is_refused_naming_where_the_chain_breaks() throws Exception {
        String export = new String(goals.export(), StandardCharsets.UTF_8).replace(goals.line(3) + "\n", "");

        ApiClient.Response response = replay("contraloria", "?pactId=" + pact + "&period=2022", export.getBytes(StandardCharsets.UTF_8),
                investments.export(), ChainedLog.checkpoints(goals.checkpoint(goalsHead), investments.checkpoint(investmentsHead)));

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(EventJson.mapper().readTree(response.body()).get("detail").asText())
                .contains("the chain breaks at position 4 of " + goals.origin()).contains("position 3 was expected");
        assertNoReplayLeft();
    }

    @Test
    void a_checkpoint_not_signed_by_the_key_it_names_is_refused() throws Exception {
        ApiClient.Response response = replay("contraloria", "?pactId=" + pact + "&period=2022", goals.export(), investments.export(),
                ChainedLog.checkpoints(goals.forged(goalsHead), investments.checkpoint(investmentsHead)));

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        JsonNode problem = EventJson.mapper().readTree(response.body());
        assertThat(problem.get("detail").asText()).contains("signature does not verify");
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("checkpoints");
        assertNoReplayLeft();
    }

    @Test
    void a_secretariat_or_an_anonymous_caller_may_not_replay_and_nothing_is_built() {
        byte[] checkpoints = ChainedLog.checkpoints(goals.checkpoint(goalsHead), investments.checkpoint(investmentsHead));
        assertThat(replay("sigesi", "?pactId=" + pact + "&period=2022", goals.export(), investments.export(), checkpoints).status())
                .isEqualTo(403);
        assertThat(replay(null, "?pactId=" + pact + "&period=2022", goals.export(), investments.export(), checkpoints).status())
                .isEqualTo(401);
        assertNoReplayLeft();
    }

    @Test
    void missing_parts_and_bad_parameters_are_named() throws Exception {
        ApiClient.Response response = TestIdentity.as("contraloria").postFiles(url("/api/audit/replays?period=2023-02-30&upTo=nada&format=docx"),
                List.of(new FilePart("keys", "keys.json", goals.keys())));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(EventJson.mapper().readTree(response.body()).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("pactId", "period", "upTo", "events", "checkpoints", "format");
        assertNoReplayLeft();
    }

    @Test
    void an_empty_log_or_a_body_that_is_not_a_form_is_refused_with_a_problem() throws Exception {
        ApiClient.Response empty = replay("contraloria", "?pactId=" + pact + "&period=2022", new byte[0], new byte[0],
                ChainedLog.checkpoints(goals.checkpoint(goalsHead)));
        assertThat(empty.status()).as(empty.body()).isEqualTo(422);
        assertThat(EventJson.mapper().readTree(empty.body()).at("/errors/0/field").asText()).isEqualTo("events");

        ApiClient.Response json = TestIdentity.as("contraloria").post(url("/api/audit/replays?pactId=" + pact + "&period=2022"),
                new String(goals.export(), StandardCharsets.UTF_8));
        assertThat(json.status()).as(json.body()).isEqualTo(415);
        assertThat(json.contentType()).startsWith("application/problem+json");
        assertNoReplayLeft();
    }

    @Test
    void a_pact_the_replayed_logs_do_not_declare_is_named() throws Exception {
        ApiClient.Response response = replay("contraloria", "?pactId=otro-" + s + "&period=2022", goals.export(), investments.export(),
                ChainedLog.checkpoints(goals.checkpoint(goalsHead), investments.checkpoint(investmentsHead)));

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(EventJson.mapper().readTree(response.body()).at("/errors/0/field").asText()).isEqualTo("pactId");
        assertNoReplayLeft();
    }

    private ApiClient.Response replay(String client, String query, byte[] goalsLog, byte[] investmentsLog, byte[] checkpoints) {
        ApiClient api = client == null ? ApiClient.anonymous() : TestIdentity.as(client);
        byte[] keys = ("[" + strip(goals.keys()) + "," + strip(investments.keys()) + "]").getBytes(StandardCharsets.UTF_8);
        return api.postFiles(url("/api/audit/replays" + query), List.of(new FilePart("events", "goals.ndjson", goalsLog),
                new FilePart("events", "investments.ndjson", investmentsLog), new FilePart("checkpoints", "checkpoints.json", checkpoints),
                new FilePart("keys", "keys.json", keys)));
    }

    private static String strip(byte[] array) {
        String text = new String(array, StandardCharsets.UTF_8).strip();
        return text.substring(1, text.length() - 1);
    }

    private Instant goalsRecordedAt(Entry entry) {
        try {
            return Instant.parse(EventJson.mapper().readTree(goals.line(entry.position())).get("time").asText());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode change(JsonNode replay, String figure) {
        for (JsonNode change : replay.get("changes")) {
            if (change.get("figure").asText().equals(figure)) {
                return change;
            }
        }
        throw new AssertionError("no change of " + figure + " in " + replay.get("changes"));
    }

    private void assertNoReplayLeft() {
        assertThat(jdbc.sql("select count(*) from pg_namespace where nspname like 'audit_replay_%'").query(Long.class).single()).isZero();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
