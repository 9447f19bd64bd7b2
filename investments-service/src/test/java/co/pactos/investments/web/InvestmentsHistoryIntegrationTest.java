package co.pactos.investments.web;

import static co.pactos.infra.HistoryEntries.change;
import static co.pactos.infra.HistoryEntries.fields;
import static co.pactos.infra.HistoryEntries.types;
import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.identity.TestIdentity;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GET {resource}/history on investments-service over HTTP against real PostgreSQL and Kafka (with goals-service's topic
 * holding the references it checks, as {@link GoalsTopic} seeds it): programmes, calls and results, investments with executions and adjustments, with
 * their changes and who wrote them; who may read. In this package for the goals topic it shares.
 */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvestmentsHistoryIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        GoalsTopic.properties(registry, "investments_history_it");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final ApiClient sigesi = TestIdentity.as("sigesi");
    private final ApiClient sdec = TestIdentity.as("sdec");
    private final ApiClient contraloria = TestIdentity.as("contraloria");
    private final JsonMapper json = JsonMapper.builder().build();
    private final String s = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void references() {
        GoalsTopic.seed(jdbc);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private JsonNode history(ApiClient as, String path) {
        ApiClient.Response answer = as.get(url(path + "/history"));
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private long eventsOf(String aggregateId) {
        return jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?").param(aggregateId).query(Long.class).single();
    }

    /** SIGESI commits money for STAC (a sub-unit of SDSP), executes part of it and reduces it. */
    private String investment() {
        String investment = "/api/investments/inv-" + s;
        created(sigesi.put(url(investment), """
                {"dependency":"STAC","amount":150000000,"fiscalYear":2022,"date":"2022-03-01","pacts":["accion-comunal"],"source":"SIGESI"}"""));
        created(sigesi.put(url(investment + "/executions/e1"), "{\"date\":\"2022-06-30\",\"amount\":90000000,\"source\":\"SIGESI\"}"));
        created(sigesi.put(url(investment + "/adjustments/a1"), "{\"date\":\"2022-07-15\",\"amount\":-1000000,\"reason\":\"Recorte presupuestal\"}"));
        return investment;
    }

    @Test
    void an_investment_history_shows_its_commitment_executions_and_adjustments_with_running_totals() {
        String investment = investment();

        JsonNode history = history(contraloria, investment);

        assertThat(types(history)).containsExactly("InvestmentCommitted", "InvestmentExecuted", "InvestmentAdjusted");
        JsonNode committed = history.get(0);
        assertThat(committed.get("actor").get("client").asString()).isEqualTo("sigesi");
        assertThat(committed.get("actor").get("dependency").asString()).isEqualTo("SDSP");
        assertThat(committed.get("onBehalfOf").asString()).isEqualTo("STAC");
        assertThat(committed.get("source").asString()).isEqualTo("SIGESI");
        assertThat(committed.get("validTime").asString()).isEqualTo("2022-03-01");
        assertThat(change(committed, "amount").get("to").asLong()).isEqualTo(150000000L);
        assertThat(change(committed, "committed").get("to").asLong()).isEqualTo(150000000L);
        JsonNode executed = history.get(1);
        assertThat(fields(executed)).containsExactly("executions.e1.date", "executions.e1.amount", "executed");
        assertThat(change(executed, "executed").get("from").asLong()).isZero();
        assertThat(change(executed, "executed").get("to").asLong()).isEqualTo(90000000L);
        JsonNode adjusted = history.get(2);
        assertThat(adjusted.get("reason").asString()).isEqualTo("Recorte presupuestal");
        assertThat(adjusted.get("source").isNull()).isTrue();
        assertThat(change(adjusted, "committed").get("from").asLong()).isEqualTo(150000000L);
        assertThat(change(adjusted, "committed").get("to").asLong()).isEqualTo(149000000L);

        JsonNode execution = history(contraloria, investment + "/executions/e1");
        assertThat(types(execution)).containsExactly("InvestmentExecuted");
        assertThat(fields(execution.get(0))).containsExactly("investmentId", "executionId", "date", "amount");
        JsonNode adjustment = history(sigesi, investment + "/adjustments/a1");
        assertThat(types(adjustment)).containsExactly("InvestmentAdjusted");
        assertThat(change(adjustment.get(0), "amount").get("to").asLong()).isEqualTo(-1000000L);
        assertThat(adjustment.get(0).get("reason").asString()).isEqualTo("Recorte presupuestal");

        ApiClient.Response page = contraloria.get(url(investment + "/history?format=html"));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Historial de la inversión inv-" + s).contains("Inversión comprometida")
                .contains("<span>$150.000.000</span> → <span>$149.000.000</span>").contains("Recorte presupuestal")
                .contains("1 de marzo de 2022").contains("En nombre de: STAC");
    }

    @Test
    void a_programme_a_call_and_its_results_have_their_histories() {
        String programme = "/api/programmes/valleinn-" + s;
        String call = "/api/calls/comunas-" + s;
        created(sdec.put(url(programme), "{\"name\":\"ValleINN\",\"dependency\":\"SDEC\",\"source\":\"SDEC-WEB\"}"));
        created(sdec.put(url(call), """
                {"programmeId":"valleinn-%s","name":"Comunas y corregimientos","fiscalYear":2022,"municipalities":["76001"]}""".formatted(s)));
        created(sdec.put(url(call + "/results/r1"), "{\"date\":\"2022-12-15\",\"ventures\":1515,\"jobs\":5846}"));

        JsonNode programmeHistory = history(sdec, programme);
        assertThat(types(programmeHistory)).containsExactly("ProgrammeDeclared");
        assertThat(programmeHistory.get(0).get("source").asString()).isEqualTo("SDEC-WEB");
        assertThat(change(programmeHistory.get(0), "dependency").get("to").asString()).isEqualTo("SDEC");
        JsonNode callHistory = history(contraloria, call);
        assertThat(types(callHistory)).containsExactly("CallOpened", "CallResultReported");
        assertThat(callHistory.get(0).get("validTime").asString()).isEqualTo("2022-01-01/2022-12-31");
        assertThat(change(callHistory.get(1), "results.r1.jobs").get("to").asLong()).isEqualTo(5846L);
        assertThat(callHistory.get(1).get("actor").get("client").asString()).isEqualTo("sdec");
        JsonNode result = history(sdec, call + "/results/r1");
        assertThat(types(result)).containsExactly("CallResultReported");
        assertThat(change(result.get(0), "ventures").get("to").asLong()).isEqualTo(1515L);
        assertThat(contraloria.get(url(call + "/results/r2/history")).status()).isEqualTo(404);
    }

    @Test
    void histories_need_a_token_and_a_secretariat_reads_only_those_of_its_dependency() {
        String investment = investment();
        String programme = "/api/programmes/fondo-" + s;
        created(sdec.put(url(programme), "{\"name\":\"Fondo\",\"dependency\":\"SDEC\"}"));
        long events = eventsOf("inv-" + s);

        ApiClient.Response anonymous = ApiClient.anonymous().get(url(investment + "/history"));
        ApiClient.Response otherSecretariat = sdec.get(url(investment + "/history"));
        ApiClient.Response otherProgramme = sigesi.get(url(programme + "/history"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(otherSecretariat.status()).as(otherSecretariat.body()).isEqualTo(403);
        assertThat(otherSecretariat.body()).contains("\"allowedDependency\":\"SDEC\"").contains("STAC");
        assertThat(otherProgramme.status()).as(otherProgramme.body()).isEqualTo(403);
        assertThat(TestIdentity.as("operador").get(url(investment + "/history")).status()).isEqualTo(403);
        assertThat(history(sigesi, investment).size()).isEqualTo(3);
        assertThat(history(TestIdentity.as("planeacion"), programme).size()).isEqualTo(1);
        assertThat(eventsOf("inv-" + s)).isEqualTo(events);
        assertThat(contraloria.get(url("/api/investments/none-" + s + "/history")).status()).isEqualTo(404);
    }
}
