package co.pactos.investments.web;

import static co.pactos.infra.SpreadsheetUploads.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.infra.SpreadsheetUploads.Answer;
import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.SpreadsheetUploads;
import co.pactos.infra.identity.TestIdentity;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spreadsheets of investments, executions, adjustments and call results, from checked-in XLSX and CSV files, imported
 * row by row; the references they name reach the service's catalog from the goals topic ({@link GoalsTopic}).
 */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvestmentsImportIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpreadsheetUploads.freshDatabase("investments_imports_it").forEach((key, value) -> registry.add(key, () -> value));
        TestIdentity.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
        // the plan, dependencies and pact the rows name reach this service's catalog from the goals topic
        registry.add("pactos.catalog.consumer-group", () -> "investments-catalog-investments_imports_it");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private long events() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }

    private static void ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
    }

    /** A programme of SDE with a 2022 call, and an investment of SDSP that the executions and adjustments name (idempotent). */
    @BeforeEach
    void references() {
        GoalsTopic.seed(jdbc);
        ApiClient planeacion = TestIdentity.as("planeacion");
        ok(planeacion.put(url("/api/programmes/prog-imp"), "{\"name\":\"ValleINN\",\"dependency\":\"SDE\"}"));
        ok(planeacion.put(url("/api/calls/conv-imp"), """
                {"programmeId":"prog-imp","name":"Comunas y corregimientos","fiscalYear":2022,"municipalities":["76001"]}"""));
        ok(planeacion.put(url("/api/investments/inv-base"), """
                {"dependency":"SDSP","amount":500000000,"fiscalYear":2022,"date":"2022-03-01","pacts":["accion-comunal"]}"""));
    }

    private Answer upload(String client, String kind, String file) {
        Answer answer = SpreadsheetUploads.upload(url("/api/imports/" + kind), client, file, fixture(file), null);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer;
    }

    private static List<String> statuses(Answer answer) {
        return answer.rows().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(row -> row.getValue().get("status").asString()).toList();
    }

    private static JsonNode row(Answer answer, int line) {
        return answer.rows().get(line);
    }

    private JsonNode get(String path) {
        ApiClient.Response response = TestIdentity.as("planeacion").get(url(path));
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** Imports the file twice: the second time nothing new is recorded. */
    private Answer twice(String client, String kind, String file, int created) {
        long before = events();
        Answer answer = upload(client, kind, file);
        assertThat(answer.summary().get("recorded").asInt()).as(answer.text()).isEqualTo(created);
        assertThat(events()).isEqualTo(before + created);
        Answer again = upload(client, kind, file);
        assertThat(again.summary().get("unchanged").asInt()).isEqualTo(created);
        assertThat(again.summary().get("recorded").asInt()).isZero();
        assertThat(events()).isEqualTo(before + created);
        return answer;
    }

    @Test
    void an_investments_xlsx_is_imported_in_whole_pesos_and_each_refusal_is_said_by_column() {
        Answer answer = twice("sigesi", "investments", "investments.xlsx", 1);

        assertThat(statuses(answer)).containsExactly("CREATED", "INVALID", "INVALID", "FORBIDDEN");
        assertThat(row(answer, 3).at("/problems/0/column").asString()).isEqualTo("Fecha");
        assertThat(row(answer, 3).at("/problems/0/message").asString()).contains("vigencia 2022");
        assertThat(row(answer, 4).at("/problems/0").toString()).contains("Valor comprometido", "pesos enteros");
        JsonNode investment = get("/api/investments/inv-x-1");
        assertThat(investment.get("amount").asLong()).isEqualTo(708_400_000L);
        assertThat(investment.get("fiscalYear").asInt()).isEqualTo(2022);
        assertThat(investment.get("date").asString()).isEqualTo("2022-02-01");
        assertThat(investment.get("goals").toString()).isEqualTo("[\"mp-sigesi\"]");
        assertThat(investment.get("fundingSource").asString()).isEqualTo("recursos propios");
    }

    @Test
    void an_investments_csv_reads_pesos_with_a_sign_and_says_how_an_ambiguous_amount_was_read() {
        Answer answer = twice("sigesi", "investments", "investments.csv", 2);

        assertThat(get("/api/investments/inv-c-1").get("amount").asLong()).isEqualTo(269_000_000L);
        assertThat(get("/api/investments/inv-c-2").get("amount").asLong()).isEqualTo(1234L);
        assertThat(row(answer, 3).at("/readings/0").toString()).contains("Valor comprometido", "1.234");
    }

    @Test
    void executions_from_xlsx_and_csv_are_recorded_and_what_the_aggregate_refuses_is_said() {
        Answer xlsx = twice("sigesi", "executions", "executions.xlsx", 2);
        Answer csv = twice("sigesi", "executions", "executions.csv", 1);

        assertThat(statuses(xlsx)).containsExactly("CREATED", "CREATED", "INVALID", "INVALID");
        assertThat(row(xlsx, 4).at("/problems/0/column").asString()).isEqualTo("Valor ejecutado");
        assertThat(row(xlsx, 5).at("/problems/0").toString()).contains("Id de la inversión", "inv-nada");
        assertThat(statuses(csv)).containsExactly("CREATED", "INVALID");
        assertThat(get("/api/investments/inv-base/executions/ej-x-1").get("amount").asLong()).isEqualTo(50_000_000L);
        assertThat(get("/api/investments/inv-base/executions/ej-x-2").get("amount").asLong()).isEqualTo(25_000_000L);
        assertThat(get("/api/investments/inv-base/executions/ej-c-1").get("date").asString()).isEqualTo("2022-05-01");
    }

    @Test
    void adjustments_from_xlsx_and_csv_take_negative_pesos_and_need_a_reason() {
        Answer xlsx = twice("sigesi", "adjustments", "adjustments.xlsx", 2);
        Answer csv = twice("sigesi", "adjustments", "adjustments.csv", 1);

        assertThat(statuses(xlsx)).containsExactly("CREATED", "CREATED", "INVALID");
        assertThat(row(xlsx, 4).at("/problems/0").toString()).contains("Motivo", "es obligatorio");
        assertThat(statuses(csv)).containsExactly("CREATED", "INVALID");
        assertThat(row(csv, 3).at("/problems/0/column").asString()).isEqualTo("Valor del ajuste");
        assertThat(get("/api/investments/inv-base/adjustments/aj-x-1").get("amount").asLong()).isEqualTo(-20_000_000L);
        assertThat(get("/api/investments/inv-base/adjustments/aj-c-1").get("reason").asString()).isEqualTo("reducción");
    }

    @Test
    void call_results_from_xlsx_and_csv_count_ventures_and_jobs_written_the_colombian_way() {
        Answer xlsx = twice("planeacion", "call-results", "call-results.xlsx", 2);
        Answer csv = twice("planeacion", "call-results", "call-results.csv", 1);

        assertThat(statuses(xlsx)).containsExactly("CREATED", "CREATED", "INVALID");
        assertThat(row(xlsx, 4).at("/problems/0").toString()).contains("Emprendimientos", "número entero");
        assertThat(statuses(csv)).containsExactly("CREATED", "INVALID");
        JsonNode first = get("/api/calls/conv-imp/results/res-x-1");
        assertThat(first.get("ventures").asLong()).isEqualTo(1515);
        assertThat(first.get("jobs").asLong()).isEqualTo(5846);
        assertThat(get("/api/calls/conv-imp/results/res-c-1").get("jobs").asLong()).isEqualTo(4588);
    }

    @Test
    void an_oversight_client_is_refused_and_nothing_is_recorded_and_templates_name_every_kind() {
        long before = events();

        Answer oversight = SpreadsheetUploads.upload(url("/api/imports/investments"), "contraloria", "i.xlsx", fixture("investments.xlsx"), null);
        Answer anonymous = SpreadsheetUploads.upload(url("/api/imports/investments"), null, "i.xlsx", fixture("investments.xlsx"), null);

        assertThat(oversight.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(events()).isEqualTo(before);
        for (String kind : List.of("investments", "executions", "adjustments", "call-results")) {
            assertThat(SpreadsheetUploads.get(url("/api/imports/" + kind + "/template.xlsx"), null).status()).isEqualTo(200);
            assertThat(SpreadsheetUploads.get(url("/api/imports/" + kind + "/template.csv"), null).status()).isEqualTo(200);
        }
        assertThat(SpreadsheetUploads.get(url("/api/imports/progress/template.csv"), null).text())
                .contains("investments, executions, adjustments, call-results");
    }
}
