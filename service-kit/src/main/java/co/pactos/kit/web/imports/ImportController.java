package co.pactos.kit.web.imports;

import co.pactos.kit.security.WritePolicy;
import co.pactos.kit.web.ProblemAnswers;
import co.pactos.kit.web.batch.BatchExecutor;
import co.pactos.kit.web.batch.BatchLine;
import co.pactos.kit.web.batch.LineResult;
import co.pactos.kit.web.strict.ProblemWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spreadsheet imports: {@code POST /api/imports/{kind}} with a CSV or XLSX file, each row one PUT carried out as a line
 * of a batch ({@link BatchExecutor}: the same strict reading, rules, idempotency and authorization by the caller's
 * token), answered row by row as NDJSON with progress lines, or as the uploaded spreadsheet with {@code Estado},
 * {@code Problemas} and {@code Avisos}; and each kind's template, {@code GET /api/imports/{kind}/template.xlsx} and
 * {@code .csv}. The kinds are the {@link ImportKind} beans of the service.
 */
@RestController
public class ImportController {

    public static final String PATH = "/api/imports";
    public static final String NDJSON = "application/x-ndjson";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String CSV = "text/csv";

    private static final Logger log = LoggerFactory.getLogger(ImportController.class);

    private final Map<String, ImportKind> kinds = new LinkedHashMap<>();
    private final BatchExecutor executor;
    private final WritePolicy policy;
    private final JsonMapper json;
    private final long maxBytes;
    private final int maxRows;
    private final int progressEvery;

    public ImportController(List<ImportKind> kinds, BatchExecutor executor, WritePolicy policy, JsonMapper json,
                            @Value("${pactos.imports.max-bytes:33554432}") long maxBytes,
                            @Value("${pactos.imports.max-rows:100000}") int maxRows,
                            @Value("${pactos.imports.progress-every:1000}") int progressEvery) {
        kinds.forEach(kind -> this.kinds.put(kind.name(), kind));
        this.executor = executor;
        this.policy = policy;
        this.json = json;
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
        this.progressEvery = Math.max(1, progressEvery);
    }

    @Operation(operationId = "listImportKinds", tags = "imports", summary = "List the kinds of spreadsheet this service imports",
            description = "Each kind with the PUT its rows stand for, its template's URLs and its columns (Spanish header, the field it"
                    + " fills, whether it is required, its format). Readable like the templates: without a token while"
                    + " pactos.security.public-reads is on.")
    @ApiResponse(responseCode = "200", description = "The kinds", content = @Content(mediaType = "application/json",
            array = @ArraySchema(schema = @Schema(implementation = ImportKindView.class))))
    @ProblemAnswers({401, 406})
    @GetMapping(path = PATH, produces = "application/json")
    public List<ImportKindView> kinds() {
        return kinds.values().stream().map(ImportKindView::of).toList();
    }

    @Operation(operationId = "getImportTemplateXlsx", tags = "imports", summary = "Download a kind's template as XLSX",
            description = "One sheet with the Spanish headers and an example row (delete it before uploading), and a second sheet"
                    + " «Instrucciones» that explains each column: what it is, its format, whether it is required. The templates hold"
                    + " no data: readable without a token while pactos.security.public-reads is on (the default), else with any valid"
                    + " token. An unknown kind is 404 naming the kinds there are.")
    @ApiResponse(responseCode = "200", description = "The template", content = @Content(mediaType = XLSX,
            schema = @Schema(type = "string", format = "binary")))
    @ProblemAnswers({401, 404})
    @GetMapping(path = PATH + "/{kind}/template.xlsx", produces = {XLSX, "application/problem+json"})
    public void templateXlsx(@Parameter(description = "The kind, e.g. progress") @PathVariable String kind, HttpServletResponse response)
            throws IOException {
        ImportKind found = kind(kind, response);
        if (found != null) {
            download(response, XLSX, "plantilla-" + found.name() + ".xlsx", Templates.xlsx(found));
        }
    }

    @Operation(operationId = "getImportTemplateCsv", tags = "imports", summary = "Download a kind's template as CSV",
            description = "The Spanish headers and an example row, UTF-8 with a byte order mark, separated by ';' as Excel with"
                    + " Colombian regional settings opens and saves it. Readable like the XLSX template. An unknown kind is 404.")
    @ApiResponse(responseCode = "200", description = "The template", content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    @ProblemAnswers({401, 404})
    @GetMapping(path = PATH + "/{kind}/template.csv", produces = {CSV, "application/problem+json"})
    public void templateCsv(@Parameter(description = "The kind, e.g. progress") @PathVariable String kind, HttpServletResponse response)
            throws IOException {
        ImportKind found = kind(kind, response);
        if (found != null) {
            download(response, CSV + ";charset=UTF-8", "plantilla-" + found.name() + ".csv", Templates.csv(found));
        }
    }

    @Operation(operationId = "postImport", tags = "imports", summary = "Load a spreadsheet: one write per row",
            description = "The filled template of the kind, as multipart/form-data (part file, optional part source) or as the raw body"
                    + " (text/csv, or the XLSX media type). XLSX: the first sheet, read with POI's streaming reader; CSV: UTF-8 with or"
                    + " without a byte order mark (else Windows-1252, said in the summary), ',' or ';' separated. Headers are matched"
                    + " regardless of case, accents and spaces; the columns Estado, Problemas and Avisos of an earlier report are not"
                    + " read, so a fixed report can be sent again. Numbers as a Colombian spreadsheet writes them (1.234,5; 1234,5) and"
                    + " also 1234.5 and 1,234.5; an ambiguous 1.234 is read as 1234 and said back in readings. Dates 30/06/2022,"
                    + " 30-06-2022, 2022-06-30 or date cells; 06/07/2022 is read day first and said back. Money in whole pesos."
                    + " Each row becomes the PUT of the kind's path and is carried out as a line of POST /api/batch: the same"
                    + " validation, idempotency (a row already recorded is UNCHANGED) and authorization by this token (FORBIDDEN per"
                    + " row); a caller that may write nothing (oversight, operator) is 403 before anything is read. The answer, by"
                    + " default, is NDJSON streamed as rows are committed: one line per row {line (the row's number in the"
                    + " spreadsheet), path, status, recorded, problems (Spanish, by column header), readings, problem (the PUT's"
                    + " problem+json)}, a line {progress: {done, total}} at the start and every pactos.imports.progress-every rows"
                    + " (1 000), and last {summary}. format=xlsx or Accept: " + XLSX + " answers the uploaded sheet with the columns"
                    + " Estado, Problemas and Avisos in Spanish (and a sheet Resumen) once every row is done. dryRun and atomic as in"
                    + " POST /api/batch. Bounds: pactos.imports.max-bytes (32 MiB) and pactos.imports.max-rows (100 000), beyond"
                    + " either 413 and nothing recorded; a file that is not a spreadsheet is 415; a header without a required column"
                    + " is 400 naming it.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The spreadsheet", content = {
            @Content(mediaType = "multipart/form-data", schema = @Schema(implementation = ImportUpload.class)),
            @Content(mediaType = CSV, schema = @Schema(type = "string")),
            @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "200", description = "The report, row by row", content = {
            @Content(mediaType = NDJSON, schema = @Schema(implementation = ImportReportLine.class)),
            @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))})
    @ProblemAnswers({400, 401, 403, 404, 406, 413, 415})
    @PostMapping(path = PATH + "/{kind}", consumes = {"multipart/form-data", CSV, XLSX, "application/octet-stream"},
            produces = {NDJSON, XLSX, "application/problem+json"})
    public void importFile(@Parameter(description = "The kind, e.g. progress") @PathVariable String kind,
                           @Parameter(description = "Carry out every row and record nothing") @RequestParam(defaultValue = "false") boolean dryRun,
                           @Parameter(description = "Record every row or none") @RequestParam(defaultValue = "false") boolean atomic,
                           @Parameter(description = "The posting system, for rows whose «Sistema de origen» is empty", example = "SIGESI")
                           @RequestParam(required = false) String source,
                           @Parameter(description = "ndjson (the default) or xlsx: the uploaded sheet with Estado, Problemas and Avisos")
                           @RequestParam(required = false) String format,
                           HttpServletRequest request, HttpServletResponse response) throws IOException {
        ImportKind found = kind(kind, response);
        if (found == null) {
            return;
        }
        policy.requireWriter("imports " + found.name());
        Boolean xlsx = wantsXlsx(format, request.getHeader("Accept"), response);
        if (xlsx == null) {
            return;
        }
        if (source != null && (source.isBlank() || source.length() > 64)) {
            ProblemWriter.write(response, 400, "source must have 1 to 64 characters. Nothing was recorded.", "source");
            return;
        }
        Sheet sheet;
        RowReader reader;
        try {
            sheet = Spreadsheets.read(file(request), maxRows);
            if (sheet.header() == null || sheet.rows().isEmpty()) {
                throw new SpreadsheetRefused(400, "The spreadsheet has no rows under its header row: fill one row per write. Nothing was"
                        + " recorded.", "file");
            }
            reader = new RowReader(found, sheet.header(), json, source);
        } catch (SpreadsheetRefused e) {
            ProblemWriter.write(response, e.status(), e.getMessage(), e.field());
            return;
        }
        String wholeBatch = executor.wholeBatchRefusal(sheet.rows().size(), dryRun, atomic, "rows");
        if (wholeBatch != null) {
            ProblemWriter.write(response, 413, wholeBatch, atomic ? "atomic" : "dryRun");
            return;
        }
        List<RowReader.Outcome> outcomes = sheet.rows().stream().map(reader::read).toList();
        List<String> notices = new ArrayList<>(sheet.notices());
        notices.addAll(reader.notices());
        log.info("import {} ({}, {} rows, dryRun={}, atomic={})", found.name(), sheet.format(), outcomes.size(), dryRun, atomic);
        Report report = new Report(found, outcomes, xlsx ? null : response.getOutputStream(), dryRun);
        if (!xlsx) {
            response.setStatus(200);
            response.setContentType(NDJSON);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            report.write(ImportReportLine.progress(0, outcomes.size()));
            report.flush();
        }
        executor.run(outcomes.stream().map(RowReader.Outcome::line).toList(), request, response, dryRun, atomic, report);
        ImportReportLine.Summary summary = report.summary(sheet.format(), atomic, notices);
        log.info("import {} done: {}", found.name(), summary);
        if (xlsx) {
            response.setStatus(200);
            response.setContentType(XLSX);
            response.setHeader("Content-Disposition", "attachment; filename=\"informe-" + found.name() + ".xlsx\"");
            XlsxReport.write(sheet, found, report.byRow, summary, response.getOutputStream());
        } else {
            report.write(ImportReportLine.summary(summary));
        }
        response.flushBuffer();
    }

    private ImportKind kind(String name, HttpServletResponse response) throws IOException {
        ImportKind kind = kinds.get(name);
        if (kind == null) {
            ProblemWriter.write(response, 404, "There is no import of kind '" + name + "' in this service; its kinds are "
                    + String.join(", ", kinds.keySet()) + ".", "kind");
        }
        return kind;
    }

    /** True for the spreadsheet report, false for NDJSON; null once a problem has been answered. */
    private static Boolean wantsXlsx(String format, String accept, HttpServletResponse response) throws IOException {
        if (format != null) {
            return switch (format) {
                case "xlsx" -> true;
                case "ndjson", "json" -> false;
                default -> {
                    ProblemWriter.write(response, 400, "format must be ndjson or xlsx, not '" + format + "'. Nothing was recorded.", "format");
                    yield null;
                }
            };
        }
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            types = new ArrayList<>(types);
            types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
            for (MediaType type : types) {
                if (type.isCompatibleWith(MediaType.parseMediaType(NDJSON)) || type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                    return false;
                }
                if (type.isCompatibleWith(MediaType.parseMediaType(XLSX))) {
                    return true;
                }
            }
        } catch (InvalidMediaTypeException e) {
            // answered below
        }
        ProblemWriter.write(response, 406, "An import answers " + NDJSON + " or " + XLSX + " (or format=xlsx); this request accepts only "
                + accept + ". Nothing was recorded.", null);
        return null;
    }

    private byte[] file(HttpServletRequest request) throws IOException {
        if (request instanceof MultipartHttpServletRequest multipart) {
            MultipartFile file = multipart.getFile("file");
            if (file == null) {
                file = multipart.getFileMap().values().stream().findFirst().orElse(null);
            }
            if (file == null) {
                throw new SpreadsheetRefused(400, "Send the spreadsheet as the part named file (curl -F file=@avances.xlsx)."
                        + " Nothing was recorded.", "file");
            }
            if (file.getSize() > maxBytes) {
                throw tooLarge();
            }
            return file.getBytes();
        }
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        long total = 0;
        try (InputStream in = request.getInputStream()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                total += read;
                if (total > maxBytes) {
                    throw tooLarge();
                }
                out.write(buffer, 0, read);
            }
        }
        return out.toByteArray();
    }

    private SpreadsheetRefused tooLarge() {
        return new SpreadsheetRefused(413, "A spreadsheet may have at most " + maxBytes + " bytes (pactos.imports.max-bytes): split it in"
                + " several files. Nothing was recorded.", "file");
    }

    private static void download(HttpServletResponse response, String type, String name, byte[] bytes) throws IOException {
        response.setStatus(200);
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Gathers the rows' results as they are settled: written at once as NDJSON, or kept for the spreadsheet report. */
    private final class Report implements BatchExecutor.Listener {

        private final ImportKind kind;
        private final List<RowReader.Outcome> outcomes;
        private final OutputStream out;
        private final boolean dryRun;
        private final Map<Integer, ImportReportLine> byRow = new HashMap<>();
        private final Map<LineResult.Status, Integer> counts = new java.util.EnumMap<>(LineResult.Status.class);
        private int answered;
        private int recorded;
        private int reported;

        Report(ImportKind kind, List<RowReader.Outcome> outcomes, OutputStream out, boolean dryRun) {
            this.kind = kind;
            this.outcomes = outcomes;
            this.out = out;
            this.dryRun = dryRun;
        }

        @Override
        public void answered(List<LineResult> results) {
            for (LineResult result : results) {
                RowReader.Outcome outcome = outcomes.get(answered++);
                boolean readHere = !outcome.problems().isEmpty();
                List<RowMessage> problems = readHere ? outcome.problems() : SpanishProblems.of(result, kind);
                LineResult shown = readHere ? new LineResult(result.line(), result.path(), result.status(), false, problem(outcome)) : result;
                ImportReportLine line = ImportReportLine.row(shown, problems, outcome.readings());
                counts.merge(result.status(), 1, Integer::sum);
                recorded += result.recorded() ? 1 : 0;
                if (out == null) {
                    byRow.put(result.line(), line);
                } else {
                    write(line);
                }
            }
            flush();
        }

        @Override
        public void progress(int done, int total) {
            if (done / progressEvery > reported || done == total) {
                reported = done / progressEvery;
                log.info("import {}: {} of {} rows done", kind.name(), done, total);
                if (out != null && done < total) {
                    write(ImportReportLine.progress(done, total));
                    flush();
                }
            }
        }

        /** The problem+json of a row refused before its PUT: each cell named by its column header, in Spanish. */
        private tools.jackson.databind.JsonNode problem(RowReader.Outcome outcome) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "/problems/invalid-input");
            problem.put("title", "The row has invalid cells");
            problem.put("status", 400);
            problem.put("detail", "Fix the cells listed in errors (by column header, in Spanish) and send the file again.");
            problem.put("errors", outcome.problems().stream().map(p -> Map.of("field", p.column() == null ? "fila" : p.column(),
                    "message", p.message())).toList());
            return json.valueToTree(problem);
        }

        ImportReportLine.Summary summary(String format, boolean atomic, List<String> notices) {
            return new ImportReportLine.Summary(kind.name(), format, outcomes.size(), count(LineResult.Status.CREATED),
                    count(LineResult.Status.UNCHANGED), count(LineResult.Status.CONFLICT), count(LineResult.Status.INVALID),
                    count(LineResult.Status.FORBIDDEN), count(LineResult.Status.FAILED), recorded, dryRun, atomic, notices);
        }

        private int count(LineResult.Status status) {
            return counts.getOrDefault(status, 0);
        }

        void write(ImportReportLine line) {
            try {
                out.write(json.writeValueAsBytes(line));
                out.write('\n');
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("the caller no longer reads the answer", e);
            }
        }

        void flush() {
            if (out == null) {
                return;
            }
            try {
                out.flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("the caller no longer reads the answer", e);
            }
        }
    }
}
