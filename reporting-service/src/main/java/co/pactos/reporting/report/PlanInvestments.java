package co.pactos.reporting.report;

import co.pactos.kit.municipality.Municipalities;
import co.pactos.reporting.progress.ReportPeriod;
import co.pactos.reporting.projection.PactProgressFacts;
import co.pactos.reporting.projection.ProjectionReads;
import co.pactos.reporting.report.PactReport.InvestmentLine;
import co.pactos.reporting.report.SectionAssembler.SecretariatWork;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The investments of every pact of a plan as each pact's full report lists them, section by section, read for the whole
 * plan at once (the open data's {@code inversiones}): the investments that reach each pact in one query, those for all
 * pacts of the plan in another, instead of a report per pact.
 */
@Component
public class PlanInvestments {

    /** One section of a pact's report: a secretariat and its investments. */
    public record Section(String dependency, String name, List<InvestmentLine> investments) {
    }

    /** A pact's investments: its own sections, then those for all pacts of the plan that it does not name itself. */
    public record OfPact(List<Section> own, List<Section> allPacts) {
    }

    private final JdbcClient jdbc;
    private final ProjectionReads reads;
    private final PactReportQuery reports;
    private final MoneyReader money;
    private final Municipalities municipalities;

    PlanInvestments(JdbcClient jdbc, ProjectionReads reads, PactReportQuery reports, MoneyReader money, Municipalities municipalities) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.reports = reports;
        this.money = money;
        this.municipalities = municipalities;
    }

    /** The investments of each of the plan's pacts named, as known at {@code asOf} (null: now), in the order given. */
    public Map<String, OfPact> of(String planId, List<String> pactIds, ReportPeriod period, Instant asOf) {
        Map<String, OfPact> byPact = new LinkedHashMap<>();
        if (pactIds.isEmpty()) {
            return byPact;
        }
        return reads.live(PactProgressFacts.NAME, asOf, known -> {
            PactReport.Plan plan = reports.plan(planId);
            period.requireWithin(plan.startDate(), plan.endDate());
            ReportWindow window = PactReportQuery.window(period, plan);
            Dependencies dependencies = new Dependencies(jdbc);
            SectionAssembler assembler = new SectionAssembler(dependencies, municipalities);
            Map<String, List<String>> coordinating = reports.coordinatingByPact(known, planId, dependencies);
            Map<String, List<InvestmentLine>> reaching = money.linesByPact(planId, window);
            List<InvestmentLine> everyPact = money.forAllPacts(planId, window);
            for (String pactId : pactIds) {
                List<InvestmentLine> own = reaching.getOrDefault(pactId, List.of());
                Set<String> ownIds = own.stream().map(InvestmentLine::investmentId).collect(Collectors.toSet());
                List<InvestmentLine> shared = everyPact.stream().filter(i -> !ownIds.contains(i.investmentId())).toList();
                byPact.put(pactId, new OfPact(
                        sections(assembler.group(List.of(), own, Map.of(), coordinating.getOrDefault(pactId, List.of()))),
                        sections(assembler.group(List.of(), shared, Map.of(), List.of()))));
            }
            return byPact;
        });
    }

    private static List<Section> sections(List<SecretariatWork> groups) {
        return groups.stream().map(g -> new Section(g.dependency(), g.name(), g.investments())).toList();
    }
}
