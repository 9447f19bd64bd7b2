package co.pactos.investments.web;

import static co.pactos.infra.hostile.HostileInput.Kind.DATE;
import static co.pactos.infra.hostile.HostileInput.Kind.FLAG;
import static co.pactos.infra.hostile.HostileInput.Kind.TEXT;
import static co.pactos.infra.hostile.HostileInput.Kind.TEXT_LIST;
import static co.pactos.infra.hostile.HostileInput.Kind.WHOLE;
import static co.pactos.infra.hostile.HostileInput.Kind.YEAR;
import static co.pactos.infra.hostile.HostileInput.list;
import static co.pactos.infra.hostile.HostileInput.text;
import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
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
 * Hostile and careless input on every endpoint of investments-service, with Planeación's token:
 * each is a problem+json with the API's type, naming the field where there is one; nothing is recorded.
 */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvestmentsHostileInputTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        GoalsTopic.properties(registry, "investments_hostile_it");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("programme", "/api/programmes/h-valleinn")
                    .field("name", "\"ValleINN\"", TEXT).field("dependency", "\"SDE\"", TEXT).field("source", "\"SDEC\"", TEXT)
                    .beyond("name", "of 301 characters", text(301)),
            new Endpoint("call", "/api/calls/h-call")
                    .field("programmeId", "\"h-valleinn\"", TEXT).field("name", "\"Comunas\"", TEXT).field("description", "\"d\"", TEXT)
                    .field("fiscalYear", "2022", YEAR).field("municipalities", "[\"76001\"]", TEXT_LIST).field("source", "\"SDEC\"", TEXT)
                    .beyond("name", "of 501 characters", text(501)).beyond("description", "of 5001 characters", text(5001))
                    .beyond("fiscalYear", "after 2200", "2201").beyond("municipalities", "of 1201 municipalities", list(1201, "\"76001\"")),
            new Endpoint("call result", "/api/calls/h-call/results/h-result")
                    .field("date", "\"2022-12-31\"", DATE).field("ventures", "1360", WHOLE).field("jobs", "5540", WHOLE)
                    .field("source", "\"SDEC\"", TEXT)
                    .beyond("ventures", "above 100 000 000", "100000001").beyond("jobs", "above 100 000 000", "100000001"),
            new Endpoint("investment", "/api/investments/h-inv")
                    .field("dependency", "\"SDSP\"", TEXT).field("amount", "150000000", WHOLE).field("fiscalYear", "2022", YEAR)
                    .field("date", "\"2022-03-01\"", DATE).field("activityId", "\"h-act\"", TEXT).field("callId", "\"h-call\"", TEXT)
                    .field("goals", "[\"mp-sigesi\"]", TEXT_LIST).field("pacts", "[\"accion-comunal\"]", TEXT_LIST)
                    .field("allPacts", "false", FLAG).field("fundingSource", "\"propios\"", TEXT).field("source", "\"SIGESI\"", TEXT)
                    .beyond("amount", "above 10^13 pesos", "10000000000001").beyond("amount", "below -10^13 pesos", "-10000000000001")
                    .beyond("fundingSource", "of 301 characters", text(301)).beyond("goals", "of 1001 goals", list(1001, "\"mp-sigesi\""))
                    .beyond("pacts", "of 101 pacts", list(101, "\"accion-comunal\"")),
            new Endpoint("execution", "/api/investments/h-inv/executions/h-exec")
                    .field("date", "\"2022-04-01\"", DATE).field("amount", "1000", WHOLE).field("source", "\"SIGESI\"", TEXT)
                    .beyond("amount", "above 10^13 pesos", "10000000000001"),
            new Endpoint("adjustment", "/api/investments/h-inv/adjustments/h-adj")
                    .field("date", "\"2022-04-01\"", DATE).field("amount", "-1000", WHOLE).field("reason", "\"r\"", TEXT)
                    .field("source", "\"SIGESI\"", TEXT)
                    .beyond("amount", "above 10^13 pesos", "10000000000001").beyond("amount", "below -10^13 pesos", "-10000000000001")
                    .beyond("reason", "of 2001 characters", text(2001)));

    static Stream<Case> cases() {
        Stream<Case> fields = ENDPOINTS.stream().flatMap(e -> HostileInput.casesFor(e).stream());
        Stream<Case> requests = HostileInput.brokenRequests("/api/programmes/h-valleinn", "{\"name\":\"ValleINN\",\"dependency\":\"SDE\"}").stream();
        return Stream.concat(fields, requests);
    }

    /** The programme, call and investment that the valid requests name exist. */
    @BeforeEach
    void references() {
        GoalsTopic.seed(jdbc);
        ApiClient planeacion = TestIdentity.as("planeacion");
        String base = "http://localhost:" + port;
        planeacion.put(base + "/api/programmes/h-valleinn", "{\"name\":\"ValleINN\",\"dependency\":\"SDE\"}");
        planeacion.put(base + "/api/calls/h-call", "{\"programmeId\":\"h-valleinn\",\"name\":\"Comunas\",\"fiscalYear\":2022}");
        planeacion.put(base + "/api/investments/h-inv", """
                {"dependency":"SDSP","amount":150000000,"fiscalYear":2022,"date":"2022-03-01","pacts":["accion-comunal"]}""");
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
        if (c.field() != null) {
            assertThat(problem.get("errors")).as(answer.body()).isNotNull();
            assertThat(problem.get("errors").findValuesAsString("field")).as(answer.body()).contains(c.field());
        }
        assertThat(recorded()).isEqualTo(before);
    }
}
