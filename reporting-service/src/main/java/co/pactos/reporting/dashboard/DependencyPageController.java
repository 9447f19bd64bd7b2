package co.pactos.reporting.dashboard;

import co.pactos.kit.web.Ids;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code GET /dependencias/{code}}: a dependency across the pacts of a plan ({@link DependencyPage}). */
@Controller
@io.swagger.v3.oas.annotations.Hidden
class DependencyPageController extends DashboardPages {

    private final DependencyReports reports;
    private final Semaforo semaforo;

    DependencyPageController(DependencyReports reports, Semaforo semaforo) {
        this.reports = reports;
        this.semaforo = semaforo;
    }

    @GetMapping("/dependencias/{code}")
    String dependency(@PathVariable String code, @RequestParam(required = false) String planId,
                      @RequestParam(required = false) String period, @RequestParam(required = false) String corte,
                      @RequestParam(required = false) String asOf, Model model) {
        String id = Ids.check("code", code);
        String plan = planId == null || planId.isBlank() ? null : Ids.check("planId", planId);
        PageQuery query = PageQuery.of(period, corte, asOf);
        if (corte != null && !corte.isBlank()) {
            return "redirect:/dependencias/" + id + "?" + (plan == null ? "" : "planId=" + plan + "&") + query.parameters();
        }
        model.addAttribute("page", DependencyPage.of(id, reports.of(id, plan, query), query, semaforo));
        return "dashboard/dependency";
    }
}
