package co.pactos.reporting.dashboard;

import co.pactos.events.goals.Beneficiaries;
import co.pactos.events.goals.LinkType;
import co.pactos.reporting.document.SpanishFormat;
import co.pactos.reporting.report.PactReport;
import java.util.List;

/**
 * A pact's page: the means and the timeline chart, the goals table, what each dependency did and spent, what was done
 * for all pacts, and physical against financial execution. Every figure is written here, in Spanish, from the
 * published report; the template only lays them out.
 */
record PactPage(String pactId, String name, String description, String planId, String planName, PageFrame frame,
                Group direct, Group indirect, Execution execution, TimelineChart timeline, List<GoalRow> goals,
                List<DependencyBlock> dependencies, List<AllPactsBlock> allPacts, String documentUrl, String goalsCsvUrl,
                String planUrl) {

    /** The mean progress of the direct (or indirect) goals. */
    record Group(int count, String progress, Semaforo.Light light) {
    }

    /** Physical execution (mean progress of the direct goals) beside financial execution (executed / committed). */
    record Execution(String physical, String financial, String committed, String executed, String ventures, String jobs) {
    }

    record GoalRow(String code, String url, String statement, String link, String dependency, String dependencyUrl, String accumulation, String target,
                   String achieved, String progress, String rawProgress, Semaforo.Light light, String committed, String executed,
                   String financialExecution) {
    }

    record ActivityRow(String title, String description, String dates, String beneficiaries, String municipalities, String topics,
                       String committed, String executed) {
    }

    record CallRow(String programme, String name, String fiscalYear, String ventures, String jobs, String committed, String executed) {
    }

    /** What a dependency (or a section for all pacts) did and spent: lists cut at the list limit, with links to the whole lists. */
    record Work(List<ActivityRow> activities, String activityCount, String moreActivities, List<CallRow> calls, String investmentCount,
                String moreInvestments, String committed, String executed, String financialExecution) {
    }

    record DependencyBlock(String code, String name, String url, String goals, Work work, String beneficiaries, String municipalities) {
    }

    record AllPactsBlock(String code, String name, Work work, String ventures, String jobs) {
    }

    static PactPage of(PactReport report, PageQuery query, Semaforo semaforo) {
        String parameters = query.parameters();
        PactReport.Totals totals = report.totals();
        return new PactPage(report.pact().pactId(), report.pact().name(), report.pact().description(), report.plan().planId(),
                report.plan().name(), PageFrame.of(query, report.plan().startDate(), report.plan().endDate(), report.freshness(), semaforo),
                group(report.directGoals(), semaforo), group(report.indirectGoals(), semaforo),
                new Execution(PageFormat.percent(report.directGoals().meanProgress()), PageFormat.percent(totals.financialExecution()),
                        SpanishFormat.money(totals.committed()), SpanishFormat.money(totals.executed()),
                        SpanishFormat.number(totals.ventures()), SpanishFormat.number(totals.jobs())),
                TimelineChart.of(report.timeline(), report.plan()),
                report.goals().stream().map(g -> goal(g, "/metas/" + g.goalId() + "?" + parameters, semaforo,
                        dependencyUrl(report, g.dependency(), parameters))).toList(),
                report.dependencies().stream().map(d -> dependency(d, dependencyUrl(report, d.dependency(), parameters))).toList(),
                report.allPacts().stream().map(PactPage::allPacts).toList(),
                "/api/reports/pacts/" + report.pact().pactId() + "/document?" + query.apiParameters(),
                "/pactos/" + report.pact().pactId() + "/metas.csv?" + parameters,
                "/?planId=" + report.plan().planId() + "&" + parameters);
    }

    /** The goals table as a spreadsheet: same pact, period and asOf as the CSV. */
    public String goalsXlsxUrl() {
        return goalsCsvUrl.replace("/metas.csv?", "/metas.xlsx?");
    }

    /** The whole report as a workbook: same pact, period and asOf as the goals table. */
    public String reportXlsxUrl() {
        return goalsCsvUrl.replace("/metas.csv?", "/informe.xlsx?");
    }

    /** The document as PDF: same pact, period and asOf as the HTML document. */
    public String documentPdfUrl() {
        return documentUrl + "&format=pdf";
    }

    private static Group group(PactReport.GoalGroup group, Semaforo semaforo) {
        return new Group(group.count(), PageFormat.percent(group.meanProgress()), semaforo.of(group.meanProgress()));
    }

    private static String dependencyUrl(PactReport report, String code, String parameters) {
        return "/dependencias/" + code + "?planId=" + report.plan().planId() + "&" + parameters;
    }

    private static GoalRow goal(PactReport.GoalLine g, String url, Semaforo semaforo, String dependencyUrl) {
        boolean clamped = g.rawProgress() != null && g.progress() != null && g.rawProgress().compareTo(g.progress()) != 0;
        return new GoalRow(g.code(), url, g.statement(), link(g.link()), g.dependencyName() == null ? g.dependency() : g.dependencyName(),
                dependencyUrl, accumulation(g.accumulation()), PageFormat.decimal(g.target()), PageFormat.decimal(g.achieved()),
                PageFormat.percent(g.progress()), clamped ? PageFormat.percent(g.rawProgress()) : null, semaforo.of(g.progress()),
                SpanishFormat.money(g.committed()), SpanishFormat.money(g.executed()), PageFormat.percent(g.financialExecution()));
    }

    static String link(String link) {
        return LinkType.DIRECT.name().equals(link) ? "Directa" : "Indirecta";
    }

    static String accumulation(String accumulation) {
        return switch (accumulation) {
            case "ACCUMULATED" -> "Acumulada";
            case "FLOW" -> "Flujo";
            case "STOCK" -> "Stock (capacidad)";
            case "MAINTENANCE" -> "Mantenimiento";
            case "REDUCTION" -> "Reducción";
            default -> accumulation;
        };
    }

    private static DependencyBlock dependency(PactReport.DependencySection d, String url) {
        Work work = new Work(d.activities().stream().map(PactPage::activity).toList(), SpanishFormat.number(d.activityCount()),
                d.moreActivities(), calls(d.programmes()), SpanishFormat.number(d.investmentCount()), d.moreInvestments(),
                SpanishFormat.money(d.committed()), SpanishFormat.money(d.executed()), PageFormat.percent(d.financialExecution()));
        return new DependencyBlock(d.dependency(), d.name(), url, goals(d.directGoals(), d.indirectGoals()), work,
                beneficiaries(d.beneficiaries()), d.municipalities().isEmpty() ? "—" : SpanishFormat.number(d.municipalities().size()));
    }

    static AllPactsBlock allPacts(PactReport.AllPactsSection a) {
        Work work = new Work(a.activities().stream().map(PactPage::activity).toList(), SpanishFormat.number(a.activityCount()),
                a.moreActivities(), calls(a.programmes()), SpanishFormat.number(a.investmentCount()), a.moreInvestments(),
                SpanishFormat.money(a.committed()), SpanishFormat.money(a.executed()), PageFormat.percent(a.financialExecution()));
        return new AllPactsBlock(a.dependency(), a.name(), work, SpanishFormat.number(a.ventures()), SpanishFormat.number(a.jobs()));
    }

    private static String goals(int direct, int indirect) {
        return direct + (direct == 1 ? " directa" : " directas") + ", " + indirect + (indirect == 1 ? " indirecta" : " indirectas");
    }

    static ActivityRow activity(PactReport.ActivityLine a) {
        String dates = SpanishFormat.date(a.startDate()) + (a.endDate() == null ? " (en curso)" : " a " + SpanishFormat.date(a.endDate()));
        String coverage = "—";
        if (a.coverage() != null && a.coverage().municipalities() + a.coverage().districts() > 0) {
            coverage = a.coverage().municipalities() + (a.coverage().municipalities() == 1 ? " municipio" : " municipios")
                    + (a.coverage().districts() == 0 ? "" : " y " + a.coverage().districts()
                    + (a.coverage().districts() == 1 ? " distrito" : " distritos"));
        }
        return new ActivityRow(a.title(), a.description(), dates, beneficiaries(a.beneficiaries()), coverage,
                a.topics().isEmpty() ? "—" : SpanishFormat.list(a.topics()), SpanishFormat.money(a.committed()),
                SpanishFormat.money(a.executed()));
    }

    static String beneficiaries(List<Beneficiaries> groups) {
        return groups == null || groups.isEmpty() ? "—"
                : SpanishFormat.list(groups.stream().map(b -> SpanishFormat.number(b.count()) + " " + b.group()).toList());
    }

    private static List<CallRow> calls(List<PactReport.ProgrammeLine> programmes) {
        return programmes.stream().flatMap(p -> p.calls().stream().map(c -> new CallRow(p.name(), c.name(),
                Integer.toString(c.fiscalYear()), SpanishFormat.number(c.ventures()), SpanishFormat.number(c.jobs()),
                SpanishFormat.money(c.committed()), SpanishFormat.money(c.executed())))).toList();
    }
}
