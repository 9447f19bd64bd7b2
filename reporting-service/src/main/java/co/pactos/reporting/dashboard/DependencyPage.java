package co.pactos.reporting.dashboard;

import co.pactos.reporting.document.SpanishFormat;
import co.pactos.reporting.report.PactReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A dependency's page, put together from the published report of every pact of the plan: the goals it coordinates
 * (each once, with the pacts it serves), what it did and spent for each pact, and what it did for all pacts. Money is
 * given per pact and never added up across pacts: an activity or investment for several pacts is in each of their reports.
 * A goal counts when its coordinating dependency is this code; activities and money when the report's section is this
 * code (reports roll sub-units up into their secretariat).
 */
record DependencyPage(String code, String name, String planId, String planName, PageFrame frame, List<GoalRow> goals,
                      List<PactWork> work, List<PactPage.ActivityRow> activities, PactPage.AllPactsBlock allPacts, String goalsCsvUrl) {

    /** The goals table as a spreadsheet: same dependency, plan, period and asOf as the CSV. */
    public String goalsXlsxUrl() {
        return goalsCsvUrl.replace("/metas.csv?", "/metas.xlsx?");
    }

    record PactLink(String name, String url, String link) {
    }

    record GoalRow(String code, String url, String statement, List<PactLink> pacts, String accumulation, String target, String achieved,
                   String progress, Semaforo.Light light) {
    }

    record PactWork(String pactName, String url, String activityCount, String committed, String executed, String financialExecution,
                    String beneficiaries) {
    }

    /** The pact's goals coordinated by the dependency, and its section in the pact's report, if it has one. */
    static List<PactReport.GoalLine> goalsOf(PactReport report, String code) {
        return report.goals().stream().filter(g -> code.equals(g.dependency())).toList();
    }

    static Optional<PactReport.DependencySection> sectionOf(PactReport report, String code) {
        return report.dependencies().stream().filter(d -> code.equals(d.dependency())).findFirst();
    }

    static boolean concerns(PactReport report, String code) {
        return !goalsOf(report, code).isEmpty() || sectionOf(report, code).isPresent()
                || report.allPacts().stream().anyMatch(a -> code.equals(a.dependency()));
    }

    /** The page, from the reports of the plan's pacts that concern the dependency (at least one). */
    static DependencyPage of(String code, List<PactReport> reports, PageQuery query, Semaforo semaforo) {
        PactReport first = reports.get(0);
        String parameters = query.parameters();
        Map<String, GoalRow> goals = new LinkedHashMap<>();
        List<PactWork> work = new ArrayList<>();
        Map<String, PactPage.ActivityRow> activities = new LinkedHashMap<>();
        String name = null;
        PactPage.AllPactsBlock allPacts = null;
        for (PactReport report : reports) {
            String pactUrl = "/pactos/" + report.pact().pactId() + "?" + parameters;
            for (PactReport.GoalLine g : goalsOf(report, code)) {
                name = name == null ? g.dependencyName() : name;
                GoalRow row = goals.computeIfAbsent(g.goalId(), id -> new GoalRow(g.code(), "/metas/" + g.goalId() + "?" + parameters, g.statement(), new ArrayList<>(),
                        PactPage.accumulation(g.accumulation()), PageFormat.decimal(g.target()), PageFormat.decimal(g.achieved()),
                        PageFormat.percent(g.progress()), semaforo.of(g.progress())));
                row.pacts().add(new PactLink(report.pact().name(), pactUrl, PactPage.link(g.link()).toLowerCase()));
            }
            Optional<PactReport.DependencySection> section = sectionOf(report, code);
            if (section.isPresent()) {
                PactReport.DependencySection d = section.get();
                name = d.name();
                work.add(new PactWork(report.pact().name(), pactUrl, SpanishFormat.number(d.activityCount()), SpanishFormat.money(d.committed()),
                        SpanishFormat.money(d.executed()), PageFormat.percent(d.financialExecution()), PactPage.beneficiaries(d.beneficiaries())));
                d.activities().forEach(a -> activities.putIfAbsent(a.activityId(), PactPage.activity(a)));
            }
            if (allPacts == null) {
                Optional<PactReport.AllPactsSection> shared = report.allPacts().stream().filter(a -> code.equals(a.dependency())).findFirst();
                if (shared.isPresent()) {
                    allPacts = PactPage.allPacts(shared.get());
                    name = name == null ? shared.get().name() : name;
                }
            }
        }
        return new DependencyPage(code, name == null ? code : name, first.plan().planId(), first.plan().name(),
                PageFrame.of(query, first.plan().startDate(), first.plan().endDate(), first.freshness(), semaforo),
                List.copyOf(goals.values()), work, List.copyOf(activities.values()), allPacts,
                "/dependencias/" + code + "/metas.csv?planId=" + first.plan().planId() + "&" + parameters);
    }

    public String planUrl() {
        return "/?planId=" + planId + "&" + frame.parameters();
    }
}
