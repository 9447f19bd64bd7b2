package co.pactos.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.events.goals.Beneficiaries;
import co.pactos.reporting.report.PactReport;
import co.pactos.reporting.report.PactReport.GoalGroup;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Spanish document written from a report built by hand: wording, singulars, escaping. */
class PactDocumentTest {

    private static final PactReport.Plan PLAN = new PactReport.Plan("valle", "Valle Invencible", LocalDate.of(2020, 1, 1),
            LocalDate.of(2023, 12, 31));

    private static PactReport report(List<PactReport.PeriodProgress> timeline, List<PactReport.GoalLine> goals,
                                     List<PactReport.DependencySection> sections) {
        return report(timeline, goals, sections, List.of());
    }

    private static PactReport report(List<PactReport.PeriodProgress> timeline, List<PactReport.GoalLine> goals,
                                     List<PactReport.DependencySection> sections, List<PactReport.Closure> closures) {
        PactReport.PeriodProgress last = timeline.get(timeline.size() - 1);
        return new PactReport(new PactReport.Pact("juventud", "valle", "Pacto por la Juventud", null), PLAN, last.period(),
                LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), Instant.parse("2022-01-10T15:00:00Z"),
                last.directGoals(), last.indirectGoals(), timeline, goals, sections, List.of(),
                new PactReport.Totals(5_000_000, 1_000_000, 0, 0), "formula",
                new PactReport.Freshness(1, Instant.parse("2022-01-10T15:00:00Z"), true, null), closures);
    }

    private static PactReport.GoalLine goal(String id, String link, String dependency, String progress) {
        return new PactReport.GoalLine(id, id.toUpperCase(), "Meta " + id, link, dependency, "Secretaría " + dependency, "ACCUMULATED",
                BigDecimal.TEN, BigDecimal.ONE, progress == null ? null : new BigDecimal(progress),
                progress == null ? null : new BigDecimal(progress), 0, 0);
    }

    @Test
    void names_the_mean_of_each_period_and_keeps_indirect_goals_apart() {
        PactReport report = report(List.of(new PactReport.PeriodProgress("2021", new GoalGroup(2, new BigDecimal("45.5")),
                        new GoalGroup(1, new BigDecimal("10.0")))),
                List.of(goal("a", "DIRECT", "SDSP", "41.0"), goal("b", "DIRECT", "SALUD", "50.0"), goal("c", "INDIRECT", "SDE", "10.0")),
                List.of());

        String md = MarkdownWriter.write(PactDocument.of(report, Instant.now()));

        assertThat(md).contains("a través de tres (3) metas",
                "dos (2) son metas directas, coordinadas por la Secretaría SDSP y la Secretaría SALUD",
                "existe una (1) meta indirecta, que consiste", "cuya dependencia coordinadora de meta es: Secretaría SDE.",
                "El promedio de avance de las metas directas de este pacto fue del 45,5 % en el año 2021.[^1]",
                "no se mezcla con el de las directas, fue del 10,0 % en el año 2021.",
                "Informe de avance del año 2021", "Según lo registrado hasta el 10 de enero de 2022, 10:00 (hora de Colombia).");
        assertThat(md).doesNotContain("INFORME POR DEPENDENCIAS");
    }

    @Test
    void an_activity_tells_who_did_it_for_whom_where_and_at_what_cost() {
        PactReport.ActivityLine activity = new PactReport.ActivityLine("taller", "STAC", "Subdirección Técnica", "Taller <de> líderes",
                null, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 2), List.of(new Beneficiaries("jóvenes", 1_200)),
                List.of("76001"), new PactReport.Coverage(0, 1), List.of("liderazgo"), 5_000_000, 1_000_000);
        PactReport.DependencySection section = new PactReport.DependencySection("SDSP", "Secretaría de Desarrollo Social", 1, 0,
                1, List.of(activity), List.of(), 0, List.of(), 5_000_000, 1_000_000, activity.beneficiaries(), activity.municipalities(),
                null, null);
        PactReport report = report(List.of(new PactReport.PeriodProgress("2021", new GoalGroup(1, new BigDecimal("0.0")),
                new GoalGroup(0, null))), List.of(goal("a", "DIRECT", "SDSP", "0.0")), List.of(section));

        Document document = PactDocument.of(report, Instant.now());
        String md = MarkdownWriter.write(document);
        String html = HtmlWriter.write(document);

        assertThat(md).contains("### SECRETARÍA DE DESARROLLO SOCIAL",
                "Realizada por la Subdirección Técnica. Del 1 de marzo de 2021 al 2 de marzo de 2021. Beneficiarios: 1.200 jóvenes. "
                        + "Cobertura: 1 distrito (1 en total). Temas: liderazgo. Inversión: $5.000.000 (ejecutado: $1.000.000).",
                "$5.000.000 comprometidos y $1.000.000 ejecutados.");
        assertThat(html).contains("Taller &lt;de&gt; líderes").doesNotContain("<de>");
    }

    @Test
    void the_pdf_holds_the_documents_text_with_its_accents_in_the_shipped_font() throws Exception {
        PactReport.ActivityLine activity = new PactReport.ActivityLine("taller", "STAC", "Subdirección Técnica", "Taller <de> líderes",
                null, LocalDate.of(2021, 3, 1), null, List.of(new Beneficiaries("jóvenes", 23_800)), List.of("76001"),
                new PactReport.Coverage(0, 1), List.of("legislación comunal"), 708_400_000, 354_200_000);
        PactReport.DependencySection section = new PactReport.DependencySection("SDSP", "Secretaría de Desarrollo Social", 1, 0,
                1, List.of(activity), List.of(), 0, List.of(), 708_400_000, 354_200_000, activity.beneficiaries(),
                activity.municipalities(), null, null);
        PactReport report = report(List.of(new PactReport.PeriodProgress("2021", new GoalGroup(1, new BigDecimal("0.0")),
                new GoalGroup(0, null))), List.of(goal("a", "DIRECT", "SDSP", "0.0")), List.of(section));

        byte[] pdf = PdfWriter.write(PactDocument.of(report, Instant.now()));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Pacto por la Juventud", "SECRETARÍA DE DESARROLLO SOCIAL", "Taller <de> líderes",
                    "23.800 jóvenes", "$708.400.000", "legislación comunal", "0,0 %");
            assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
            for (org.apache.pdfbox.cos.COSName name : document.getPage(0).getResources().getFontNames()) {
                assertThat(document.getPage(0).getResources().getFont(name).getName()).contains("DejaVuSans");
            }
        }
    }

    @Test
    void a_section_that_lists_only_its_first_activities_says_how_many_there_are_and_where_the_rest_is() {
        PactReport.ActivityLine activity = new PactReport.ActivityLine("taller", "SDSP", "Secretaría de Desarrollo Social", "Taller",
                null, LocalDate.of(2021, 3, 1), null, List.of(), List.of(), new PactReport.Coverage(0, 0), List.of(), 0, 0);
        PactReport.DependencySection section = new PactReport.DependencySection("SDSP", "Secretaría de Desarrollo Social", 1, 0,
                1_250, List.of(activity), List.of(), 0, List.of(), 0, 0, List.of(), List.of(),
                "/api/reports/pacts/p/activities?period=2021&scope=pact&dependency=SDSP&offset=0&limit=1000", null);
        PactReport report = report(List.of(new PactReport.PeriodProgress("2021", new GoalGroup(1, new BigDecimal("0.0")),
                new GoalGroup(0, null))), List.of(goal("a", "DIRECT", "SDSP", "0.0")), List.of(section));

        String md = MarkdownWriter.write(PactDocument.of(report, Instant.now()));

        assertThat(md).contains("Se presentan las primeras 1 de 1.250 actividades; la lista completa está en "
                + "/api/reports/pacts/p/activities?period=2021&scope=pact&dependency=SDSP&offset=0&limit=1000.");
    }

    @Test
    void says_when_and_by_whom_the_figures_were_closed_in_colombian_time_and_names_the_reopenings() {
        // 16 July 03:00 UTC is still 15 July in Bogotá
        PactReport.Closure closure = new PactReport.Closure("2021", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31),
                Instant.parse("2022-07-16T03:00:00Z"), new PactReport.Recorder("ana", "planeacion", "DAPD", "Planeación"),
                "informe publicado", "e-1", List.of(new PactReport.Reopening("r-1", Instant.parse("2022-08-01T15:00:00Z"),
                new PactReport.Recorder("ana", "planeacion", "DAPD", "Planeación"), "reporte tardío de SIGESI",
                Instant.parse("2022-08-10T05:00:00Z"), false)));
        PactReport report = report(List.of(new PactReport.PeriodProgress("2021", new GoalGroup(1, new BigDecimal("10.0")),
                new GoalGroup(0, null))), List.of(goal("a", "DIRECT", "SDSP", "10.0")), List.of(), List.of(closure));

        String md = MarkdownWriter.write(PactDocument.of(report, Instant.parse("2022-09-01T00:00:00Z")));

        assertThat(md).contains("Cifras cerradas el 15 de julio de 2022 por Planeación (año 2021: del 1 de enero de 2021 al "
                + "31 de diciembre de 2021). Motivo: informe publicado.");
        assertThat(md).contains("Reabiertas el 1 de agosto de 2022 por Planeación hasta el 10 de agosto de 2022 (reapertura vencida). "
                + "Motivo: reporte tardío de SIGESI.");
        assertThat(HtmlWriter.write(PactDocument.of(report, Instant.now()))).contains("Cifras cerradas el 15 de julio de 2022 por Planeación");
    }

    @Test
    void a_reopening_followed_by_a_later_one_is_said_replaced_unless_it_had_lapsed_by_then() {
        PactReport.Recorder planeacion = new PactReport.Recorder("ana", "planeacion", "DAPD", "Planeación");
        PactReport.Closure closure = new PactReport.Closure("2021", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31),
                Instant.parse("2022-07-16T03:00:00Z"), planeacion, null, "e-1", List.of(
                new PactReport.Reopening("r-1", Instant.parse("2022-08-01T15:00:00Z"), planeacion, "primera",
                        Instant.parse("2022-08-03T05:00:00Z"), false),
                new PactReport.Reopening("r-2", Instant.parse("2022-08-05T15:00:00Z"), planeacion, "segunda", null, false),
                new PactReport.Reopening("r-3", Instant.parse("2022-08-10T15:00:00Z"), planeacion, "tercera", null, true)));
        PactReport report = report(List.of(new PactReport.PeriodProgress("2021", new GoalGroup(1, new BigDecimal("10.0")),
                new GoalGroup(0, null))), List.of(goal("a", "DIRECT", "SDSP", "10.0")), List.of(), List.of(closure));

        String md = MarkdownWriter.write(PactDocument.of(report, Instant.parse("2022-09-01T00:00:00Z")));

        assertThat(md).contains("Reabiertas el 1 de agosto de 2022 por Planeación hasta el 3 de agosto de 2022 (reapertura vencida). "
                + "Motivo: primera. Reabiertas el 5 de agosto de 2022 por Planeación (reemplazada por la reapertura del 10 de agosto "
                + "de 2022). Motivo: segunda. Reabiertas el 10 de agosto de 2022 por Planeación. Motivo: tercera.");
    }
}
