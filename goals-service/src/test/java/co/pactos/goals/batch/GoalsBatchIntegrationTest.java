package co.pactos.goals.batch;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.identity.TestIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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

/** POST /api/batch: each line the single PUT, with the caller's token, answered line by line. */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoalsBatchIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().serviceProperties("goals_batch_it").forEach((key, value) -> registry.add(key, () -> value));
        TestIdentity.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("pactos.batch.max-bytes", () -> 4 * 1024 * 1024);
        registry.add("pactos.batch.max-whole-batch-lines", () -> 20);
    }

    record Answer(int status, String contentType, List<JsonNode> lines, String body) {
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private String s;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
    }

    private long events() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }

    private Answer batch(String client, String query, String ndjson) {
        ApiClient caller = client == null ? ApiClient.anonymous() : TestIdentity.as(client);
        ApiClient.Response response = caller.postBatch(url("/api/batch" + query), ndjson);
        List<JsonNode> lines = response.status() == 200 ? response.body().lines().map(json::readTree).toList() : List.of();
        return new Answer(response.status(), response.contentType() == null ? "" : response.contentType(), lines, response.body());
    }

    /** A plan with SDSP and SALUD, and a goal coordinated by each. */
    @BeforeEach
    void plan() {
        s = UUID.randomUUID().toString().substring(0, 8);
        ApiClient planeacion = TestIdentity.as("planeacion");
        ok(planeacion.put(url("/api/plans/plan-" + s), """
                {"name":"Valle Invencible","territoryCode":"76","startDate":"2020-01-01","endDate":"2023-12-31"}"""));
        ok(planeacion.put(url("/api/dependencies/SDSP"), "{\"name\":\"Secretaría de Desarrollo Social y Participación\"}"));
        ok(planeacion.put(url("/api/dependencies/SALUD"), "{\"name\":\"Secretaría de Salud\"}"));
        ok(planeacion.put(url("/api/goals/goal-sdsp-" + s), goal("SDSP")));
        ok(planeacion.put(url("/api/goals/goal-salud-" + s), goal("SALUD")));
    }

    private String goal(String dependency) {
        return """
                {"planId":"plan-%s","code":"MP-%s","statement":"Construir 1 plataforma","indicator":"Plataforma",
                 "unit":"número","kind":"PRODUCT","accumulation":"FLOW","baseline":0,"target":100000,"dependency":"%s"}"""
                .formatted(s, dependency, dependency).replace("\n", "");
    }

    private String progress(String goal, String report, int value) {
        return "{\"put\":\"/api/goals/" + goal + "-" + s + "/progress/" + report + "\",\"body\":{\"effectiveDate\":\"2022-06-30\",\"value\":"
                + value + "}}";
    }

    private static List<String> statuses(Answer answer) {
        return answer.lines().stream().map(line -> line.get("status").asString()).toList();
    }

    @Test
    void mixed_lines_get_each_their_own_result_in_order_and_only_the_good_ones_are_recorded() {
        ok(TestIdentity.as("sigesi").put(url("/api/goals/goal-sdsp-" + s + "/progress/existing"),
                "{\"effectiveDate\":\"2022-06-30\",\"value\":1}"));
        long before = events();
        String ndjson = String.join("\n",
                progress("goal-sdsp", "r1", 3),                                      // 1 CREATED
                "{\"put\": \"/api/goals/goal-sdsp-" + s + "/progress/r2\", \"body\": ",  // 2 not JSON
                "{\"put\":\"/api/nothing/here\",\"body\":{}}",                        // 3 unknown path
                "{\"put\":\"/api/goals/goal-sdsp-" + s + "/progress/r3\",\"body\":{\"effectiveDate\":\"2022-06-30\",\"value\":1,\"corects\":\"x\"}}",
                progress("goal-sdsp", "existing", 2),                                // 5 CONFLICT
                progress("goal-salud", "r4", 1),                                     // 6 FORBIDDEN: SALUD's goal
                progress("goal-sdsp", "existing", 1),                                // 7 UNCHANGED
                "{\"put\":\"/api/goals/goal-sdsp-" + s + "/progress/r5\",\"body\":{\"effectiveDate\":\"2031-01-01\",\"value\":1}}",
                "{\"put\":\"/api/goals/goal-sdsp-" + s + "/progress/r6\",\"body\":{\"effectiveDate\":\"2022-06-30\",\"value\":1},\"x\":1}",
                "{\"put\":\"/api/goals/../plans/x\",\"body\":{}}") + "\n";

        Answer answer = batch("sigesi", "", ndjson);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/x-ndjson");
        assertThat(statuses(answer)).containsExactly("CREATED", "INVALID", "INVALID", "INVALID", "CONFLICT", "FORBIDDEN", "UNCHANGED",
                "INVALID", "INVALID", "INVALID");
        assertThat(answer.lines().stream().map(line -> line.get("line").asInt()).toList()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(answer.lines().get(0).get("recorded").asBoolean()).isTrue();
        assertThat(answer.lines().get(0).has("problem")).isFalse();
        assertThat(answer.lines().get(0).get("path").asString()).isEqualTo("/api/goals/goal-sdsp-" + s + "/progress/r1");
        assertThat(answer.lines().get(1).at("/problem/errors/0/field").asString()).isEqualTo("line");
        assertThat(answer.lines().get(2).at("/problem/status").asInt()).isEqualTo(404);
        assertThat(answer.lines().get(3).at("/problem/errors/0/field").asString()).isEqualTo("corects");
        assertThat(answer.lines().get(4).at("/problem/type").asString()).isEqualTo("/problems/conflict");
        assertThat(answer.lines().get(5).at("/problem/type").asString()).isEqualTo("/problems/forbidden");
        assertThat(answer.lines().get(5).get("recorded").asBoolean()).isFalse();
        assertThat(answer.lines().get(6).get("recorded").asBoolean()).isFalse();
        assertThat(answer.lines().get(7).at("/problem/errors/0/field").asString()).isEqualTo("effectiveDate");
        assertThat(answer.lines().get(8).at("/problem/errors/0/field").asString()).isEqualTo("x");
        assertThat(answer.lines().get(9).at("/problem/errors/0/field").asString()).isEqualTo("put");
        assertThat(events()).isEqualTo(before + 1);
    }

    @Test
    void the_same_batch_twice_records_nothing_the_second_time() {
        String ndjson = progress("goal-sdsp", "a", 1) + "\n" + progress("goal-sdsp", "b", 2) + "\n";
        assertThat(statuses(batch("sigesi", "", ndjson))).containsExactly("CREATED", "CREATED");
        long before = events();

        Answer again = batch("sigesi", "", ndjson);

        assertThat(statuses(again)).containsExactly("UNCHANGED", "UNCHANGED");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_dry_run_answers_what_each_line_would_do_and_records_nothing() {
        String ndjson = progress("goal-sdsp", "a", 1) + "\n" + progress("goal-sdsp", "a", 2) + "\n" + progress("goal-salud", "b", 1);
        long before = events();

        Answer dryRun = batch("sigesi", "?dryRun=true", ndjson);

        assertThat(statuses(dryRun)).containsExactly("CREATED", "CONFLICT", "FORBIDDEN");
        assertThat(dryRun.lines()).allMatch(line -> !line.get("recorded").asBoolean());
        assertThat(events()).isEqualTo(before);
        assertThat(statuses(batch("sigesi", "", progress("goal-sdsp", "a", 1)))).containsExactly("CREATED");
    }

    @Test
    void an_atomic_batch_with_one_bad_line_records_nothing() {
        String good = progress("goal-sdsp", "a", 1) + "\n" + progress("goal-sdsp", "b", 2) + "\n";
        long before = events();

        Answer refused = batch("sigesi", "?atomic=true", good + progress("goal-salud", "c", 1) + "\n");

        assertThat(statuses(refused)).containsExactly("CREATED", "CREATED", "FORBIDDEN");
        assertThat(refused.lines()).allMatch(line -> !line.get("recorded").asBoolean());
        assertThat(events()).isEqualTo(before);

        Answer recorded = batch("sigesi", "?atomic=true", good);

        assertThat(statuses(recorded)).containsExactly("CREATED", "CREATED");
        assertThat(recorded.lines()).allMatch(line -> line.get("recorded").asBoolean());
        assertThat(events()).isEqualTo(before + 2);
    }

    /**
     * Lines of one transaction read the views once and remember them: a line still sees what the lines before it
     * wrote (a goal declared, its target, a closure of the plan), and a refused line in between changes nothing.
     */
    @Test
    void a_line_sees_what_the_lines_before_it_in_the_same_batch_recorded() {
        String goal = "/api/goals/goal-new-" + s;
        String ndjson = String.join("\n",
                "{\"put\":\"" + goal + "\",\"body\":" + goal("SDSP") + "}",                                  // 1 CREATED
                "{\"put\":\"" + goal + "/targets/2022\",\"body\":{\"value\":40}}",                            // 2 CREATED, in the goal's view
                "{\"put\":\"" + goal + "\",\"body\":" + goal("SALUD") + "}",                                 // 3 CONFLICT
                "{\"put\":\"" + goal + "/progress/r1\",\"body\":{\"effectiveDate\":\"2022-06-30\",\"value\":1}}", // 4 CREATED
                "{\"put\":\"/api/plans/plan-" + s + "/closures/2022\",\"body\":{\"reason\":\"cierre\"}}",        // 5 CREATED
                "{\"put\":\"" + goal + "/progress/r2\",\"body\":{\"effectiveDate\":\"2022-09-30\",\"value\":2}}", // 6 closed
                "{\"put\":\"" + goal + "/progress/r3\",\"body\":{\"effectiveDate\":\"2023-03-31\",\"value\":3}}") // 7 CREATED
                + "\n";
        long before = events();

        Answer answer = batch("planeacion", "", ndjson);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(statuses(answer)).as(answer.body()).containsExactly("CREATED", "CREATED", "CONFLICT", "CREATED", "CREATED", "CONFLICT", "CREATED");
        assertThat(answer.lines().get(5).at("/problem/type").asString()).isEqualTo("/problems/period-closed");
        assertThat(events()).isEqualTo(before + 5);
        JsonNode stored = json.readTree(TestIdentity.as("planeacion").get(url(goal)).body());
        assertThat(stored.at("/dependency").asString()).isEqualTo("SDSP");
        assertThat(stored.at("/targets/2022").asInt()).isEqualTo(40);
        assertThat(batch("planeacion", "", ndjson).lines().stream().map(line -> line.get("status").asString()).toList())
                .containsExactly("UNCHANGED", "UNCHANGED", "CONFLICT", "UNCHANGED", "UNCHANGED", "CONFLICT", "UNCHANGED");
    }

    @Test
    void a_batch_of_10000_progress_reports_is_recorded_whole() {
        ApiClient planeacion = TestIdentity.as("planeacion");
        List<String> goals = new ArrayList<>();
        for (int g = 0; g < 20; g++) {
            String goalId = "goal-sdsp-" + g;
            ok(planeacion.put(url("/api/goals/" + goalId + "-" + s), goal("SDSP")));
            goals.add(goalId);
        }
        String ndjson = IntStream.range(0, 10_000)
                .mapToObj(i -> progress(goals.get(i % goals.size()), "r" + i, i))
                .collect(Collectors.joining("\n", "", "\n"));
        long before = events();

        Answer answer = batch("sigesi", "", ndjson);

        assertThat(answer.status()).as(answer.body().substring(0, Math.min(2000, answer.body().length()))).isEqualTo(200);
        assertThat(answer.lines()).hasSize(10_000);
        assertThat(answer.lines()).allMatch(line -> line.get("status").asString().equals("CREATED"), "every line CREATED");
        assertThat(answer.lines().get(9_999).get("line").asInt()).isEqualTo(10_000);
        assertThat(events()).isEqualTo(before + 10_000);
    }

    @Test
    void without_a_token_a_batch_is_401_and_records_nothing() {
        long before = events();

        Answer answer = batch(null, "", progress("goal-sdsp", "a", 1));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_caller_that_may_write_nothing_is_403_and_nothing_is_recorded() {
        long before = events();

        for (String client : List.of("contraloria", "operador")) {
            Answer answer = batch(client, "", progress("goal-sdsp", "a", 1) + "\n" + progress("goal-salud", "b", 1));

            assertThat(answer.status()).as(client).isEqualTo(403);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(events()).isEqualTo(before);
    }

    /** An atomic batch or a dry run is one transaction: bounded in lines (here 20), refused whole beyond them. */
    @Test
    void an_atomic_batch_or_a_dry_run_beyond_the_whole_batch_bound_is_413_and_records_nothing() {
        String ndjson = IntStream.range(0, 21).mapToObj(i -> progress("goal-sdsp", "w" + i, i)).collect(Collectors.joining("\n", "", "\n"));
        long before = events();

        Answer atomic = batch("sigesi", "?atomic=true", ndjson);
        Answer dryRun = batch("sigesi", "?dryRun=true", ndjson);

        assertThat(atomic.status()).isEqualTo(413);
        assertThat(json.readTree(atomic.body()).at("/errors/0/field").asString()).isEqualTo("atomic");
        assertThat(json.readTree(atomic.body()).get("detail").asString()).contains("at most 20 lines", "this one has 21");
        assertThat(dryRun.status()).isEqualTo(413);
        assertThat(json.readTree(dryRun.body()).at("/errors/0/field").asString()).isEqualTo("dryRun");
        assertThat(events()).isEqualTo(before);
        assertThat(statuses(batch("sigesi", "?atomic=true", ndjson.substring(ndjson.indexOf('\n') + 1)))).hasSize(20).containsOnly("CREATED");
    }

    @Test
    void lines_end_with_lf_or_crlf_blank_ones_are_skipped_and_one_over_the_line_bound_is_invalid_alone() {
        String tooLong = "{\"put\":\"/api/goals/goal-sdsp-" + s + "/progress/big\",\"body\":{\"effectiveDate\":\"2022-06-30\",\"value\":1,"
                + "\"note\":\"" + "x".repeat(1_100_000) + "\"}}";
        String ndjson = progress("goal-sdsp", "a", 1) + "\r\n\r\n  \n" + tooLong + "\n" + progress("goal-sdsp", "b", 2); // no final line end
        long before = events();

        Answer answer = batch("sigesi", "", ndjson);

        assertThat(statuses(answer)).containsExactly("CREATED", "INVALID", "CREATED");
        assertThat(answer.lines().stream().map(line -> line.get("line").asInt()).toList()).containsExactly(1, 4, 5);
        assertThat(answer.lines().get(1).at("/problem/errors/0/field").asString()).isEqualTo("body");
        assertThat(events()).isEqualTo(before + 2);
    }

    @Test
    void a_batch_larger_than_the_bound_is_413_and_records_nothing() {
        String line = progress("goal-sdsp", "x", 1) + "\n";
        String ndjson = line.repeat(4 * 1024 * 1024 / line.length() + 10);
        long before = events();

        Answer answer = batch("sigesi", "", ndjson);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(events()).isEqualTo(before);
    }
}
