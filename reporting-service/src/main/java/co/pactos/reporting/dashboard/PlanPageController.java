package co.pactos.reporting.dashboard;

import co.pactos.kit.web.Ids;
import co.pactos.kit.web.InvalidInput;
import co.pactos.reporting.report.PlanSummary;
import co.pactos.reporting.report.PlanSummaryQuery;
import co.pactos.reporting.web.ReportGate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code GET /}: the plan page (Spanish, server-rendered). {@code ?format=csv} is {@link DashboardDownloadController}'s. */
@Controller
@io.swagger.v3.oas.annotations.Hidden
class PlanPageController extends DashboardPages {

    private final PlanCatalog catalog;
    private final PlanSummaryQuery summaries;
    private final ReportGate gate;
    private final Semaforo semaforo;

    PlanPageController(PlanCatalog catalog, PlanSummaryQuery summaries, ReportGate gate, Semaforo semaforo) {
        this.catalog = catalog;
        this.summaries = summaries;
        this.gate = gate;
        this.semaforo = semaforo;
    }

    @GetMapping("/")
    String plan(@RequestParam(required = false) String planId, @RequestParam(required = false) String period,
                @RequestParam(required = false) String corte, @RequestParam(required = false) String asOf,
                @RequestParam(required = false) String format, Model model) {
        if (format != null && !format.equals("html")) {
            throw new InvalidInput("format", "must be html, csv or xlsx, was '" + format + "'");
        }
        String asked = planId == null || planId.isBlank() ? null : Ids.check("planId", planId);
        PageQuery query = PageQuery.of(period, corte, asOf);
        if (corte != null && !corte.isBlank()) {
            // the form's cut-off date becomes the period, so the URL to share and cite names one period
            return "redirect:/?" + (asked == null ? "" : "planId=" + asked + "&") + query.parameters();
        }
        List<PlanCatalog.PlanRef> plans = catalog.plans(query.asOf());
        PlanCatalog.PlanRef plan = PlanCatalog.choose(plans, asked);
        PlanSummary summary = gate.run(() -> summaries.summary(plan.planId(), query.period(), query.asOf()));
        model.addAttribute("page", PlanPage.of(plan, plans, summary, query, semaforo));
        return "dashboard/plan";
    }
}
