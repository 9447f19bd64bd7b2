package co.pactos.reporting.dashboard;

import co.pactos.kit.web.ResourceNotFound;
import co.pactos.reporting.report.PactReport;
import co.pactos.reporting.report.PactReportQuery;
import co.pactos.reporting.report.PlanSummary;
import co.pactos.reporting.report.PlanSummaryQuery;
import co.pactos.reporting.web.ReportGate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The published reports of the plan's pacts that concern a dependency: what its page and its CSV are made of. Each
 * report comes from the report cache while the projection has not moved; pass {@code asOf} to read every pact at one
 * instant.
 */
@Component
class DependencyReports {

    private final PlanCatalog catalog;
    private final PlanSummaryQuery summaries;
    private final PactReportQuery reports;
    private final ReportGate gate;

    DependencyReports(PlanCatalog catalog, PlanSummaryQuery summaries, PactReportQuery reports, ReportGate gate) {
        this.catalog = catalog;
        this.summaries = summaries;
        this.reports = reports;
        this.gate = gate;
    }

    /** At least one report; 404 when no pact of the plan has a goal, a section or an "all pacts" section of the dependency. */
    List<PactReport> of(String code, String planId, PageQuery query) {
        PlanCatalog.PlanRef plan = PlanCatalog.choose(catalog.plans(query.asOf()), planId);
        PlanSummary summary = gate.run(() -> summaries.summary(plan.planId(), query.period(), query.asOf()));
        List<PactReport> concerned = summary.pacts().stream()
                .map(p -> gate.run(() -> reports.published(p.pactId(), query.period(), query.asOf())))
                .filter(r -> DependencyPage.concerns(r, code))
                .toList();
        if (concerned.isEmpty()) {
            throw new ResourceNotFound("/dependencias/" + code + "?planId=" + plan.planId());
        }
        return concerned;
    }
}
