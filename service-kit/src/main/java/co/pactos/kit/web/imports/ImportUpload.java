package co.pactos.kit.web.imports;

import io.swagger.v3.oas.annotations.media.Schema;

/** The multipart form of an import: the file, and optionally the posting system. */
@Schema(description = "A spreadsheet upload (multipart/form-data)")
public record ImportUpload(
        @Schema(description = "The filled template: an XLSX workbook (first sheet read) or a CSV file", type = "string", format = "binary",
                requiredMode = Schema.RequiredMode.REQUIRED) String file,
        @Schema(description = "The posting system for the rows whose «Sistema de origen» is empty", example = "SIGESI") String source) {
}
