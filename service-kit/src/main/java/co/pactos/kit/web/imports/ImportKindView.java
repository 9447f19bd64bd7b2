package co.pactos.kit.web.imports;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A kind of spreadsheet this service imports, with its columns. */
@Schema(description = "A kind of spreadsheet this service imports: each row one PUT to path")
public record ImportKindView(
        @Schema(example = "progress") String kind,
        @Schema(description = "The kind in Spanish", example = "Avances") String title,
        @Schema(description = "The PUT each row stands for", example = "/api/goals/{goalId}/progress/{reportId}") String path,
        @Schema(example = "/api/imports/progress/template.xlsx") String templateXlsx,
        @Schema(example = "/api/imports/progress/template.csv") String templateCsv,
        List<ColumnView> columns) {

    @Schema(description = "A column of the template")
    public record ColumnView(
            @Schema(description = "The Spanish header (matched regardless of case, accents and spaces)", example = "Fecha de corte")
            String header,
            @Schema(description = "The PUT's body member or path placeholder it fills", example = "effectiveDate") String field,
            @Schema(description = "How its cells are read") ColumnType type,
            boolean required,
            @Schema(description = "The format, in Spanish") String format,
            @Schema(description = "What it is, in Spanish") String help) {
    }

    static ImportKindView of(ImportKind kind) {
        String base = ImportController.PATH + "/" + kind.name();
        return new ImportKindView(kind.name(), kind.title(), kind.pathTemplate(), base + "/template.xlsx", base + "/template.csv",
                kind.columns().stream().map(c -> new ColumnView(c.header(), c.field(), c.type(), c.required(), c.type().format(), c.help()))
                        .toList());
    }
}
