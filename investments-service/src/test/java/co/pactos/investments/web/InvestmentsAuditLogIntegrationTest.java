package co.pactos.investments.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.audit.AuditVerifier;
import co.pactos.infra.audit.AuditVerifier.Verdict;
import co.pactos.infra.audit.LogTampering;
import co.pactos.infra.identity.TestIdentity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * As Contraloría: export the investments log and verify it with audit/Verify.java; then change one byte of an
 * amount, delete an event and swap two events in PostgreSQL: the verifier names each.
 */
@ExtendWith(RealInfrastructure.class)
// pages of two lines: every export below is read from the database in several pages
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pactos.audit.checkpoint-events=2", "pactos.audit.export-page-lines=2"})
class InvestmentsAuditLogIntegrationTest {

    private static final String DATABASE = "investments_audit_it";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        AuditVerifier.recreateDatabase(TestInfrastructure.get().postgres(), DATABASE);
        // the plan, dependencies and pact the writes name reach this service's catalog from the goals topic
        GoalsTopic.properties(registry, DATABASE);
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

    private final ApiClient planeacion = TestIdentity.as("planeacion");
    private final ApiClient contraloria = TestIdentity.as("contraloria");

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @BeforeEach
    void recordSomeEvents() {
        GoalsTopic.seed(jdbc);
        if (count("select count(*) from domain_event_entry") > 0) {
            return;
        }
        ok(planeacion.put(url("/api/programmes/valleinn"), "{\"name\":\"ValleINN\",\"dependency\":\"SDE\"}"));
        ok(planeacion.put(url("/api/calls/comunas"), """
                {"programmeId":"valleinn","name":"Comunas y corregimientos","fiscalYear":2022,"municipalities":["76001"]}"""));
        ok(planeacion.put(url("/api/investments/inv-1"), """
                {"dependency":"SDSP","amount":11224170162,"fiscalYear":2022,"date":"2022-03-01","pacts":["accion-comunal"],"source":"SIGESI"}"""));
        ok(planeacion.put(url("/api/investments/inv-1/executions/ej-1"), "{\"date\":\"2022-06-30\",\"amount\":150000000}"));
        ok(planeacion.put(url("/api/investments/inv-1/executions/ej-2"), "{\"date\":\"2022-09-30\",\"amount\":250000000}"));
        long events = count("select count(*) from domain_event_entry");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(count("select count(*) from audit_chain")).isEqualTo(events);
            assertThat(count("select count(*) from audit_checkpoint")).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    void the_export_verifies_and_each_edit_in_postgresql_is_named() {
        Verdict clean = verify();
        assertThat(clean.exitCode()).as(clean.output()).isZero();
        assertThat(clean.output()).startsWith("OK: 5 events of /pactos/investments-service chain from position 1 to 5");

        // (a) one byte of the commitment's amount: 11224170162 becomes 11224170163
        long committed = log.positionOf("InvestmentCommittedEvent");
        String committedEvent = log.eventAt(committed);
        log.replaceInPayload(committedEvent, "11224170162", "11224170163");
        Verdict edited = verify();
        assertThat(edited.exitCode()).as(edited.output()).isEqualTo(1);
        assertThat(edited.output()).contains("chain breaks at position " + committed + " (event " + committedEvent + ")");
        log.replaceInPayload(committedEvent, "11224170163", "11224170162");
        assertThat(verify().exitCode()).isZero();

        // (b) the call deleted
        long deleted = log.positionOf("CallOpenedEvent");
        String deletedEvent = log.eventAt(deleted);
        Verdict missing = log.withoutEventAt(deleted, this::verify);
        assertThat(missing.exitCode()).as(missing.output()).isEqualTo(1);
        // audit_chain still holds the event's id: the export keeps its line (without content) and the verifier names it
        assertThat(missing.output()).contains("chain breaks at position " + deleted + " (event " + deletedEvent
                + "): its content is missing from the log: the event was deleted after it was chained");
        assertThat(verify().exitCode()).isZero();

        // (c) the two executions swap their places in the log
        long first = log.positionOf("InvestmentExecutedEvent");
        String movedUp = log.eventAt(first + 1);
        Verdict swapped = log.withSwapped(first, this::verify);
        assertThat(swapped.exitCode()).as(swapped.output()).isEqualTo(1);
        assertThat(swapped.output()).contains("chain breaks at position " + first + " (event " + movedUp + "): its content does not match");
        assertThat(verify().exitCode()).isZero();
    }

    @Test
    void only_oversight_and_planning_read_the_audit_endpoints() {
        for (String path : List.of("/api/audit/events", "/api/audit/checkpoints", "/api/audit/keys")) {
            assertThat(ApiClient.anonymous().get(url(path)).status()).as(path).isEqualTo(401);
            assertThat(TestIdentity.as("sigesi").get(url(path)).status()).as(path).isEqualTo(403);
            assertThat(contraloria.get(url(path)).status()).as(path).isEqualTo(200);
        }
    }

    private Verdict verify() {
        String checkpoints = get("/api/audit/checkpoints");
        String keys = get("/api/audit/keys");
        String events = get("/api/audit/events");
        return AuditVerifier.verify(events, checkpoints, keys);
    }

    private String get(String path) {
        ApiClient.Response response = contraloria.get(url(path));
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static void ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
    }
}
