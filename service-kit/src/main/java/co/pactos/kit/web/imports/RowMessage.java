package co.pactos.kit.web.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** Something said of a row, in Spanish, for the person who fills the spreadsheet. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A problem or a reading of one row, in Spanish, naming the column by its header")
public record RowMessage(
        @Schema(description = "The column's header as in the template (absent when it is about the whole row)", example = "Valor alcanzado")
        String column,
        @Schema(description = "What is wrong and what to write instead, or how a value was read", example = "es obligatorio")
        String message) {

    /** {@code Columna: mensaje}, as the spreadsheet report writes it. */
    String text() {
        return column == null ? message : column + ": " + message;
    }
}
