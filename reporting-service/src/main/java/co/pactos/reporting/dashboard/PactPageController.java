package co.pactos.reporting.dashboard;

import co.pactos.kit.web.Ids;
import co.pactos.reporting.report.PactReport;
import co.pactos.reporting.report.PactReportQuery;
import co.pactos.reporting.web.ReportGate;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /pactos/{pactId}}: a pact's page, from the published report (at most the list limit of lines per list),
 * rendered once per state of the projection ({@link RenderedPages}).
 */
@Controller
@io.swagger.v3.oas.annotations.Hidden
class PactPageController extends DashboardPages {

    private final PactReportQuery reports;
    private final ReportGate gate;
    private final Semaforo semaforo;
    private final RenderedPages pages;

    PactPageController(PactReportQuery reports, ReportGate gate, Semaforo semaforo, RenderedPages pages) {
        this.reports = reports;
        this.gate = gate;
        this.semaforo = semaforo;
        this.pages = pages;
    }

    @GetMapping("/pactos/{pactId}")
    ResponseEntity<byte[]> pact(@PathVariable String pactId, @RequestParam(required = false) String period,
                                @RequestParam(required = false) String corte, @RequestParam(required = false) String asOf) {
        String id = Ids.check("pactId", pactId);
        PageQuery query = PageQuery.of(period, corte, asOf);
        if (corte != null && !corte.isBlank()) {
            // the form's cut-off date becomes the period, so the URL to share and cite names one period
            return redirect("/pactos/" + id + "?" + query.parameters());
        }
        return gate.run(() -> pages.page("/pactos/" + id, query, "dashboard/pact", known -> {
            PactReport report = reports.published(id, query.period(), query.asOf());
            return PactPage.of(report, query, semaforo);
        }));
    }
}
