package co.pactos.reporting.dashboard;

import static co.pactos.reporting.dashboard.CsvTable.number;
import static co.pactos.reporting.dashboard.CsvTable.text;

import co.pactos.kit.web.Ids;
import co.pactos.kit.web.ProblemAnswers;
import io.swagger.v3.oas.annotations.Operation;
import co.pactos.reporting.report.PactReport;
import co.pactos.reporting.report.PactReportQuery;
import co.pactos.reporting.report.PlanSummary;
import co.pactos.reporting.report.PlanSummaryQuery;
import co.pactos.reporting.web.ReportGate;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's tables as CSV ({@link CsvTable}): the plan table ({@code GET /?format=csv}) and a pact's goals table
 * ({@code GET /pactos/{pactId}/metas.csv}), with the same parameters as their pages. Errors are problem+json, as in the
 * report API.
 */
@RestController
class DashboardCsvController {

    static final List<String> PLAN_HEADER = List.of("plan_id", "period", "as_of", "pact_id", "pact_name", "direct_goals",
            "direct_progress_pct", "direct_semaforo", "indirect_goals", "indirect_progress_pct", "indirect_semaforo", "committed_cop",
            "executed_cop", "financial_execution_pct");

    static final List<String> GOALS_HEADER = List.of("pact_id", "period", "as_of", "goal_id", "goal_code", "statement", "link",
            "dependency_code", "dependency_name", "accumulation", "target", "achieved", "progress_pct", "raw_progress_pct", "semaforo",
            "committed_cop", "executed_cop", "financial_execution_pct");

    static final List<String> DEPENDENCY_GOALS_HEADER = List.of("dependency_code", "plan_id", "period", "as_of", "goal_id",
            "goal_code", "statement", "pact_ids", "accumulation", "target", "achieved", "progress_pct", "raw_progress_pct", "semaforo");

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final PlanCatalog catalog;
    private final PlanSummaryQuery summaries;
    private final PactReportQuery reports;
    private final DependencyReports dependencies;
    private final ReportGate gate;
    private final Semaforo semaforo;

    DashboardCsvController(PlanCatalog catalog, PlanSummaryQuery summaries, PactReportQuery reports, DependencyReports dependencies,
                           ReportGate gate, Semaforo semaforo) {
        this.dependencies = dependencies;
        this.catalog = catalog;
        this.summaries = summaries;
        this.reports = reports;
        this.gate = gate;
        this.semaforo = semaforo;
    }

    @Operation(operationId = "downloadPlanTable", tags = "dashboard", summary = "Download the dashboard's plan table as CSV",
            description = "Every pact of the plan with its direct and indirect progress, semáforo and money, as the plan page shows it:"
                    + " UTF-8 with a byte order mark, snake_case headers, codes as text. planId chooses the plan (default: the first)."
                    + " Query: period (a year, a cut-off date or plan), corte (a cut-off date, instead of period) and asOf, as on the page.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "the plan table",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")))
    @ProblemAnswers({400, 401, 404, 422, 503})
    @GetMapping(value = "/", params = "format=csv", produces = "text/csv")
    ResponseEntity<byte[]> plan(@RequestParam(required = false) String planId, @RequestParam(required = false) String period,
                                @RequestParam(required = false) String corte, @RequestParam(required = false) String asOf) {
        String asked = planId == null || planId.isBlank() ? null : Ids.check("planId", planId);
        PageQuery query = PageQuery.of(period, corte, asOf);
        PlanCatalog.PlanRef plan = PlanCatalog.choose(catalog.plans(query.asOf()), asked);
        PlanSummary summary = gate.run(() -> summaries.summary(plan.planId(), query.period(), query.asOf()));
        CsvTable table = new CsvTable(PLAN_HEADER);
        for (PlanSummary.PactLine p : summary.pacts()) {
            table.row(text(summary.planId()), text(summary.period()), text(instant(summary.asOf())), text(p.pactId()), text(p.name()),
                    number(p.directGoals().count()), number(p.directGoals().meanProgress()),
                    text(semaforo.of(p.directGoals().meanProgress()).code()), number(p.indirectGoals().count()),
                    number(p.indirectGoals().meanProgress()), text(semaforo.of(p.indirectGoals().meanProgress()).code()),
                    number(p.committed()), number(p.executed()), number(p.financialExecution()));
        }
        return download(table, "pactos-" + plan.planId() + "-" + query.period() + ".csv");
    }

    @Operation(operationId = "downloadPactGoalsTable", tags = "dashboard", summary = "Download a pact's goals table as CSV",
            description = "The goals of the pact with target, achieved, progress, semáforo, coordinating dependency and money, as the"
                    + " pact page shows them; same format as the plan table. Query: period (a year, a cut-off date or plan), corte (a cut-off date, instead of period) and asOf, as on the page.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "the pact's goals table",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")))
    @ProblemAnswers({400, 401, 404, 422, 503})
    @GetMapping(value = "/pactos/{pactId}/metas.csv", produces = "text/csv")
    ResponseEntity<byte[]> goals(@PathVariable String pactId, @RequestParam(required = false) String period,
                                 @RequestParam(required = false) String corte, @RequestParam(required = false) String asOf) {
        String id = Ids.check("pactId", pactId);
        PageQuery query = PageQuery.of(period, corte, asOf);
        PactReport report = gate.run(() -> reports.published(id, query.period(), query.asOf()));
        CsvTable table = new CsvTable(GOALS_HEADER);
        for (PactReport.GoalLine g : report.goals()) {
            table.row(text(id), text(report.period()), text(instant(report.asOf())), text(g.goalId()), text(g.code()),
                    text(g.statement()), text(g.link()), text(g.dependency()), text(g.dependencyName()), text(g.accumulation()),
                    number(g.target()), number(g.achieved()), number(g.progress()), number(g.rawProgress()),
                    text(semaforo.of(g.progress()).code()), number(g.committed()), number(g.executed()), number(g.financialExecution()));
        }
        return download(table, "metas-" + id + "-" + query.period() + ".csv");
    }

    /** The goals a dependency coordinates in the plan, each once, with the pacts it serves ({@code ;} between them). */
    @Operation(operationId = "downloadDependencyGoalsTable", tags = "dashboard",
            summary = "Download the goals a dependency coordinates as CSV",
            description = "Each goal the dependency coordinates in the plan once, with the pacts it serves (separated by ';'); same"
                    + " format as the plan table. planId chooses the plan (default: the first). Query: period (a year, a cut-off date or plan), corte (a cut-off date, instead of period) and asOf, as on the page.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "the dependency's goals table",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")))
    @ProblemAnswers({400, 401, 404, 422, 503})
    @GetMapping(value = "/dependencias/{code}/metas.csv", produces = "text/csv")
    ResponseEntity<byte[]> dependencyGoals(@PathVariable String code, @RequestParam(required = false) String planId,
                                           @RequestParam(required = false) String period, @RequestParam(required = false) String corte,
                                           @RequestParam(required = false) String asOf) {
        String id = Ids.check("code", code);
        String plan = planId == null || planId.isBlank() ? null : Ids.check("planId", planId);
        PageQuery query = PageQuery.of(period, corte, asOf);
        Map<String, PactReport.GoalLine> goals = new LinkedHashMap<>();
        Map<String, List<String>> pacts = new LinkedHashMap<>();
        List<PactReport> concerned = dependencies.of(id, plan, query);
        for (PactReport report : concerned) {
            for (PactReport.GoalLine g : DependencyPage.goalsOf(report, id)) {
                goals.putIfAbsent(g.goalId(), g);
                pacts.computeIfAbsent(g.goalId(), k -> new ArrayList<>()).add(report.pact().pactId());
            }
        }
        PactReport first = concerned.get(0);
        CsvTable table = new CsvTable(DEPENDENCY_GOALS_HEADER);
        for (PactReport.GoalLine g : goals.values()) {
            table.row(text(id), text(first.plan().planId()), text(first.period()), text(instant(first.asOf())), text(g.goalId()),
                    text(g.code()), text(g.statement()), text(String.join(";", pacts.get(g.goalId()))), text(g.accumulation()),
                    number(g.target()), number(g.achieved()), number(g.progress()), number(g.rawProgress()),
                    text(semaforo.of(g.progress()).code()));
        }
        return download(table, "metas-" + id + "-" + query.period() + ".csv");
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static ResponseEntity<byte[]> download(CsvTable table, String filename) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(table.bytes());
    }
}
