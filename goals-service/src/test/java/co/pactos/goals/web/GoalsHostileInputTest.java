package co.pactos.goals.web;

import static co.pactos.infra.hostile.HostileInput.Kind.DATE;
import static co.pactos.infra.hostile.HostileInput.Kind.DECIMAL;
import static co.pactos.infra.hostile.HostileInput.Kind.ENUM;
import static co.pactos.infra.hostile.HostileInput.Kind.FLAG;
import static co.pactos.infra.hostile.HostileInput.Kind.TEXT;
import static co.pactos.infra.hostile.HostileInput.Kind.TEXT_LIST;
import static co.pactos.infra.hostile.HostileInput.list;
import static co.pactos.infra.hostile.HostileInput.text;
import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.hostile.HostileInput;
import co.pactos.infra.hostile.HostileInput.Case;
import co.pactos.infra.hostile.HostileInput.Endpoint;
import co.pactos.infra.hostile.RawHttp;
import co.pactos.infra.identity.TestIdentity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile and careless input on every endpoint of goals-service, sent with Planeación's token (which
 * may write everything): each is a problem+json with the API's type, naming the field where there is
 * one, and nothing is recorded.
 */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoalsHostileInputTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().serviceProperties("goals_hostile_it").forEach((key, value) -> registry.add(key, () -> value));
        TestIdentity.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("plan", "/api/plans/h-plan")
                    .field("name", "\"Valle Invencible\"", TEXT).field("territoryCode", "\"76\"", TEXT)
                    .field("startDate", "\"2020-01-01\"", DATE).field("endDate", "\"2023-12-31\"", DATE).field("source", "\"SIGESI\"", TEXT)
                    .beyond("name", "of 301 characters", text(301)),
            new Endpoint("dependency", "/api/dependencies/H-DEP")
                    .field("name", "\"Secretaría\"", TEXT).field("parentCode", "\"SDSP\"", TEXT).field("source", "\"SIGESI\"", TEXT)
                    .beyond("name", "of 301 characters", text(301)),
            new Endpoint("pact", "/api/pacts/h-pact")
                    .field("planId", "\"h-plan\"", TEXT).field("name", "\"Acción comunal\"", TEXT)
                    .field("description", "\"d\"", TEXT).field("source", "\"SIGESI\"", TEXT)
                    .beyond("name", "of 501 characters", text(501)).beyond("description", "of 5001 characters", text(5001)),
            new Endpoint("goal", "/api/goals/h-goal")
                    .field("planId", "\"h-plan\"", TEXT).field("code", "\"MP-1\"", TEXT).field("statement", "\"Construir\"", TEXT)
                    .field("indicator", "\"Plataforma\"", TEXT).field("unit", "\"número\"", TEXT).field("kind", "\"PRODUCT\"", ENUM)
                    .field("accumulation", "\"ACCUMULATED\"", ENUM).field("baseline", "0", DECIMAL).field("target", "1", DECIMAL)
                    .field("dependency", "\"SDSP\"", TEXT).field("source", "\"SIGESI\"", TEXT)
                    .beyond("code", "of 65 characters", text(65)).beyond("statement", "of 2001 characters", text(2001))
                    .beyond("indicator", "of 1001 characters", text(1001)).beyond("unit", "of 101 characters", text(101))
                    .beyond("baseline", "of 10^14", "100000000000000").beyond("target", "of 10^14", "100000000000000")
                    .beyond("target", "of -10^14", "-100000000000000"),
            new Endpoint("link", "/api/goals/h-goal/pacts/h-pact")
                    .field("link", "\"DIRECT\"", ENUM).field("source", "\"SIGESI\"", TEXT),
            new Endpoint("target", "/api/goals/h-goal/targets/2022")
                    .field("value", "1", DECIMAL).field("source", "\"SIGESI\"", TEXT)
                    .beyond("value", "of 10^14", "100000000000000"),
            new Endpoint("progress", "/api/goals/h-goal/progress/h-report")
                    .field("effectiveDate", "\"2022-06-30\"", DATE).field("value", "0.1", DECIMAL).field("note", "\"n\"", TEXT)
                    .field("corrects", "\"h-earlier\"", TEXT).field("reason", "\"r\"", TEXT).field("source", "\"SIGESI\"", TEXT)
                    .beyond("value", "of 10^14", "100000000000000").beyond("value", "of -10^14", "-100000000000000")
                    .beyond("note", "of 2001 characters", text(2001)).beyond("reason", "of 2001 characters", text(2001)),
            new Endpoint("activity", "/api/activities/h-activity")
                    .field("dependency", "\"SDSP\"", TEXT).field("title", "\"Taller\"", TEXT).field("description", "\"d\"", TEXT)
                    .field("startDate", "\"2022-03-01\"", DATE).field("endDate", "\"2022-04-01\"", DATE)
                    .field("pacts", "[\"h-pact\"]", TEXT_LIST).field("allPacts", "false", FLAG).field("goals", "[\"h-goal\"]", TEXT_LIST)
                    .field("municipalities", "[\"76001\"]", TEXT_LIST).field("topics", "[\"t\"]", TEXT_LIST)
                    .field("source", "\"SIGESI\"", TEXT)
                    .beyond("title", "of 501 characters", text(501)).beyond("description", "of 5001 characters", text(5001))
                    .beyond("topics", "with a topic of 301 characters", "[" + text(301) + "]", "topics[0]")
                    .beyond("topics", "of 101 topics", list(101, "\"t\""))
                    .beyond("pacts", "of 101 pacts", list(101, "\"h-pact\""))
                    .beyond("goals", "of 1001 goals", list(1001, "\"h-goal\""))
                    .beyond("municipalities", "of 1201 municipalities", list(1201, "\"76001\"")));

    static Stream<Case> cases() {
        Stream<Case> fields = ENDPOINTS.stream().flatMap(e -> HostileInput.casesFor(e).stream());
        Stream<Case> requests = HostileInput.brokenRequests("/api/plans/h-plan",
                "{\"name\":\"V\",\"territoryCode\":\"76\",\"startDate\":\"2020-01-01\",\"endDate\":\"2023-12-31\"}").stream();
        Stream<Case> more = Stream.of(
                new Case("an id that is not an id", "PUT", "/api/plans/-plan", json(), body("{\"name\":\"V\",\"territoryCode\":\"76\",\"startDate\":\"2020-01-01\",\"endDate\":\"2023-12-31\"}"), 400, "planId"),
                new Case("an id of 65 characters", "PUT", "/api/pacts/" + "p".repeat(65), json(), body("{\"planId\":\"h-plan\",\"name\":\"P\"}"), 400, "pactId"),
                new Case("a year that is not a number", "PUT", "/api/goals/h-goal/targets/dos-mil", json(), body("{\"value\":1}"), 400, "year"),
                new Case("a year that overflows", "PUT", "/api/goals/h-goal/targets/99999999999", json(), body("{\"value\":1}"), 400, "year"),
                new Case("a beneficiaries count as a string", "PUT", "/api/activities/h-activity", json(),
                        body("{\"dependency\":\"SDSP\",\"title\":\"T\",\"startDate\":\"2022-03-01\",\"pacts\":[\"h-pact\"],"
                                + "\"beneficiaries\":[{\"group\":\"g\",\"count\":\"5\"}]}"), 400, "beneficiaries[0].count"),
                new Case("a beneficiaries count that overflows", "PUT", "/api/activities/h-activity", json(),
                        body("{\"dependency\":\"SDSP\",\"title\":\"T\",\"startDate\":\"2022-03-01\",\"pacts\":[\"h-pact\"],"
                                + "\"beneficiaries\":[{\"group\":\"g\",\"count\":99999999999999999999}]}"), 400, "beneficiaries[0].count"),
                new Case("a beneficiaries count above 100 000 000", "PUT", "/api/activities/h-activity", json(),
                        body("{\"dependency\":\"SDSP\",\"title\":\"T\",\"startDate\":\"2022-03-01\",\"pacts\":[\"h-pact\"],"
                                + "\"beneficiaries\":[{\"group\":\"g\",\"count\":100000001}]}"), 400, "beneficiaries[0].count"),
                new Case("a beneficiaries group of 301 characters", "PUT", "/api/activities/h-activity", json(),
                        body("{\"dependency\":\"SDSP\",\"title\":\"T\",\"startDate\":\"2022-03-01\",\"pacts\":[\"h-pact\"],"
                                + "\"beneficiaries\":[{\"group\":" + text(301) + ",\"count\":5}]}"), 400, "beneficiaries[0].group"),
                new Case("101 beneficiary groups", "PUT", "/api/activities/h-activity", json(),
                        body("{\"dependency\":\"SDSP\",\"title\":\"T\",\"startDate\":\"2022-03-01\",\"pacts\":[\"h-pact\"],"
                                + "\"beneficiaries\":" + list(101, "{\"group\":\"g\",\"count\":1}") + "}"), 400, "beneficiaries"),
                new Case("a misspelt correction (corects)", "PUT", "/api/goals/h-goal/progress/h-report", json(),
                        body("{\"effectiveDate\":\"2022-06-30\",\"value\":0.1,\"corects\":\"h-earlier\",\"reason\":\"r\"}"), 400, "corects"));
        return Stream.of(fields, requests, more).flatMap(s -> s);
    }

    private static Map<String, String> json() {
        return Map.of("Content-Type", "application/json");
    }

    private static byte[] body(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The plan, pact and goal that the valid requests name exist, so that only the broken part can be refused. */
    @BeforeEach
    void references() {
        ApiClient planeacion = TestIdentity.as("planeacion");
        String base = "http://localhost:" + port;
        planeacion.put(base + "/api/plans/h-plan", "{\"name\":\"V\",\"territoryCode\":\"76\",\"startDate\":\"2020-01-01\",\"endDate\":\"2023-12-31\"}");
        planeacion.put(base + "/api/dependencies/SDSP", "{\"name\":\"Secretaría de Desarrollo Social y Participación\"}");
        planeacion.put(base + "/api/pacts/h-pact", "{\"planId\":\"h-plan\",\"name\":\"Acción comunal\"}");
        planeacion.put(base + "/api/goals/h-goal", """
                {"planId":"h-plan","code":"MP-1","statement":"Construir","indicator":"Plataforma","unit":"número","kind":"PRODUCT",
                 "accumulation":"ACCUMULATED","baseline":0,"target":1,"dependency":"SDSP"}""");
    }

    private long recorded() {
        return jdbc.sql("select (select count(*) from domain_event_entry) + (select count(*) from resource_view)").query(Long.class).single();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void is_refused_as_a_problem_naming_the_field_and_records_nothing(Case c) {
        long before = recorded();
        Map<String, String> headers = new HashMap<>(c.headers());
        headers.put("Authorization", "Bearer " + TestIdentity.token("planeacion"));

        RawHttp.Answer answer = RawHttp.send(port, c.method(), c.path(), headers, c.body());

        assertThat(answer.status()).as(answer.body()).isEqualTo(c.status());
        assertThat(answer.contentType()).as(answer.body()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("type").asString()).startsWith("/problems/");
        assertThat(problem.get("status").asInt()).isEqualTo(c.status());
        assertThat(problem.get("detail").asString()).isNotBlank();
        if (c.field() != null) {
            assertThat(problem.get("errors")).as(answer.body()).isNotNull();
            assertThat(problem.get("errors").findValuesAsString("field")).as(answer.body()).contains(c.field());
        }
        assertThat(recorded()).isEqualTo(before);
    }
}
