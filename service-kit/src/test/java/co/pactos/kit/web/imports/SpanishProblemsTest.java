package co.pactos.kit.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.kit.web.batch.LineResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What a row's PUT answered, said in Spanish by column header. */
class SpanishProblemsTest {

    private static final ImportKind KIND = ImportKind.of("progress", "Avances", "una fila por avance", "/api/goals/{goalId}/progress/{reportId}",
            Column.required("Id de la meta", "goalId", ColumnType.ID, "", "m"),
            Column.required("Id del reporte", "reportId", ColumnType.ID, "", "r"),
            Column.required("Fecha de corte", "effectiveDate", ColumnType.DATE, "", "30/06/2022"));

    private final JsonMapper json = JsonMapper.builder().build();

    private List<RowMessage> of(LineResult.Status status, String problem) {
        return SpanishProblems.of(new LineResult(2, "/api/goals/m/progress/r", status, false, json.readTree(problem)), KIND);
    }

    @Test
    void field_errors_are_named_by_their_column_and_common_messages_translated() {
        List<RowMessage> messages = of(LineResult.Status.INVALID, """
                {"type":"/problems/rule-violation","status":422,"detail":"d","errors":[
                 {"field":"effectiveDate","message":"must fall within the plan (2020-01-01 to 2023-12-31), was 2031-01-01"},
                 {"field":"goalId","message":"no goal 'm' has been recorded; create it first or fix the id"},
                 {"field":"note","message":"something new"}]}""");

        assertThat(messages).extracting(RowMessage::column).containsExactly("Fecha de corte", "Id de la meta", "note");
        assertThat(messages.get(0).message()).isEqualTo("debe caer dentro del periodo del plan (2020-01-01 a 2023-12-31)");
        assertThat(messages.get(1).message()).startsWith("no se ha registrado la meta «m»");
        assertThat(messages.get(2).message()).isEqualTo("(en inglés) something new");
    }

    @Test
    void a_conflict_a_closed_period_and_a_refused_dependency_are_said_as_what_they_are() {
        assertThat(of(LineResult.Status.CONFLICT, "{\"type\":\"/problems/conflict\",\"status\":409,\"detail\":\"d\"}").get(0).message())
                .contains("registro distinto con este identificador");
        assertThat(of(LineResult.Status.CONFLICT, "{\"type\":\"/problems/period-closed\",\"status\":409,\"detail\":\"closed\"}").get(0).message())
                .contains("cerrado", "closed");
        assertThat(of(LineResult.Status.FORBIDDEN, "{\"type\":\"/problems/forbidden\",\"status\":403,\"allowedDependency\":\"SDSP\"}")
                .get(0).message()).contains("dependencia SDSP");
    }
}
