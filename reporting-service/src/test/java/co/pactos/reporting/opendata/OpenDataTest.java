package co.pactos.reporting.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.infra.ApiClient;
import co.pactos.reporting.dashboard.DashboardTestBase;
import co.pactos.reporting.dashboard.SeedWorld;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The open-data catalogue and its downloads: the CSVs, parsed back, give the figures of the JSON reports. */
class OpenDataTest extends DashboardTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SeedWorld world;

    @BeforeEach
    void world() {
        world = seedWorld();
    }

    @Test
    void the_catalogue_lists_each_dataset_with_csv_and_json_urls_and_a_spanish_data_dictionary() {
        JsonNode catalogue = json("/api/open-data?planId=" + world.planId());

        assertThat(catalogue.get("description").asString()).contains("Ley 1712 de 2014");
        assertThat(catalogue.get("planId").asString()).isEqualTo(world.planId());
        JsonNode datasets = catalogue.get("datasets");
        assertThat(datasets.size()).isEqualTo(4);
        assertThat(datasets.get(2).get("id").asString()).isEqualTo("inversiones");
        assertThat(datasets.get(3).get("id").asString()).isEqualTo("convocatorias");
        assertThat(field(datasets.get(2), "committed_cop").get("description").asString()).contains("ajustes");
        assertThat(field(datasets.get(3), "ventures").get("unit").asString()).isEqualTo("emprendimientos");
        JsonNode goals = datasets.get(0);
        assertThat(goals.get("id").asString()).isEqualTo("metas-avance");
        assertThat(goals.get("csv").asString()).isEqualTo("/api/open-data/metas-avance.csv?planId=" + world.planId());
        assertThat(goals.get("json").asString()).isEqualTo("/api/open-data/metas-avance.json?planId=" + world.planId());
        JsonNode progress = field(goals, "progress_pct");
        assertThat(progress.get("type").asString()).isEqualTo("número decimal");
        assertThat(progress.get("unit").asString()).isEqualTo("porcentaje (%)");
        assertThat(progress.get("description").asString()).contains("Avance físico");
        assertThat(field(datasets.get(1), "municipality_codes").get("description").asString()).contains("DIVIPOLA", "05001");
    }

    @Test
    void the_goals_csv_round_trips_to_the_figures_of_the_pact_reports_for_every_year_and_the_plan() {
        List<Map<String, String>> rows = csv("/api/open-data/metas-avance.csv?planId=" + world.planId(),
                OpenDataset.GOAL_PROGRESS);

        // two goals, each for 2020, 2021, 2022, 2023 and the whole plan
        assertThat(rows).hasSize(10);
        assertThat(rows).extracting(r -> r.get("period")).containsOnly("2020", "2021", "2022", "2023", "plan");
        Map<String, JsonNode> reports = new HashMap<>();
        for (Map<String, String> row : rows) {
            assertThat(row.get("pact_id")).isEqualTo(world.pactId());
            assertThat(row.get("pact_name")).isEqualTo(SeedWorld.PACT_NAME);
            JsonNode report = reports.computeIfAbsent(row.get("period"),
                    p -> json("/api/reports/pacts/" + world.pactId() + "?period=" + p));
            JsonNode goal = goal(report, row.get("goal_id"));
            String where = row.get("goal_code") + " " + row.get("period");
            assertThat(row.get("link")).as(where).isEqualTo(goal.get("link").asString());
            assertThat(row.get("dependency_code")).as(where).isEqualTo(goal.get("dependency").asString());
            assertSameNumber(row.get("target"), goal.get("target"), where + " target");
            assertSameNumber(row.get("achieved"), goal.get("achieved"), where + " achieved");
            assertSameNumber(row.get("progress_pct"), goal.get("progress"), where + " progress");
            assertSameNumber(row.get("raw_progress_pct"), goal.get("rawProgress"), where + " raw progress");
            assertSameNumber(row.get("committed_cop"), goal.get("committed"), where + " committed");
            assertSameNumber(row.get("executed_cop"), goal.get("executed"), where + " executed");
            assertSameNumber(row.get("financial_execution_pct"), goal.get("financialExecution"), where + " financial execution");
        }
        // the seed's figures, as read by hand: the indirect goal 50,0 % in 2021 (25 of 50), 80,0 % in 2022 (40 of 50)
        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("goal_code", "SALUD-7").containsEntry("period", "2021")
                .containsEntry("target", "50").containsEntry("achieved", "25").containsEntry("progress_pct", "50.0"));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("goal_code", "SIGESI-AC").containsEntry("period", "2021")
                .containsEntry("target", "").containsEntry("progress_pct", ""));
    }

    @Test
    void the_activities_csv_round_trips_to_the_activities_of_the_pact_report_with_codes_as_text() {
        String path = "/api/open-data/actividades.csv?planId=" + world.planId() + "&period=2022-06-30";
        List<Map<String, String>> rows = csv(path, OpenDataset.ACTIVITIES);
        JsonNode report = json("/api/reports/pacts/" + world.pactId() + "?period=2022-06-30");

        List<JsonNode> activities = new ArrayList<>();
        for (String part : List.of("dependencies", "allPacts")) {
            for (int s = 0; s < report.get(part).size(); s++) {
                JsonNode section = report.get(part).get(s);
                for (int a = 0; a < section.get("activities").size(); a++) {
                    activities.add(section.get("activities").get(a));
                }
            }
        }
        assertThat(rows).hasSize(activities.size()).isNotEmpty();
        for (JsonNode activity : activities) {
            Map<String, String> row = rows.stream().filter(r -> r.get("activity_id").equals(activity.get("activityId").asString()))
                    .findFirst().orElseThrow();
            assertThat(row.get("title")).isEqualTo(activity.get("title").asString());
            assertSameNumber(row.get("committed_cop"), activity.get("committed"), "committed");
            assertSameNumber(row.get("executed_cop"), activity.get("executed"), "executed");
            long beneficiaries = 0;
            for (int b = 0; b < activity.get("beneficiaries").size(); b++) {
                beneficiaries += activity.get("beneficiaries").get(b).get("count").asLong();
            }
            assertThat(Long.parseLong(row.get("beneficiaries_total"))).isEqualTo(beneficiaries);
            List<String> codes = new ArrayList<>();
            activity.get("municipalities").forEach(m -> codes.add(m.asString()));
            assertThat(row.get("municipality_codes")).isEqualTo(String.join(";", codes));
        }
        Map<String, String> training = rows.get(0);
        assertThat(training).containsEntry("scope", "pact").containsEntry("section_dependency_code", world.dependency("SDSP"))
                .containsEntry("dependency_code", world.dependency("STAC")).containsEntry("committed_cop", "708400000")
                .containsEntry("executed_cop", "354200000").containsEntry("beneficiaries_total", "23800")
                .containsEntry("municipality_codes", "76001;76111").containsEntry("start_date", "2022-01-15");
        // codes are quoted text in the file, so a spreadsheet keeps a leading zero such as 05001's
        assertThat(anonymous.get(url(path)).body()).contains(",\"76001;76111\",");
    }

    @Test
    void the_investments_csv_round_trips_to_the_investments_of_the_pact_report() {
        String path = "/api/open-data/inversiones.csv?planId=" + world.planId() + "&period=2022-06-30";
        List<Map<String, String>> rows = csv(path, OpenDataset.INVESTMENTS);
        JsonNode report = json("/api/reports/pacts/" + world.pactId() + "?period=2022-06-30");

        List<JsonNode> investments = lines(report, "investments");
        assertThat(rows).hasSize(investments.size()).hasSize(3);
        for (JsonNode investment : investments) {
            Map<String, String> row = rows.stream().filter(r -> r.get("investment_id").equals(investment.get("investmentId").asString()))
                    .findFirst().orElseThrow();
            assertThat(row.get("dependency_code")).isEqualTo(investment.get("dependency").asString());
            assertThat(row.get("date")).isEqualTo(investment.get("date").asString());
            assertSameNumber(row.get("fiscal_year"), investment.get("fiscalYear"), "fiscal year");
            assertSameNumber(row.get("committed_cop"), investment.get("committed"), "committed");
            assertSameNumber(row.get("executed_cop"), investment.get("executed"), "executed");
        }
        // in the report's order: its own sections, then those for all pacts, each line in its section's order
        List<String> inReportOrder = new ArrayList<>();
        report.get("dependencies").forEach(section -> section.get("investments").forEach(i -> inReportOrder.add(
                "pact " + section.get("dependency").asString() + " " + i.get("investmentId").asString())));
        report.get("allPacts").forEach(section -> section.get("investments").forEach(i -> inReportOrder.add(
                "all-pacts " + section.get("dependency").asString() + " " + i.get("investmentId").asString())));
        assertThat(rows).extracting(r -> r.get("scope") + " " + r.get("section_dependency_code") + " " + r.get("investment_id"))
                .containsExactlyElementsOf(inReportOrder);
        assertThat(rows).allSatisfy(r -> assertThat(r).containsEntry("plan_id", world.planId()).containsEntry("pact_id", world.pactId())
                .containsEntry("period", "2022-06-30"));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("scope", "pact").containsEntry("committed_cop", "708400000")
                .containsEntry("executed_cop", "354200000").containsEntry("financial_execution_pct", "50.0")
                .containsEntry("activity_id", "capacitacion-" + world.pactId().substring("accion-comunal-".length())));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("scope", "all-pacts").containsEntry("committed_cop", "11224170162")
                .containsEntry("executed_cop", "0").containsEntry("financial_execution_pct", "0.0"));
        assertJsonHoldsTheCsvRows("/api/open-data/inversiones", "?planId=" + world.planId() + "&period=2022-06-30", OpenDataset.INVESTMENTS);
    }

    @Test
    void the_calls_csv_round_trips_to_the_calls_of_the_pact_report_with_their_results() {
        String path = "/api/open-data/convocatorias.csv?planId=" + world.planId() + "&period=2022";
        List<Map<String, String>> rows = csv(path, OpenDataset.CALLS);
        JsonNode report = json("/api/reports/pacts/" + world.pactId() + "?period=2022");

        List<JsonNode> calls = new ArrayList<>();
        for (JsonNode programme : lines(report, "programmes")) {
            programme.get("calls").forEach(calls::add);
        }
        assertThat(rows).hasSize(calls.size()).hasSize(2);
        for (JsonNode call : calls) {
            Map<String, String> row = rows.stream().filter(r -> r.get("call_id").equals(call.get("callId").asString())).findFirst()
                    .orElseThrow();
            assertThat(row.get("call_name")).isEqualTo(call.get("name").asString());
            assertSameNumber(row.get("ventures"), call.get("ventures"), "ventures");
            assertSameNumber(row.get("jobs"), call.get("jobs"), "jobs");
            assertSameNumber(row.get("committed_cop"), call.get("committed"), "committed");
            assertSameNumber(row.get("executed_cop"), call.get("executed"), "executed");
            List<String> codes = new ArrayList<>();
            call.get("municipalities").forEach(m -> codes.add(m.asString()));
            assertThat(row.get("municipality_codes")).isEqualTo(String.join(";", codes));
        }
        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("call_name", "ValleINN Municipios y Nuevos Municipios")
                .containsEntry("programme_name", "ValleINN").containsEntry("scope", "all-pacts").containsEntry("ventures", "1515")
                .containsEntry("jobs", "5846").containsEntry("committed_cop", "9000000000").containsEntry("municipality_codes", "76109")
                .containsEntry("fiscal_year", "2022"));
        assertJsonHoldsTheCsvRows("/api/open-data/convocatorias", "?planId=" + world.planId() + "&period=2022", OpenDataset.CALLS);
    }

    /** Every list named {@code part} of every section (the pact's own and those for all pacts) of the report. */
    private static List<JsonNode> lines(JsonNode report, String part) {
        List<JsonNode> lines = new ArrayList<>();
        for (String sections : List.of("dependencies", "allPacts")) {
            report.get(sections).forEach(section -> section.get(part).forEach(lines::add));
        }
        return lines;
    }

    private void assertJsonHoldsTheCsvRows(String dataset, String query, OpenDataset fields) {
        List<Map<String, String>> csv = csv(dataset + ".csv" + query, fields);
        JsonNode json = json(dataset + ".json" + query);
        assertThat(json.get("count").asInt()).isEqualTo(csv.size());
        for (int i = 0; i < csv.size(); i++) {
            JsonNode record = json.get("rows").get(i);
            for (Map.Entry<String, String> cell : csv.get(i).entrySet()) {
                JsonNode value = record.get(cell.getKey());
                if (value.isNumber()) {
                    assertThat(value.decimalValue()).as(cell.getKey()).isEqualByComparingTo(cell.getValue());
                } else {
                    assertThat(value.isNull() ? "" : value.asString()).as(cell.getKey()).isEqualTo(cell.getValue());
                }
            }
        }
    }

    @Test
    void the_json_download_holds_the_same_rows_as_the_csv() {
        String query = "?planId=" + world.planId() + "&asOf=2022-07-01";
        List<Map<String, String>> csv = csv("/api/open-data/metas-avance.csv" + query, OpenDataset.GOAL_PROGRESS);
        JsonNode json = json("/api/open-data/metas-avance.json" + query);

        assertThat(json.get("count").asInt()).isEqualTo(csv.size());
        for (int i = 0; i < csv.size(); i++) {
            JsonNode record = json.get("rows").get(i);
            for (Map.Entry<String, String> cell : csv.get(i).entrySet()) {
                JsonNode value = record.get(cell.getKey());
                if (value.isNumber()) {
                    assertThat(value.decimalValue()).as(cell.getKey()).isEqualByComparingTo(cell.getValue());
                } else {
                    assertThat(value.isNull() ? "" : value.asString()).as(cell.getKey()).isEqualTo(cell.getValue());
                }
            }
        }
        // as it stood on 1 July 2022, before the correction: the direct goal at 0,0 % in 2022
        assertThat(csv).anySatisfy(r -> assertThat(r).containsEntry("goal_code", "SIGESI-AC").containsEntry("period", "2022")
                .containsEntry("progress_pct", "0.0"));
    }

    @Test
    void bad_parameters_answer_problem_json_never_a_500() {
        assertProblem("/api/open-data/presupuesto.csv?planId=" + world.planId(), 404);
        assertProblem("/api/open-data?planId=no-existe", 404);
        assertProblem("/api/open-data/actividades.json?planId=" + world.planId() + "&period=2019", 422);
        assertProblem("/api/open-data/inversiones.csv?planId=" + world.planId() + "&period=2030", 422);
        assertProblem("/api/open-data/convocatorias.json?planId=" + world.planId() + "&period=nunca", 400);
        assertProblem("/api/open-data/actividades.csv?planId=" + world.planId() + "&period=nunca", 400);
        assertProblem("/api/open-data/metas-avance.csv?planId=" + world.planId() + "&asOf=ayer", 400);
        assertProblem("/api/open-data/metas-avance.csv?planId=" + world.planId() + "&period=2022", 400);
        assertProblem("/api/open-data/metas-avance.csv?planId=-mal", 400);
    }

    private void assertProblem(String path, int status) {
        ApiClient.Response response = anonymous.get(url(path));
        assertThat(response.status()).as(path + "\n" + response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(path).startsWith("application/problem+json");
    }

    private static void assertSameNumber(String csv, JsonNode json, String what) {
        if (json == null || json.isNull()) {
            assertThat(csv).as(what).isEmpty();
        } else {
            assertThat(new BigDecimal(csv)).as(what).isEqualByComparingTo(json.decimalValue());
        }
    }

    private static JsonNode field(JsonNode dataset, String name) {
        JsonNode fields = dataset.get("fields");
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).get("name").asString().equals(name)) {
                return fields.get(i);
            }
        }
        throw new AssertionError("no field " + name + " in " + dataset);
    }

    private static JsonNode goal(JsonNode report, String goalId) {
        JsonNode goals = report.get("goals");
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i).get("goalId").asString().equals(goalId)) {
                return goals.get(i);
            }
        }
        throw new AssertionError("no goal " + goalId + " in the report");
    }

    private JsonNode json(String path) {
        ApiClient.Response response = anonymous.get(url(path));
        assertThat(response.status()).as(path + "\n" + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The CSV parsed back (RFC 4180: quoted cells, doubled quotes, CRLF), each row by its header's names. */
    private List<Map<String, String>> csv(String path, OpenDataset dataset) {
        ApiClient.Response response = anonymous.get(url(path));
        assertThat(response.status()).as(path + "\n" + response.body()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("text/csv;charset=UTF-8");
        String body = response.body();
        assertThat(body).startsWith("\uFEFF");
        List<List<String>> records = parse(body.substring(1));
        assertThat(records.get(0)).containsExactlyElementsOf(dataset.fields().stream().map(OpenDataset.Field::name).toList());
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < record.size(); i++) {
                row.put(records.get(0).get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertThat(record).as("the file ends with CRLF").isEmpty();
        return records;
    }
}
