package co.pactos.investments.imports;

import static co.pactos.kit.web.imports.Column.optional;
import static co.pactos.kit.web.imports.Column.required;

import co.pactos.kit.web.imports.ColumnType;
import co.pactos.kit.web.imports.ImportConfig;
import co.pactos.kit.web.imports.ImportKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The spreadsheets investments-service imports ({@code POST /api/imports/{kind}}): investments, their executions and
 * adjustments, and call results, each row the PUT of API.md, with Spanish column headers.
 */
@Configuration(proxyBeanMethods = false)
@Import(ImportConfig.class)
public class InvestmentsImports {

    private static final String INVESTMENT_ID = "Id de la inversión";

    @Bean
    public ImportKind investmentsImport() {
        return ImportKind.of("investments", "Inversiones", "una fila por inversión: el dinero que una dependencia compromete en una"
                        + " vigencia para una actividad, una convocatoria, metas o pactos.",
                "/api/investments/{investmentId}",
                required(INVESTMENT_ID, "investmentId", ColumnType.ID, "Un identificador que usted elige para la inversión",
                        "inv-capacitacion-2022"),
                required("Dependencia", "dependency", ColumnType.ID, "El código de la dependencia que compromete el dinero", "SDSP"),
                required("Valor comprometido", "amount", ColumnType.PESOS, "El dinero comprometido, en pesos", "708.400.000"),
                required("Vigencia", "fiscalYear", ColumnType.YEAR, "El año fiscal del compromiso", "2022"),
                required("Fecha", "date", ColumnType.DATE, "La fecha del compromiso, dentro de la vigencia", "01/03/2022"),
                optional("Id de la actividad", "activityId", ColumnType.ID, "La actividad que financia", ""),
                optional("Id de la convocatoria", "callId", ColumnType.ID, "La convocatoria que financia", ""),
                optional("Metas", "goals", ColumnType.LIST, "Las metas del plan a las que sirve", ""),
                optional("Pactos", "pacts", ColumnType.LIST, "Los pactos a los que sirve (o «Todos los pactos»)", "accion-comunal"),
                optional("Todos los pactos", "allPacts", ColumnType.YES_NO, "«sí» si sirve a todos los pactos del plan (entonces deje"
                        + " «Pactos» vacío y llene «Id del plan»)", "no"),
                optional("Id del plan", "planId", ColumnType.ID, "El plan cuyos pactos sirve; obligatorio con «Todos los pactos»", ""),
                optional("Fuente de financiación", "fundingSource", ColumnType.TEXT, "De dónde viene el dinero", "recursos propios"));
    }

    @Bean
    public ImportKind executionsImport() {
        return ImportKind.of("executions", "Ejecuciones", "una fila por ejecución (obligación) de parte del dinero comprometido en una"
                        + " inversión.",
                "/api/investments/{investmentId}/executions/{executionId}",
                required(INVESTMENT_ID, "investmentId", ColumnType.ID, "La inversión de la que se ejecuta dinero", "inv-capacitacion-2022"),
                required("Id de la ejecución", "executionId", ColumnType.ID, "Un identificador que usted elige para esta ejecución",
                        "ejec-2022-04"),
                required("Fecha", "date", ColumnType.DATE, "La fecha de la ejecución", "01/04/2022"),
                required("Valor ejecutado", "amount", ColumnType.PESOS, "El dinero ejecutado, en pesos", "50.000.000"));
    }

    @Bean
    public ImportKind adjustmentsImport() {
        return ImportKind.of("adjustments", "Ajustes", "una fila por ajuste del dinero comprometido en una inversión: positivo si lo"
                        + " aumenta, negativo si lo reduce, siempre con su motivo.",
                "/api/investments/{investmentId}/adjustments/{adjustmentId}",
                required(INVESTMENT_ID, "investmentId", ColumnType.ID, "La inversión que se ajusta", "inv-capacitacion-2022"),
                required("Id del ajuste", "adjustmentId", ColumnType.ID, "Un identificador que usted elige para este ajuste", "ajuste-2022-06"),
                required("Fecha", "date", ColumnType.DATE, "La fecha del ajuste", "01/06/2022"),
                required("Valor del ajuste", "amount", ColumnType.SIGNED_PESOS, "Pesos que se suman (o, negativos, que se restan) a lo"
                        + " comprometido", "-20.000.000"),
                required("Motivo", "reason", ColumnType.TEXT, "Por qué cambia lo comprometido", "recorte presupuestal"));
    }

    @Bean
    public ImportKind callResultsImport() {
        return ImportKind.of("call-results", "Resultados de convocatorias", "una fila por resultado reportado de una convocatoria:"
                        + " emprendimientos beneficiados y empleos generados a una fecha.",
                "/api/calls/{callId}/results/{resultId}",
                required("Id de la convocatoria", "callId", ColumnType.ID, "La convocatoria", "valleinn-2022-comunas"),
                required("Id del resultado", "resultId", ColumnType.ID, "Un identificador que usted elige para este resultado",
                        "resultado-2022-12"),
                required("Fecha", "date", ColumnType.DATE, "La fecha del reporte", "31/12/2022"),
                required("Emprendimientos", "ventures", ColumnType.COUNT, "Emprendimientos beneficiados", "1.360"),
                required("Empleos", "jobs", ColumnType.COUNT, "Empleos generados", "5.540"));
    }
}
