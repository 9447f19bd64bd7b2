package co.pactos.reporting.opendata;

import co.pactos.kit.web.Ids;
import co.pactos.kit.web.InvalidInput;
import co.pactos.kit.web.ProblemAnswers;
import co.pactos.reporting.dashboard.CsvTable;
import co.pactos.reporting.dashboard.DataTable;
import co.pactos.reporting.dashboard.PageQuery;
import co.pactos.reporting.dashboard.PlanCatalog;
import co.pactos.reporting.progress.ReportPeriod;
import co.pactos.reporting.web.ReportGate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
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
 * Open data (Ley 1712 de 2014): the catalogue {@code GET /api/open-data} and each dataset as CSV or JSON, with the same
 * figures as the report API. Readable without a token while {@code pactos.security.public-reads} is true.
 */
@RestController
class OpenDataController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String PLAN_ID = "The plan (default: the first plan by name)";
    private static final String AS_OF = "As it stood on: a date YYYY-MM-DD (everything recorded by the end of that day, Colombian"
            + " time) or an ISO-8601 instant with offset; absent: now";
    private static final String PERIOD = "Not for metas-avance (which has every period): a year (2022), a cut-off date (2022-06-30)"
            + " or plan (the default)";
    private static final String DATASET = "metas-avance (goals with progress per pact and period), actividades (the activities"
            + " behind the pact reports), inversiones (their investments, committed with adjustments and executed) or"
            + " convocatorias (the programmes' calls with their results)";

    /** The catalogue: what it is, and each dataset with its downloads and its data dictionary. */
    public record Catalogue(String title, String description, String planId, String planName, Instant asOf,
                            List<Dataset> datasets) {
    }

    public record Dataset(String id, String title, String description, String csv, String json, List<OpenDataset.Field> fields) {
    }

    /** A dataset as JSON: the rows as records with the data dictionary's field names; period null for metas-avance (one per row). */
    public record Rows(String dataset, String planId, String period, Instant asOf, int count,
                       @ArraySchema(schema = @Schema(description = "One row: each field of the data dictionary by its name",
                               additionalPropertiesSchema = Value.class)) List<Map<String, Object>> rows) {
    }

    /** A cell of a row, as the data dictionary types it. */
    @Schema(name = "OpenDataValue", types = {"string", "number", "null"},
            description = "texto (string), número (number) or absent (null)")
    public interface Value {
    }

    private final PlanCatalog plans;
    private final OpenDataTables tables;
    private final ReportGate gate;

    OpenDataController(PlanCatalog plans, OpenDataTables tables, ReportGate gate) {
        this.plans = plans;
        this.tables = tables;
        this.gate = gate;
    }

    @Operation(operationId = "getOpenDataCatalogue", tags = "open-data", summary = "List the open datasets",
            description = "The open-data catalogue (Ley 1712 de 2014): each dataset with its CSV and JSON download URLs for the plan"
                    + " and its data dictionary in Spanish (per field: name, type, description, unit).")
    @ApiResponse(responseCode = "200", description = "The catalogue",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Catalogue.class)))
    @ProblemAnswers({400, 401, 404, 503})
    @GetMapping(value = "/api/open-data", produces = MediaType.APPLICATION_JSON_VALUE)
    Catalogue catalogue(@Parameter(description = PLAN_ID, example = "valle-invencible-2020-2023") @RequestParam(required = false) String planId,
                        @Parameter(description = AS_OF, example = "2022-07-01") @RequestParam(required = false) String asOf) {
        PageQuery query = PageQuery.of(null, null, asOf);
        PlanCatalog.PlanRef plan = plan(planId, query);
        String parameters = "?planId=" + encode(plan.planId()) + (query.asOfText() == null ? "" : "&asOf=" + encode(query.asOfText()));
        List<Dataset> datasets = Arrays.stream(OpenDataset.values())
                .map(d -> new Dataset(d.id(), d.title(), d.description(), "/api/open-data/" + d.id() + ".csv" + parameters,
                        "/api/open-data/" + d.id() + ".json" + parameters, d.fields()))
                .toList();
        return new Catalogue("Datos abiertos del seguimiento a los pactos del plan de desarrollo",
                "Publicados según la Ley 1712 de 2014 (transparencia y acceso a la información pública). Las cifras son las de los"
                        + " informes de los pactos; los CSV están en UTF-8, con encabezados estables en snake_case y los códigos como"
                        + " texto (DIVIPOLA 05001 conserva su cero).",
                plan.planId(), plan.name(), query.asOf(), datasets);
    }

    @Operation(operationId = "downloadOpenDatasetCsv", tags = "open-data", summary = "Download an open dataset as CSV",
            description = "The dataset's rows as CSV: UTF-8 with a byte order mark, the data dictionary's snake_case names as header,"
                    + " text quoted (codes keep their leading zeros), numbers plain with a dot as decimal separator, empty when absent.")
    @ApiResponse(responseCode = "200", description = "The dataset",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ProblemAnswers({400, 401, 404, 422, 503})
    @GetMapping(value = "/api/open-data/{dataset}.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@Parameter(description = DATASET, example = "metas-avance") @PathVariable String dataset,
                               @Parameter(description = PLAN_ID) @RequestParam(required = false) String planId,
                               @Parameter(description = PERIOD, example = "2022-06-30") @RequestParam(required = false) String period,
                               @Parameter(description = AS_OF, example = "2022-07-01") @RequestParam(required = false) String asOf) {
        Result result = rows(dataset, planId, period, asOf);
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(result.dataset().id() + "-" + result.planId() + ".csv").build().toString())
                .body(CsvTable.bytes(result.table()));
    }

    @Operation(operationId = "downloadOpenDatasetJson", tags = "open-data", summary = "Download an open dataset as JSON",
            description = "The dataset's rows as JSON records whose members are the data dictionary's field names; numbers are JSON"
                    + " numbers, codes and dates strings, absent values null.")
    @ApiResponse(responseCode = "200", description = "The dataset",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Rows.class)))
    @ProblemAnswers({400, 401, 404, 422, 503})
    @GetMapping(value = "/api/open-data/{dataset}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Rows json(@Parameter(description = DATASET, example = "metas-avance") @PathVariable String dataset,
              @Parameter(description = PLAN_ID) @RequestParam(required = false) String planId,
              @Parameter(description = PERIOD, example = "2022-06-30") @RequestParam(required = false) String period,
              @Parameter(description = AS_OF, example = "2022-07-01") @RequestParam(required = false) String asOf) {
        Result result = rows(dataset, planId, period, asOf);
        List<Map<String, Object>> records = result.table().records();
        return new Rows(result.dataset().id(), result.planId(), result.period(), result.asOf(), records.size(), records);
    }

    private record Result(OpenDataset dataset, String planId, String period, Instant asOf, DataTable table) {
    }

    private Result rows(String id, String planId, String period, String asOf) {
        OpenDataset dataset = OpenDataset.byId(Ids.check("dataset", id));
        PageQuery query = PageQuery.of(period, null, asOf);
        PlanCatalog.PlanRef plan = plan(planId, query);
        if (dataset == OpenDataset.GOAL_PROGRESS) {
            if (period != null && !period.isBlank()) {
                throw new InvalidInput("period", "metas-avance holds every year of the plan and plan, one row per period; period"
                        + " applies to the other datasets only");
            }
            DataTable table = gate.run(() -> tables.goalProgress(plan.planId(), plan.startDate(), plan.endDate(), query.asOf()));
            return new Result(dataset, plan.planId(), null, query.asOf(), table);
        }
        ReportPeriod asked = query.period();
        DataTable table = gate.run(() -> switch (dataset) {
            case INVESTMENTS -> tables.investments(plan.planId(), asked, query.asOf());
            case CALLS -> tables.calls(plan.planId(), asked, query.asOf());
            default -> tables.activities(plan.planId(), asked, query.asOf());
        });
        return new Result(dataset, plan.planId(), asked.toString(), query.asOf(), table);
    }

    private PlanCatalog.PlanRef plan(String planId, PageQuery query) {
        String asked = planId == null || planId.isBlank() ? null : Ids.check("planId", planId);
        return PlanCatalog.choose(plans.plans(query.asOf()), asked);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
