package co.pactos.reporting.dashboard;

import co.pactos.reporting.document.SpanishFormat;
import co.pactos.reporting.report.PlanSummary;
import java.util.List;

/** The plan page: every pact of the plan with its direct and indirect progress, its semáforo and its money. */
record PlanPage(String planId, String planName, List<PlanCatalog.PlanRef> plans, PageFrame frame, List<PactRow> pacts) {

    /** One pact; money is the pact's own, without what was done for all pacts. */
    record PactRow(String pactId, String name, String url, int directGoals, String directProgress, Semaforo.Light directLight,
                   int indirectGoals, String indirectProgress, Semaforo.Light indirectLight, String committed, String executed,
                   String financialExecution) {
    }

    static PlanPage of(PlanCatalog.PlanRef plan, List<PlanCatalog.PlanRef> plans, PlanSummary summary, PageQuery query,
                       Semaforo semaforo) {
        List<PactRow> rows = summary.pacts().stream()
                .map(p -> new PactRow(p.pactId(), p.name(), "/pactos/" + p.pactId() + "?" + query.parameters(),
                        p.directGoals().count(), PageFormat.percent(p.directGoals().meanProgress()),
                        semaforo.of(p.directGoals().meanProgress()), p.indirectGoals().count(),
                        PageFormat.percent(p.indirectGoals().meanProgress()), semaforo.of(p.indirectGoals().meanProgress()),
                        SpanishFormat.money(p.committed()), SpanishFormat.money(p.executed()), PageFormat.percent(p.financialExecution())))
                .toList();
        return new PlanPage(plan.planId(), plan.name(), plans,
                PageFrame.of(query, plan.startDate(), plan.endDate(), summary.freshness(), semaforo), rows);
    }

    /** The plan table's download, with the same plan, period and asOf. */
    public String csvUrl() {
        return "/?format=csv&planId=" + planId + "&" + frame.parameters();
    }

    /** The plan table as a spreadsheet, with the same plan, period and asOf. */
    public String xlsxUrl() {
        return "/?format=xlsx&planId=" + planId + "&" + frame.parameters();
    }
}
