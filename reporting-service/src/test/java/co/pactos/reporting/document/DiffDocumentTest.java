package co.pactos.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.reporting.report.PactReport;
import co.pactos.reporting.report.diff.ReportDiff;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffDocumentTest {

    private static final PactReport.Recorder PLANEACION = new PactReport.Recorder("ana", "planeacion", "DAPD", "Planeación");

    @Test
    void names_both_reports_in_colombian_dates_each_changed_figure_in_spanish_and_the_events_that_explain_it() {
        ReportDiff diff = new ReportDiff(new PactReport.Pact("accion-comunal", "valle", "Pacto de acción comunal", null), "2022-06-30",
                Instant.parse("2022-07-16T04:00:00Z"), Instant.parse("2022-10-01T04:59:00Z"), null, null,
                List.of(new ReportDiff.FigureChange("goals/g1/progress", "MP-1 Construir 1 plataforma", new BigDecimal("40.0"),
                                new BigDecimal("20.0"), null, null, List.of("e-2")),
                        new ReportDiff.FigureChange("goals/g1/statement", "MP-1 Construir 1 plataforma", null, null,
                                "Construir 1 plataforma", "Construir 2 plataformas", List.of("e-1", "e-2")),
                        new ReportDiff.FigureChange("dependencies/SDSP/committed", "Secretaría de Desarrollo Social", new BigDecimal("150000000"),
                                new BigDecimal("11224170162"), null, null, List.of()),
                        new ReportDiff.FigureChange("goals/g2/link", "MP-2 Formar líderes", null, null, "INDIRECT", null, List.of())),
                List.of(new ReportDiff.ExplainingEvent("e-1", "co.pactos.goals.GoalAmended", "goal:g1", Instant.parse("2022-08-01T15:00:00Z"),
                                PLANEACION, "reformulada", "Ordenanza 600 de 2022"),
                        new ReportDiff.ExplainingEvent("e-2", "co.pactos.goals.AnnualTargetRevised", "goal:g1",
                                Instant.parse("2022-08-02T15:00:00Z"), PLANEACION, "ajuste", null)),
                null);

        String md = MarkdownWriter.write(DiffDocument.of(diff));

        // 16 July 04:00 UTC is 15 July in Bogotá; 1 October 04:59 UTC is 30 September
        assertThat(md).startsWith("# Cambios entre el informe del 15 de julio de 2022 y el del 30 de septiembre de 2022");
        assertThat(md).contains("| Meta MP-1 Construir 1 plataforma: avance | 40,0 % | 20,0 % | 2 |");
        assertThat(md).contains("| Meta MP-1 Construir 1 plataforma: enunciado | Construir 1 plataforma | Construir 2 plataformas | 1, 2 |");
        assertThat(md).contains("| Secretaría de Desarrollo Social: inversión comprometida | $150.000.000 | $11.224.170.162 |  |");
        assertThat(md).contains("| Meta MP-2 Formar líderes: vínculo | Indirecta | no sirve al pacto |  |");
        assertThat(md).contains("| 1 | 1 de agosto de 2022, 10:00 | Modificación de la meta | meta g1 | Planeación (ana) | reformulada | "
                + "Ordenanza 600 de 2022 |");
    }
}
