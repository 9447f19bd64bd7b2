package co.pactos.reporting.dashboard;

import co.pactos.kit.municipality.Municipalities;
import co.pactos.kit.web.Ids;
import co.pactos.reporting.progress.ReportPeriod;
import co.pactos.reporting.web.ReportGate;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code GET /municipios}: where the plan's activities and calls reached, as a table and a schematic map. */
@Controller
@io.swagger.v3.oas.annotations.Hidden
class MunicipalityPageController extends DashboardPages {

    private final PlanCatalog catalog;
    private final MunicipalityReachQuery reach;
    private final Municipalities municipalities;
    private final ReportGate gate;
    private final Semaforo semaforo;
    private final RenderedPages pages;

    MunicipalityPageController(PlanCatalog catalog, MunicipalityReachQuery reach, Municipalities municipalities, ReportGate gate,
                               Semaforo semaforo, RenderedPages pages) {
        this.catalog = catalog;
        this.reach = reach;
        this.municipalities = municipalities;
        this.gate = gate;
        this.semaforo = semaforo;
        this.pages = pages;
    }

    @GetMapping("/municipios")
    ResponseEntity<byte[]> municipalities(@RequestParam(required = false) String planId, @RequestParam(required = false) String period,
                                          @RequestParam(required = false) String corte, @RequestParam(required = false) String asOf) {
        String asked = planId == null || planId.isBlank() ? null : Ids.check("planId", planId);
        PageQuery query = PageQuery.of(period, corte, asOf);
        String planParameter = asked == null ? "" : "planId=" + asked + "&";
        if (corte != null && !corte.isBlank()) {
            return redirect("/municipios?" + planParameter + query.parameters());
        }
        return gate.run(() -> pages.page("/municipios?" + planParameter, query, "dashboard/municipalities", known -> {
            List<PlanCatalog.PlanRef> plans = catalog.plans(query.asOf());
            PlanCatalog.PlanRef plan = PlanCatalog.choose(plans, asked);
            ReportPeriod p = query.period();
            p.requireWithin(plan.startDate(), plan.endDate());
            LocalDate from = p.kind() == ReportPeriod.Kind.YEAR ? LocalDate.of(p.year(), 1, 1) : plan.startDate();
            return MunicipalityPage.of(plan, plans, municipalities, reach.read(plan.planId(), from, p.end(plan.endDate())), query,
                    GoalPageController.freshness(known), semaforo);
        }));
    }
}
