package co.pactos.reporting.dashboard;

import co.pactos.kit.web.Ids;
import co.pactos.reporting.projection.KnownAt;
import co.pactos.reporting.report.PactReport;
import co.pactos.reporting.web.ReportGate;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code GET /metas/{goalId}}: a goal's page, read from the projection as {@code asOf} knew it, rendered once per state of it. */
@Controller
@io.swagger.v3.oas.annotations.Hidden
class GoalPageController extends DashboardPages {

    private final GoalSheetQuery goals;
    private final ReportGate gate;
    private final Semaforo semaforo;
    private final RenderedPages pages;

    GoalPageController(GoalSheetQuery goals, ReportGate gate, Semaforo semaforo, RenderedPages pages) {
        this.goals = goals;
        this.gate = gate;
        this.semaforo = semaforo;
        this.pages = pages;
    }

    @GetMapping("/metas/{goalId}")
    ResponseEntity<byte[]> goal(@PathVariable String goalId, @RequestParam(required = false) String period,
                                @RequestParam(required = false) String corte, @RequestParam(required = false) String asOf) {
        String id = Ids.check("goalId", goalId);
        PageQuery query = PageQuery.of(period, corte, asOf);
        if (corte != null && !corte.isBlank()) {
            return redirect("/metas/" + id + "?" + query.parameters());
        }
        return gate.run(() -> pages.page("/metas/" + id, query, "dashboard/goal", known -> {
            GoalSheet sheet = goals.read(known, id, query.period());
            GoalSheet withFreshness = new GoalSheet(sheet.goal(), sheet.plan(), sheet.dependencyName(), sheet.targets(), sheet.reports(),
                    sheet.pacts(), sheet.money(), sheet.from(), sheet.to(), sheet.amendments(), freshness(known));
            return GoalPage.of(withFreshness, query, semaforo, LocalDate.ofInstant(known.at(), PageFormat.BOGOTA));
        }));
    }

    /** How current the read was, as the pact reports say it. */
    static PactReport.Freshness freshness(KnownAt known) {
        return new PactReport.Freshness(known.version(), known.watermark(), !known.beyondWatermark(), null);
    }
}
