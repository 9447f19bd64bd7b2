package co.pactos.reporting.dashboard;

import co.pactos.events.goals.Beneficiaries;
import co.pactos.reporting.dashboard.DataTable.Column;
import co.pactos.reporting.report.FinancialExecution;
import co.pactos.reporting.report.PactReport;
import co.pactos.reporting.report.ReportLists;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The whole report of a pact as a workbook: a summary sheet (the means, money, ventures and jobs, how current), the goals
 * table, every activity and every investment and call of every section (the whole lists, not the first lines the page
 * shows). Numbers are numeric cells ({@link XlsxTable}); labels are Spanish.
 */
final class PactWorkbook {

    static final List<Column> SUMMARY_COLUMNS = List.of(new Column("field", "Dato"), new Column("value", "Valor"));

    static final List<Column> ACTIVITY_COLUMNS = List.of(new Column("scope", "Parte del informe"),
            new Column("section_dependency_code", "Secretaría (código)"), new Column("section_dependency_name", "Secretaría"),
            new Column("activity_id", "Actividad (identificador)"), new Column("dependency_code", "Dependencia que la hizo"),
            new Column("title", "Actividad"), new Column("description", "Descripción"), new Column("start_date", "Inicio"),
            new Column("end_date", "Fin"), new Column("beneficiaries_total", "Beneficiarios"),
            new Column("beneficiaries", "Beneficiarios por grupo"), new Column("municipality_codes", "Municipios (DIVIPOLA)"),
            new Column("topics", "Temas"), new Column("committed_cop", "Comprometido (pesos)"),
            new Column("executed_cop", "Ejecutado (pesos)"));

    static final List<Column> MONEY_COLUMNS = List.of(new Column("scope", "Parte del informe"),
            new Column("section_dependency_code", "Secretaría (código)"), new Column("section_dependency_name", "Secretaría"),
            new Column("investment_id", "Inversión (identificador)"), new Column("dependency_code", "Dependencia"),
            new Column("fiscal_year", "Vigencia"), new Column("date", "Fecha del compromiso"), new Column("activity_id", "Actividad"),
            new Column("call_id", "Convocatoria"), new Column("funding_source", "Fuente"),
            new Column("committed_cop", "Comprometido con ajustes (pesos)"), new Column("executed_cop", "Ejecutado (pesos)"),
            new Column("financial_execution_pct", "Ejecución financiera (%)"));

    static final List<Column> CALL_COLUMNS = List.of(new Column("scope", "Parte del informe"),
            new Column("section_dependency_name", "Secretaría"), new Column("programme_name", "Programa"),
            new Column("call_id", "Convocatoria (identificador)"), new Column("call_name", "Convocatoria"),
            new Column("fiscal_year", "Vigencia"), new Column("ventures", "Emprendimientos"), new Column("jobs", "Empleos"),
            new Column("committed_cop", "Comprometido (pesos)"), new Column("executed_cop", "Ejecutado (pesos)"));

    private PactWorkbook() {
    }

    /** {@code report} with every line of its lists; {@code goals} the goals table as the goals download gives it. */
    static byte[] of(PactReport report, DataTable goals, String periodName, String asOfName) {
        DataTable summary = new DataTable(SUMMARY_COLUMNS);
        PactReport.Totals totals = report.totals();
        summary.row("Pacto", report.pact().name())
                .row("Pacto (identificador)", report.pact().pactId())
                .row("Plan", report.plan().name())
                .row("Período", periodName)
                .row("Tal como estaba el", asOfName)
                .row("Metas directas", report.directGoals().count())
                .row("Avance de las metas directas (%)", report.directGoals().meanProgress())
                .row("Metas indirectas", report.indirectGoals().count())
                .row("Avance de las metas indirectas (%)", report.indirectGoals().meanProgress())
                .row("Comprometido (pesos)", totals.committed())
                .row("Ejecutado (pesos)", totals.executed())
                .row("Ejecución financiera (%)", totals.financialExecution())
                .row("Emprendimientos", totals.ventures())
                .row("Empleos", totals.jobs());
        for (PactReport.PeriodProgress p : report.timeline()) {
            summary.row("Avance de las metas directas en " + p.period() + " (%)", p.directGoals().meanProgress());
            summary.row("Avance de las metas indirectas en " + p.period() + " (%)", p.indirectGoals().meanProgress());
        }
        summary.row("Datos leídos del registro de eventos hasta", PageFormat.instant(report.freshness().watermark()))
                .row("Cómo se calcula", "El avance de un pacto es el promedio simple del avance de sus metas directas; el de las"
                        + " indirectas se muestra aparte. Un año sin meta programada (NP) no cuenta; una meta sin reporte cuenta 0 %.");

        DataTable activities = new DataTable(ACTIVITY_COLUMNS);
        DataTable money = new DataTable(MONEY_COLUMNS);
        DataTable calls = new DataTable(CALL_COLUMNS);
        for (PactReport.DependencySection d : report.dependencies()) {
            add(ReportLists.Scope.PACT, d.dependency(), d.name(), d.activities(), d.investments(), d.programmes(), activities, money, calls);
        }
        for (PactReport.AllPactsSection a : report.allPacts()) {
            add(ReportLists.Scope.ALL_PACTS, a.dependency(), a.name(), a.activities(), a.investments(), a.programmes(), activities, money,
                    calls);
        }
        return XlsxTable.workbook(List.of(new XlsxTable.NamedTable("Resumen", summary), new XlsxTable.NamedTable("Metas", goals),
                new XlsxTable.NamedTable("Actividades", activities), new XlsxTable.NamedTable("Dinero", money),
                new XlsxTable.NamedTable("Convocatorias", calls)));
    }

    private static void add(ReportLists.Scope scope, String code, String name, List<PactReport.ActivityLine> activityLines,
                            List<PactReport.InvestmentLine> investments, List<PactReport.ProgrammeLine> programmes, DataTable activities,
                            DataTable money, DataTable calls) {
        String part = scope == ReportLists.Scope.PACT ? "Del pacto" : "Para todos los pactos";
        for (PactReport.ActivityLine a : activityLines) {
            activities.row(part, code, name, a.activityId(), a.dependency(), a.title(), a.description(), a.startDate(), a.endDate(),
                    a.beneficiaries().stream().mapToLong(Beneficiaries::count).sum(),
                    a.beneficiaries().stream().map(b -> b.group() + ": " + b.count()).collect(Collectors.joining("; ")),
                    String.join(";", a.municipalities()), String.join("; ", a.topics()), a.committed(), a.executed());
        }
        for (PactReport.InvestmentLine i : investments) {
            money.row(part, code, name, i.investmentId(), i.dependency(), i.fiscalYear(), i.date(), i.activityId(), i.callId(),
                    i.fundingSource(), i.committed(), i.executed(), FinancialExecution.of(i.executed(), i.committed()));
        }
        for (PactReport.ProgrammeLine p : programmes) {
            for (PactReport.CallLine c : p.calls()) {
                calls.row(part, name, p.name(), c.callId(), c.name(), c.fiscalYear(), c.ventures(), c.jobs(), c.committed(), c.executed());
            }
        }
    }
}
