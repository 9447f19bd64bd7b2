package co.pactos.kit.web.imports;

import co.pactos.kit.web.batch.LineResult;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One NDJSON line of an import's answer: the result of one row (with {@code line}), or the progress so far
 * ({@code progress}), or, last, the summary ({@code summary}).
 */
@Schema(description = "One line of an import's answer: a row's result (line, path, status, recorded, problems, readings, problem),"
        + " the progress ({progress: {done, total}}) or, last, the summary ({summary: {...}})")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportReportLine(
        @Schema(description = "The row's number as the spreadsheet program shows it (the header is row 1)", example = "2") Integer line,
        @Schema(description = "The PUT the row stands for (absent when its ids cannot be read)", example = "/api/goals/G1/progress/R7")
        String path,
        @Schema(description = "As in POST /api/batch: CREATED, UNCHANGED (already recorded), CONFLICT, INVALID, FORBIDDEN, FAILED")
        LineResult.Status status,
        @Schema(description = "True when this import recorded the row and it is committed") Boolean recorded,
        @Schema(description = "What is wrong with the row, in Spanish, each naming its column by its header") List<RowMessage> problems,
        @Schema(description = "How ambiguous values of the row were read (1.234, 06/07/2022), in Spanish") List<RowMessage> readings,
        @Schema(description = "The problem+json the single PUT answered (English), when the row is neither CREATED nor UNCHANGED",
                ref = "#/components/schemas/Problem") JsonNode problem,
        @Schema(description = "Rows carried out so far of the file's total") Progress progress,
        @Schema(description = "The last line: counts per status and what was noticed of the file") Summary summary) {

    @Schema(description = "Rows carried out so far")
    public record Progress(@Schema(example = "1000") int done, @Schema(example = "100000") int total) {
    }

    @Schema(description = "What the import did, by status")
    public record Summary(
            @Schema(example = "progress") String kind,
            @Schema(description = "csv or xlsx", example = "xlsx") String format,
            @Schema(example = "3") int rows,
            @Schema(example = "2") int created,
            @Schema(example = "0") int unchanged,
            @Schema(example = "0") int conflict,
            @Schema(example = "1") int invalid,
            @Schema(example = "0") int forbidden,
            @Schema(example = "0") int failed,
            @Schema(description = "Rows this import recorded", example = "2") int recorded,
            boolean dryRun,
            boolean atomic,
            @Schema(description = "How the file was read, in Spanish (columns not read, encoding)") List<String> notices) {
    }

    static ImportReportLine row(LineResult result, List<RowMessage> problems, List<RowMessage> readings) {
        return new ImportReportLine(result.line(), result.path(), result.status(), result.recorded(), problems.isEmpty() ? null : problems,
                readings.isEmpty() ? null : readings, result.problem(), null, null);
    }

    static ImportReportLine progress(int done, int total) {
        return new ImportReportLine(null, null, null, null, null, null, null, new Progress(done, total), null);
    }

    static ImportReportLine summary(Summary summary) {
        return new ImportReportLine(null, null, null, null, null, null, null, null, summary);
    }
}
