package co.pactos.reporting.web;

import co.pactos.kit.web.Ids;
import co.pactos.kit.web.InvalidInput;
import co.pactos.kit.web.ProblemAnswers;
import co.pactos.reporting.progress.ReportPeriod;
import co.pactos.reporting.report.PactReport.ActivityLine;
import co.pactos.reporting.report.PactReport.InvestmentLine;
import co.pactos.reporting.report.ReportLists;
import co.pactos.reporting.report.ReportLists.Page;
import co.pactos.reporting.report.ReportLists.Scope;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The whole lists behind a pact's report, page by page: the published report lists the first lines of
 * each section and links here for the rest ({@code moreActivities}, {@code moreInvestments}).
 */
@RestController
public class ReportListController {

    /**
     * What a page is asked with, from the query string: the report's {@code period} and {@code asOf}, the part of the
     * report ({@code scope} pact or all-pacts, default pact), one secretariat's section or all ({@code dependency}), and
     * the page ({@code offset} default 0, {@code limit} 1..1000, default 1000).
     */
    public record ListQuery(String period, String asOf, String scope, String dependency, String offset, String limit) {

        /** Every parameter read once, before the gate, so that bad input answers 400 without waiting for a slot. */
        Checked checked(String pactId) {
            return new Checked(Ids.check("pactId", pactId), ReportController.period(period), ReportController.asOf(asOf),
                    Scope.parse(scope), dependency == null ? null : Ids.check("dependency", dependency),
                    number("offset", offset, 0), number("limit", limit, ReportLists.MAX_LIMIT));
        }

        private static int number(String field, String text, int absent) {
            if (text == null || text.isBlank()) {
                return absent;
            }
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInput(field, "must be a whole number, was '" + text + "'");
            }
        }
    }

    /** A page asked for, its parameters read. */
    record Checked(String pactId, ReportPeriod period, Instant asOf, Scope scope, String dependency, int offset, int limit) {
    }

    private final ReportLists lists;
    private final ReportGate gate;

    public ReportListController(ReportLists lists, ReportGate gate) {
        this.lists = lists;
        this.gate = gate;
    }

    private static final String PAGE = " Query: the report's period and asOf; scope pact (default) or all-pacts; dependency: one"
            + " secretariat's section (absent: all); offset (default 0) and limit (1 to 1000, default 1000).";

    @Operation(operationId = "getPactReportActivities", tags = "reports", summary = "Page through the activities of a pact's report",
            description = "The whole list of activities behind a pact's report (which lists only the first lines of each section and"
                    + " links here with moreActivities), page by page." + PAGE)
    @ProblemAnswers({400, 401, 404, 406, 422, 503})
    @GetMapping(value = "/api/reports/pacts/{pactId}/activities", produces = MediaType.APPLICATION_JSON_VALUE)
    public Page<ActivityLine> activities(@PathVariable String pactId, @ParameterObject ListQuery query) {
        Checked q = query.checked(pactId);
        return gate.run(() -> lists.activities(q.pactId(), q.period(), q.asOf(), q.scope(), q.dependency(), q.offset(), q.limit()));
    }

    @Operation(operationId = "getPactReportInvestments", tags = "reports", summary = "Page through the investments of a pact's report",
            description = "The whole list of investments behind a pact's report (which lists only the first lines of each section and"
                    + " links here with moreInvestments), page by page." + PAGE)
    @ProblemAnswers({400, 401, 404, 406, 422, 503})
    @GetMapping(value = "/api/reports/pacts/{pactId}/investments", produces = MediaType.APPLICATION_JSON_VALUE)
    public Page<InvestmentLine> investments(@PathVariable String pactId, @ParameterObject ListQuery query) {
        Checked q = query.checked(pactId);
        return gate.run(() -> lists.investments(q.pactId(), q.period(), q.asOf(), q.scope(), q.dependency(), q.offset(), q.limit()));
    }
}
