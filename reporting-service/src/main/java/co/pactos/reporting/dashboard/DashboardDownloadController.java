package co.pactos.reporting.dashboard;

import co.pactos.kit.web.Ids;
import co.pactos.kit.web.ProblemAnswers;
import co.pactos.reporting.dashboard.DataTable.Column;
import co.pactos.reporting.report.PactReport;
import co.pactos.reporting.report.PactReportQuery;
import co.pactos.reporting.report.PlanSummary;
import co.pactos.reporting.report.PlanSummaryQuery;
import co.pactos.reporting.web.ReportGate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
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
 * The dashboard's tables as downloads, CSV ({@link CsvTable}) and spreadsheet ({@link XlsxTable}): the plan table
 * ({@code GET /?format=csv|xlsx}), a pact's goals table ({@code GET /pactos/{pactId}/metas.csv|.xlsx}) and the goals a
 * dependency coordinates ({@code GET /dependencias/{code}/metas.csv|.xlsx}), with the same parameters as their pages.
 * Errors are problem+json, as in the report API.
 */
@RestController
class DashboardDownloadController {

    static final List<Column> PLAN_COLUMNS = List.of(
            new Column("plan_id", "Plan"), new Column("period", "Período"), new Column("as_of", "Tal como estaba el"),
            new Column("pact_id", "Pacto (identificador)"), new Column("pact_name", "Pacto"),
            new Column("direct_goals", "Metas directas"), new Column("direct_progress_pct", "Avance de las metas directas (%)"),
            new Column("direct_semaforo", "Semáforo de las metas directas"), new Column("indirect_goals", "Metas indirectas"),
            new Column("indirect_progress_pct", "Avance de las metas indirectas (%)"),
            new Column("indirect_semaforo", "Semáforo de las metas indirectas"), new Column("committed_cop", "Comprometido (pesos)"),
            new Column("executed_cop", "Ejecutado (pesos)"), new Column("financial_execution_pct", "Ejecución financiera (%)"));

    static final List<Column> GOALS_COLUMNS = List.of(
            new Column("pact_id", "Pacto (identificador)"), new Column("period", "Período"), new Column("as_of", "Tal como estaba el"),
            new Column("goal_id", "Meta (identificador)"), new Column("goal_code", "Código de la meta"), new Column("statement", "Meta"),
            new Column("link", "Relación con el pacto"), new Column("dependency_code", "Dependencia (código)"),
            new Column("dependency_name", "Dependencia coordinadora"), new Column("accumulation", "Tipo de acumulación"),
            new Column("target", "Meta del período"), new Column("achieved", "Logro del período"),
            new Column("progress_pct", "Avance (%)"), new Column("raw_progress_pct", "Avance sin límite (%)"),
            new Column("semaforo", "Semáforo"), new Column("committed_cop", "Comprometido (pesos)"),
            new Column("executed_cop", "Ejecutado (pesos)"), new Column("financial_execution_pct", "Ejecución financiera (%)"));

    static final List<Column> DEPENDENCY_GOALS_COLUMNS = List.of(
            new Column("dependency_code", "Dependencia (código)"), new Column("plan_id", "Plan"), new Column("period", "Período"),
            new Column("as_of", "Tal como estaba el"), new Column("goal_id", "Meta (identificador)"),
            new Column("goal_code", "Código de la meta"), new Column("statement", "Meta"),
            new Column("pact_ids", "Pactos que sirve (separados por ;)"), new Column("accumulation", "Tipo de acumulación"),
            new Column("target", "Meta del período"), new Column("achieved", "Logro del período"),
            new Column("progress_pct", "Avance (%)"), new Column("raw_progress_pct", "Avance sin límite (%)"),
            new Column("semaforo", "Semáforo"));

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType XLSX = MediaType.parseMediaType(XlsxTable.MEDIA_TYPE);
    private static final String QUERY = " Query: period (a year, a cut-off date or plan), corte (a cut-off date, instead of period)"
            + " and asOf, as on the page.";
    private static final String CSV_FORMAT = " UTF-8 with a byte order mark, snake_case headers, codes as text.";
    private static final String XLSX_FORMAT = " One sheet with Spanish column headers; numbers are numeric cells, codes text.";

    private final PlanCatalog catalog;
    private final PlanSummaryQuery summaries;
    private final PactReportQuery reports;
    private final DependencyReports dependencies;
    private final ReportGate gate;
    private final Semaforo semaforo;

    DashboardDownloadController(PlanCatalog catalog, PlanSummaryQuery summaries, PactReportQuery reports,
                                DependencyReports dependencies, ReportGate gate, Semaforo semaforo) {
        this.dependencies = dependencies;
        this.catalog = catalog;
        this.summaries = summaries;
        this.reports = reports;
        this.gate = gate;
        this.semaforo = semaforo;
    }

    @Operation(operationId = "downloadPlanTable", tags = "dashboard", summary = "Download the dashboard's plan table as CSV",
            description = "Every pact of the plan with its direct and indirect progress, semáforo and money, as the plan page shows"
                    + " it." + CSV_FORMAT + " planId chooses the plan (default: the first)." + QUERY)
    @ApiResponse(responseCode = "200", description = "the plan table",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ProblemAnswers({400, 401, 404, 422, 503})
    @GetMapping(value = "/", params = "format=csv", produces = "text/csv")
    ResponseEntity<byte[]> planCsv(@RequestParam(required = false) String planId, @RequestParam(required = false) String period,
                                   @RequestParam(required = false) String corte, @RequestParam(required = false) String asOf) {
        Download table = planTable(planId, period, corte, asOf);
        return csv(table.table(), table.filename());
    }

    @Operation(operationId = "downloadPlanTableXlsx", tags = "dashboard", summary = "Download the dashboard's plan table as XLSX",
            description = "The plan table of downloadPlanTable as a spreadsheet." + XLSX_FORMAT + " planId chooses the plan (default:"
                    + " the first)." + QUERY)
    @ApiResponse(responseCode = "200", description = "the plan table",
            content = @Content(mediaType = XlsxTable.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")))
    @ProblemAnswers({400, 401, 404, 422, 503})
    @GetMapping(value = "/", params = "format=xlsx", produces = XlsxTable.MEDIA_TYPE)
    ResponseEntity<byte[]> planXlsx(@RequestParam(required = false) String planId, @RequestParam(required = false) String period,
                                    @RequestParam(required = false) String corte, @RequestParam(required = false) String asOf) {
        Download table = planTable(planId, period, corte, asOf);
        return xlsx(table.table(), "Pactos", table.filename());
    }

    @Operation(operationId = "downloadPactGoalsTable", tags = "dashboard", summary = "Download a pact's goals table as CSV",
            description = "The goals of the pact with target, achieved, progress, semáforo, coordinating dependency and money, as the"
                    + " pact page shows them." + CSV_FORMAT + QUERY)
    @ApiResponse(responseCode = "200", description = "the pact's goals table",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ProblemAnswers({400, 401, 404, 422, 503})
    @GetMapping(value = "/pactos/{pactId}/metas.csv", produces = "text/csv")
    ResponseEntity<byte[]> goalsCsv(@PathVariable String pactId, @RequestParam(required = false) String period,
                                    @RequestParam(required = false) String corte, @RequestParam(required = false) String asOf) {
        Download table = goalsTable(pactId, period, corte, asOf);
        return csv(table.table(), table.filename());
    }

    @Operation(operationId = "downloadPactGoalsTableXlsx", tags = "dashboard", summary = "Download a pact's goals table as XLSX",
            description = "The goals table of downloadPactGoalsTable as a spreadsheet." + XLSX_FORMAT + QUERY)
    @ApiResponse(responseCode = "200", description = "the pact's goals table",
            content = @Content(mediaType = XlsxTable.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")))
    @ProblemAnswers({400, 401, 404, 422, 503})
    @GetMapping(value = "/pactos/{pactId}/metas.xlsx", produces = XlsxTable.MEDIA_TYPE)
    ResponseEntity<byte[]> goalsXlsx(@PathVariable String pactId, @RequestParam(required = false) String period,
                                     @RequestParam(required = false) String corte, @RequestParam(required = false) String asOf) {
        Download table = goalsTable(pactId, period, corte, asOf);
        return xlsx(table.table(), "Metas", table.filename());
    }

    @Operation(operationId = "downloadDependencyGoalsTable", tags = "dashboard",
            summary = "Download the goals a dependency coordinates as CSV",
            description = "Each goal the dependency coordinates in the plan once, with the pacts it serves (separated by ';')."
                    + CSV_FORMAT + " planId chooses the plan (default: the first)." + QUERY)
    @ApiResponse(responseCode = "200", description = "the dependency's goals table",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ProblemAnswers({400, 401, 404, 422, 503})
    @GetMapping(value = "/dependencias/{code}/metas.csv", produces = "text/csv")
    ResponseEntity<byte[]> dependencyGoalsCsv(@PathVariable String code, @RequestParam(required = false) String planId,
                                              @RequestParam(required = false) String period, @RequestParam(required = false) String corte,
                                              @RequestParam(required = false) String asOf) {
        Download table = dependencyGoalsTable(code, planId, period, corte, asOf);
        return csv(table.table(), table.filename());
    }

    @Operation(operationId = "downloadDependencyGoalsTableXlsx", tags = "dashboard",
            summary = "Download the goals a dependency coordinates as XLSX",
            description = "The table of downloadDependencyGoalsTable as a spreadsheet." + XLSX_FORMAT
                    + " planId chooses the plan (default: the first)." + QUERY)
    @ApiResponse(responseCode = "200", description = "the dependency's goals table",
            content = @Content(mediaType = XlsxTable.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")))
    @ProblemAnswers({400, 401, 404, 422, 503})
    @GetMapping(value = "/dependencias/{code}/metas.xlsx", produces = XlsxTable.MEDIA_TYPE)
    ResponseEntity<byte[]> dependencyGoalsXlsx(@PathVariable String code, @RequestParam(required = false) String planId,
                                               @RequestParam(required = false) String period, @RequestParam(required = false) String corte,
                                               @RequestParam(required = false) String asOf) {
        Download table = dependencyGoalsTable(code, planId, period, corte, asOf);
        return xlsx(table.table(), "Metas", table.filename());
    }

    @Operation(operationId = "downloadPactReportXlsx", tags = "dashboard", summary = "Download a pact's whole report as XLSX",
            description = "The pact's report as a workbook: a summary sheet (Resumen: means, money, ventures, jobs, the timeline and how"
                    + " current the data is), the goals table (Metas, as downloadPactGoalsTable), and every activity (Actividades),"
                    + " investment (Dinero: committed with adjustments, executed) and call (Convocatorias) of every section: the whole"
                    + " lists, not only the first lines the page and the JSON report show." + XLSX_FORMAT + QUERY)
    @ApiResponse(responseCode = "200", description = "the pact's report as a workbook",
            content = @Content(mediaType = XlsxTable.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")))
    @ProblemAnswers({400, 401, 404, 422, 503})
    @GetMapping(value = "/pactos/{pactId}/informe.xlsx", produces = XlsxTable.MEDIA_TYPE)
    ResponseEntity<byte[]> reportXlsx(@PathVariable String pactId, @RequestParam(required = false) String period,
                                      @RequestParam(required = false) String corte, @RequestParam(required = false) String asOf) {
        String id = Ids.check("pactId", pactId);
        PageQuery query = PageQuery.of(period, corte, asOf);
        PactReport whole = gate.run(() -> reports.report(id, query.period(), query.asOf()));
        PactReport published = gate.run(() -> reports.published(id, query.period(), query.asOf()));
        String asOfName = query.asOf() == null ? "con todo lo registrado hasta la descarga"
                : "con lo registrado hasta el " + PageFormat.instant(query.asOf());
        byte[] workbook = PactWorkbook.of(whole, goals(id, published).table(),
                PageFormat.period(query.period(), whole.plan().startDate().getYear(), whole.plan().endDate().getYear()), asOfName);
        return download(XLSX, workbook, "informe-" + id + "-" + query.period() + ".xlsx");
    }

    private record Download(DataTable table, String filename) {
    }

    private Download planTable(String planId, String period, String corte, String asOf) {
        String asked = planId == null || planId.isBlank() ? null : Ids.check("planId", planId);
        PageQuery query = PageQuery.of(period, corte, asOf);
        PlanCatalog.PlanRef plan = PlanCatalog.choose(catalog.plans(query.asOf()), asked);
        PlanSummary summary = gate.run(() -> summaries.summary(plan.planId(), query.period(), query.asOf()));
        DataTable table = new DataTable(PLAN_COLUMNS);
        for (PlanSummary.PactLine p : summary.pacts()) {
            table.row(summary.planId(), summary.period(), summary.asOf(), p.pactId(), p.name(), p.directGoals().count(),
                    p.directGoals().meanProgress(), semaforo.of(p.directGoals().meanProgress()).code(), p.indirectGoals().count(),
                    p.indirectGoals().meanProgress(), semaforo.of(p.indirectGoals().meanProgress()).code(), p.committed(),
                    p.executed(), p.financialExecution());
        }
        return new Download(table, "pactos-" + plan.planId() + "-" + query.period());
    }

    private Download goalsTable(String pactId, String period, String corte, String asOf) {
        String id = Ids.check("pactId", pactId);
        PageQuery query = PageQuery.of(period, corte, asOf);
        PactReport report = gate.run(() -> reports.published(id, query.period(), query.asOf()));
        return goals(id, report);
    }

    private Download goals(String id, PactReport report) {
        DataTable table = new DataTable(GOALS_COLUMNS);
        for (PactReport.GoalLine g : report.goals()) {
            table.row(id, report.period(), report.asOf(), g.goalId(), g.code(), g.statement(), g.link(), g.dependency(),
                    g.dependencyName(), g.accumulation(), g.target(), g.achieved(), g.progress(), g.rawProgress(),
                    semaforo.of(g.progress()).code(), g.committed(), g.executed(), g.financialExecution());
        }
        return new Download(table, "metas-" + id + "-" + report.period());
    }

    /** The goals a dependency coordinates in the plan, each once, with the pacts it serves ({@code ;} between them). */
    private Download dependencyGoalsTable(String code, String planId, String period, String corte, String asOf) {
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
        DataTable table = new DataTable(DEPENDENCY_GOALS_COLUMNS);
        for (PactReport.GoalLine g : goals.values()) {
            table.row(id, first.plan().planId(), first.period(), first.asOf(), g.goalId(), g.code(), g.statement(),
                    String.join(";", pacts.get(g.goalId())), g.accumulation(), g.target(), g.achieved(), g.progress(),
                    g.rawProgress(), semaforo.of(g.progress()).code());
        }
        return new Download(table, "metas-" + id + "-" + query.period());
    }

    private static ResponseEntity<byte[]> csv(DataTable table, String filename) {
        return download(CSV, CsvTable.bytes(table), filename + ".csv");
    }

    private static ResponseEntity<byte[]> xlsx(DataTable table, String sheet, String filename) {
        return download(XLSX, XlsxTable.bytes(table, sheet), filename + ".xlsx");
    }

    static ResponseEntity<byte[]> download(MediaType type, byte[] body, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
