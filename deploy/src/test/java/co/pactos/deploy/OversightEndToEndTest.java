package co.pactos.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.pactos.infra.ApiClient;
import co.pactos.infra.audit.AuditVerifier;
import co.pactos.infra.audit.AuditVerifier.Verdict;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance of issue 10 ("Oversight"), on the seed sample in the running suite, over HTTP with real tokens: Planeación
 * revises the 2022 target of the seed's direct goal and closes the 2022-06-30 cut-off; SIGESI's progress report dated in
 * it, and SDEC's payment dated in it (investments-service, which learns of the closure from the goals topic), are refused
 * until Planeación reopens; Contraloría reads the report's closure and the diff explained by the revision,
 * exports the goals log, and the verifier passes, then names the event whose payload was changed in PostgreSQL.
 */
class OversightEndToEndTest {

    private static final String PACT = SeedSuite.PACT;
    private static final String PLAN = "valle-invencible-2020-2023";
    private static final String GOAL = "meta-sigesi-accion-comunal";
    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;
    static LocalSuite suite;
    static String goals;
    static String reporting;

    @BeforeAll
    static void startSuiteAndLoadTheSample() {
        suite = SeedSuite.startWithTheSample(data);
        goals = suite.service("goals-service").url();
        reporting = suite.service("reporting-service").url();
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void planning_revises_and_closes_sigesi_waits_for_the_reopening_and_oversight_verifies_the_log() throws Exception {
        ApiClient planeacion = new ApiClient(suite.token("planeacion"));
        ApiClient sigesi = new ApiClient(suite.token("sigesi"));
        ApiClient contraloria = new ApiClient(suite.token("contraloria"));
        String goal = goals + "/api/goals/" + GOAL;
        String closure = goals + "/api/plans/" + PLAN + "/closures/2022-06-30";
        String progress = """
                {"effectiveDate":"2022-05-01","value":0.1,"source":"SIGESI"}""";
        Instant beforeTheRevision = Instant.now();

        // Planeación revises the 2022 target with a reason, and closes the cut-off
        created(planeacion.put(goal + "/targets/2022/revisions/ajuste-2022", """
                {"value":0.5,"reason":"Plan de acción 2022 ajustado","legalAct":"Decreto 1-3-0456 del 2 de mayo de 2022"}"""));
        ApiClient.Response closed = planeacion.put(closure, "{\"reason\":\"Corte del informe semestral\"}");
        created(closed);
        assertThat(JSON.readTree(closed.body()).at("/resource/closed").asBoolean()).as(closed.body()).isTrue();

        // SIGESI's report dated in the closed period: 409 naming the closure, nothing recorded
        ApiClient.Response refused = sigesi.put(goal + "/progress/avance-2022-05-01", progress);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.path("type").asText()).endsWith("/problems/period-closed");
        assertThat(problem.path("detail").asText()).contains("2022-06-30", PLAN, "planeacion");
        assertThat(problem.at("/closure/period").asText()).isEqualTo("2022-06-30");
        assertThat(sigesi.get(goal + "/progress/avance-2022-05-01").status()).isEqualTo(404);

        // investments-service learns of the closure from the goals topic (a dry run records nothing while it waits for it):
        // SDEC's payment dated in the closed period is refused there too, nothing recorded
        ApiClient sdec = new ApiClient(suite.token("sdec"));
        String investments = suite.service("investments-service").url();
        String payment = "/api/investments/inversion-valleinn-municipios-2022/executions/pago-mayo-2022";
        String paymentBody = "{\"date\":\"2022-05-01\",\"amount\":1000000}";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(dryRun(sdec, investments, payment, paymentBody)).contains("period-closed"));
        ApiClient.Response refusedPayment = sdec.put(investments + payment, paymentBody);
        assertThat(refusedPayment.status()).as(refusedPayment.body()).isEqualTo(409);
        assertThat(JSON.readTree(refusedPayment.body()).at("/closure/period").asText()).isEqualTo("2022-06-30");
        assertThat(sdec.get(investments + payment).status()).isEqualTo(404);

        // Planeación reopens until tomorrow; SIGESI's report is recorded, and SDEC's payment once investments-service knows
        created(planeacion.put(closure + "/reopenings/reporte-tardio", """
                {"reason":"SIGESI reporta tarde el avance de mayo","until":"%s"}""".formatted(LocalDate.now(BOGOTA).plusDays(1))));
        created(sigesi.put(goal + "/progress/avance-2022-05-01", progress));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(dryRun(sdec, investments, payment, paymentBody)).contains("\"status\":\"CREATED\""));
        created(sdec.put(investments + payment, paymentBody));
        Instant afterThePosting = Instant.now();

        // the JSON report lists the closure with its reopening; the document says who closed the figures and when
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonNode report = report();
            JsonNode cutOff = find(report.path("closures"), "period", "2022-06-30");
            assertThat(cutOff.path("reason").asText()).isEqualTo("Corte del informe semestral");
            assertThat(cutOff.at("/closedBy/client").asText()).isEqualTo("planeacion");
            assertThat(cutOff.path("reopenings").findValuesAsText("reopeningId")).containsExactly("reporte-tardio");
        });
        ApiClient.Response document = ApiClient.anonymous().get(reporting + "/api/reports/pacts/" + PACT
                + "/document?period=2022-06-30&format=md");
        assertThat(document.status()).as(document.body()).isEqualTo(200);
        assertThat(document.body()).contains("Cifras cerradas el " + spanish(LocalDate.now(BOGOTA))
                + " por Departamento Administrativo de Planeación (con corte a 30 de junio de 2022: del 1 de enero de 2020 al 30 de"
                + " junio de 2022). Motivo: Corte del informe semestral");

        String revisionEvent = find(find(report().path("goals"), "goalId", GOAL).path("amendments"), "id", "ajuste-2022")
                .path("eventId").asText();
        assertThat(revisionEvent).isNotBlank();

        // Contraloría reads the 2022 target's history: set by the sample, then revised by Planeación, with the diff and who
        ApiClient.Response history = contraloria.get(goal + "/targets/2022/history");
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        JsonNode entries = JSON.readTree(history.body());
        assertThat(entries.findValuesAsText("type")).containsExactly("co.pactos.goals.AnnualTargetSet",
                "co.pactos.goals.AnnualTargetRevised");
        JsonNode revised = entries.get(1);
        assertThat(revised.path("eventId").asText()).isEqualTo(revisionEvent);
        assertThat(revised.path("reason").asText()).isEqualTo("Plan de acción 2022 ajustado");
        assertThat(revised.path("legalAct").asText()).isEqualTo("Decreto 1-3-0456 del 2 de mayo de 2022");
        assertThat(revised.at("/actor/client").asText()).isEqualTo("planeacion");
        JsonNode valueChange = revised.path("changes").get(0);
        assertThat(valueChange.path("from").decimalValue()).as(revised.toString()).isEqualByComparingTo("0.25");
        assertThat(valueChange.path("to").decimalValue()).as(revised.toString()).isEqualByComparingTo("0.5");
        // the goal's whole history is there too; without a token, none
        assertThat(contraloria.get(goal + "/history").status()).isEqualTo(200);
        assertThat(ApiClient.anonymous().get(goal + "/history").status()).isEqualTo(401);

        // Contraloría: the report before the revision and after the posting differ in the goal's target, explained by the revision
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            ApiClient.Response diff = contraloria.get(reporting + "/api/reports/pacts/" + PACT + "/diff?period=2022-06-30&from="
                    + beforeTheRevision + "&to=" + afterThePosting);
            assertThat(diff.status()).as(diff.body()).isEqualTo(200);
            JsonNode changes = JSON.readTree(diff.body()).path("changes");
            JsonNode target = find(changes, "figure", "goals/" + GOAL + "/target");
            assertThat(target.path("from").decimalValue()).isEqualByComparingTo("0.25");
            assertThat(target.path("to").decimalValue()).isEqualByComparingTo("0.5");
            assertThat(texts(target.path("events"))).contains(revisionEvent);
            // the report posted in May does not move the cut-off's figure (the latest report to 30 June, 0, stands) but is listed
            JsonNode events = JSON.readTree(diff.body()).path("events");
            assertThat(events.findValuesAsText("type")).contains("co.pactos.goals.AnnualTargetRevised", "co.pactos.goals.PeriodClosed",
                    "co.pactos.goals.PeriodReopened", "co.pactos.goals.ProgressReported");
            JsonNode revision = find(events, "eventId", revisionEvent);
            assertThat(revision.path("type").asText()).isEqualTo("co.pactos.goals.AnnualTargetRevised");
            assertThat(revision.path("reason").asText()).isEqualTo("Plan de acción 2022 ajustado");
        });

        // the goals log exported and verified; the closure's position is signed
        Verdict clean = verify(contraloria);
        assertThat(clean.exitCode()).as(clean.output()).isZero();
        assertThat(clean.output()).startsWith("OK: ").contains(" events of /pactos/goals-service chain from position 1 to ");
        long closurePosition = find(exportLines(contraloria), "type", "co.pactos.goals.PeriodClosed").path("position").asLong();
        assertThat(JSON.readTree(contraloria.get(goals + "/api/audit/checkpoints").body()).findValuesAsText("position"))
                .contains(Long.toString(closurePosition));

        // Contraloría replays both exported logs up to their latest checkpoints: the rebuilt report matches the published one
        long goalsHead = lastPosition(contraloria, goals);
        long investmentsHead = lastPosition(contraloria, investments);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() ->
                signedUpTo(contraloria, goals) >= goalsHead && signedUpTo(contraloria, investments) >= investmentsHead);
        ApiClient.Response replay = replay(contraloria, investments);
        assertThat(replay.status()).as(replay.body()).isEqualTo(200);
        JsonNode replayed = JSON.readTree(replay.body());
        assertThat(replayed.path("verdict").asText()).as(replayed.path("changes").toString()).isEqualTo("MATCH");
        assertThat(replayed.at("/logs/0/replayedEvents").asLong()).isEqualTo(goalsHead);
        assertThat(replayed.at("/report/totals/committed").asLong()).isEqualTo(30_551_570_162L);
        assertThat(find(replayed.at("/report/goals"), "goalId", GOAL).path("target").decimalValue()).isEqualByComparingTo("0.5");
        // a secretariat may not replay
        assertThat(sigesi.postFiles(reporting + "/api/audit/replays?pactId=" + PACT + "&period=2022-06-30", List.of(
                new ApiClient.FilePart("events", "goals.ndjson", new byte[] {'{'}))).status()).isEqualTo(403);

        // one byte of the revision's payload changed in goals-service's database: the verifier names that event
        long revisionPosition = find(exportLines(contraloria), "id", revisionEvent).path("position").asLong();
        try (Connection db = DriverManager.getConnection(suite.postgres().jdbcUrl("pactos_goals"), suite.postgres().user(),
                suite.postgres().password());
             PreparedStatement edit = db.prepareStatement("update domain_event_entry set payload = convert_to(replace("
                     + "convert_from(payload, 'UTF8'), 'ajustado', 'ajustadO'), 'UTF8') where event_identifier = ?")) {
            edit.setString(1, revisionEvent);
            assertThat(edit.executeUpdate()).isEqualTo(1);
        }
        Verdict edited = verify(contraloria);
        assertThat(edited.exitCode()).as(edited.output()).isEqualTo(1);
        assertThat(edited.output()).contains("chain breaks at position " + revisionPosition + " (event " + revisionEvent
                + "): its content does not match");
        // and the replay refuses the edited log, naming the same event
        ApiClient.Response refusedReplay = replay(contraloria, investments);
        assertThat(refusedReplay.status()).as(refusedReplay.body()).isEqualTo(422);
        assertThat(JSON.readTree(refusedReplay.body()).path("detail").asText()).contains("the chain breaks at position " + revisionPosition
                + " of /pactos/goals-service (event " + revisionEvent);
    }

    /** The answer of a one-line dry run of {@code path}: what the service would do with it now, recording nothing. */
    private static String dryRun(ApiClient client, String service, String path, String body) {
        ApiClient.Response response = client.postBatch(service + "/api/batch?dryRun=true",
                "{\"put\":\"" + path + "\",\"body\":" + body + "}\n");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** As an auditor would: checkpoints and keys first (a checkpoint newer than the export would name what it lacks). */
    private static Verdict verify(ApiClient contraloria) {
        String checkpoints = ok(contraloria.get(goals + "/api/audit/checkpoints"));
        String keys = ok(contraloria.get(goals + "/api/audit/keys"));
        String events = ok(contraloria.get(goals + "/api/audit/events?after=0&limit=1000000"));
        return AuditVerifier.verify(events, checkpoints, keys);
    }

    /** Both services' logs, checkpoints and keys, as an auditor exports them, sent to reporting-service to replay. */
    private static ApiClient.Response replay(ApiClient contraloria, String investments) {
        List<ApiClient.FilePart> parts = new ArrayList<>();
        for (String service : List.of(goals, investments)) {
            parts.add(new ApiClient.FilePart("checkpoints", "checkpoints.json", bytes(ok(contraloria.get(service + "/api/audit/checkpoints")))));
            parts.add(new ApiClient.FilePart("keys", "keys.json", bytes(ok(contraloria.get(service + "/api/audit/keys")))));
            parts.add(new ApiClient.FilePart("events", "events.ndjson",
                    bytes(ok(contraloria.get(service + "/api/audit/events?after=0&limit=1000000")))));
        }
        return contraloria.postFiles(reporting + "/api/audit/replays?pactId=" + PACT + "&period=2022-06-30", parts);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static long lastPosition(ApiClient contraloria, String service) {
        List<String> lines = ok(contraloria.get(service + "/api/audit/events?after=0&limit=1000000")).lines().filter(l -> !l.isBlank())
                .toList();
        try {
            return JSON.readTree(lines.get(lines.size() - 1)).path("position").asLong();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long signedUpTo(ApiClient contraloria, String service) throws Exception {
        long highest = 0;
        for (JsonNode checkpoint : JSON.readTree(ok(contraloria.get(service + "/api/audit/checkpoints")))) {
            highest = Math.max(highest, checkpoint.path("position").asLong());
        }
        return highest;
    }

    private static JsonNode exportLines(ApiClient contraloria) throws Exception {
        return JSON.readTree("[" + String.join(",", ok(contraloria.get(goals + "/api/audit/events")).lines()
                .filter(l -> !l.isBlank()).toList()) + "]");
    }

    private static JsonNode report() throws Exception {
        return JSON.readTree(ok(ApiClient.anonymous().get(reporting + "/api/reports/pacts/" + PACT + "?period=2022-06-30")));
    }

    private static String ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static void created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false).filter(n -> n.path(field).asText().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + "=" + value + " in " + array));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    /** es-CO long date, as the documents write it: {@code 27 de noviembre de 2026}. */
    private static String spanish(LocalDate date) {
        return date.getDayOfMonth() + " de " + date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.forLanguageTag("es-CO"))
                + " de " + date.getYear();
    }
}
