package co.pactos.reporting.report;

import co.pactos.events.goals.Accumulation;
import co.pactos.kit.web.ResourceNotFound;
import co.pactos.reporting.progress.GoalProgress;
import co.pactos.reporting.progress.ProgressCalculator;
import co.pactos.reporting.progress.ProgressCalculator.GoalFacts;
import co.pactos.reporting.progress.ProgressCalculator.Report;
import co.pactos.reporting.progress.ReportPeriod;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds a pact's report from the projection, counting only what had been recorded by {@code asOf}. */
@Component
public class PactReportQuery {

    public static final String FORMULA = "Pact progress is the plain mean of its direct goals' progress (indirect goals shown "
            + "beside it, never mixed in). Goal progress by accumulation type: ACCUMULATED and FLOW achieved/target of the year; "
            + "STOCK (V-LB)/(M-LB); MAINTENANCE V/M; REDUCTION (LB-V)/(LB-M); for the whole plan ACCUMULATED adds the years, "
            + "FLOW and MAINTENANCE average the years with a target. A year without target (NP) is left out; a goal without "
            + "report counts 0 %. Percentages are clamped to 0..100 for averaging; the raw value is shown beside.";

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    private final JdbcClient jdbc;

    public PactReportQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record GoalRow(String goalId, String code, String statement, String link, String dependency, Accumulation accumulation,
                           BigDecimal baseline, BigDecimal target) {
    }

    @Transactional(readOnly = true)
    public PactReport report(String pactId, ReportPeriod period, Instant asOf) {
        Instant at = asOf == null ? Instant.now() : asOf;
        Timestamp known = Timestamp.from(at);
        PactReport.Pact pact = jdbc.sql("select pact_id, plan_id, name, description from pact where pact_id = ? and recorded_at <= ?")
                .params(pactId, known)
                .query((rs, i) -> new PactReport.Pact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional().orElseThrow(() -> new ResourceNotFound("/api/reports/pacts/" + pactId));
        LocalDate[] plan = jdbc.sql("select start_date, end_date from plan where plan_id = ?").param(pact.planId())
                .query((rs, i) -> new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)})
                .single();
        LocalDate today = LocalDate.ofInstant(at, BOGOTA);

        List<GoalRow> goals = jdbc.sql("""
                        select g.goal_id, g.code, g.statement, l.link, g.dependency, g.accumulation, g.baseline, g.target
                        from goal_link l join goal g on g.goal_id = l.goal_id
                        where l.pact_id = ? and l.recorded_at <= ? and g.recorded_at <= ?
                        order by l.link, g.code, g.goal_id""")
                .params(pactId, known, known)
                .query((rs, i) -> new GoalRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        Accumulation.valueOf(rs.getString(6)), rs.getBigDecimal(7), rs.getBigDecimal(8)))
                .list();
        List<String> goalIds = goals.stream().map(GoalRow::goalId).toList();
        Map<String, Map<Integer, BigDecimal>> targets = new HashMap<>();
        Map<String, List<Report>> reports = new HashMap<>();
        if (!goalIds.isEmpty()) {
            String[] ids = goalIds.toArray(String[]::new);
            jdbc.sql("select goal_id, year, value from annual_target where goal_id = any(?) and recorded_at <= ?")
                    .params(ids, known)
                    .query(rs -> {
                        targets.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
                    });
            jdbc.sql("""
                            select goal_id, report_id, effective_date, recorded_at, value, corrects
                            from progress_report where goal_id = any(?) and recorded_at <= ?""")
                    .params(ids, known)
                    .query(rs -> {
                        reports.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Report(rs.getString(2),
                                rs.getObject(3, LocalDate.class), rs.getTimestamp(4).toInstant(), rs.getBigDecimal(5), rs.getString(6)));
                    });
        }

        List<PactReport.GoalLine> lines = new ArrayList<>();
        List<BigDecimal> direct = new ArrayList<>();
        List<BigDecimal> indirect = new ArrayList<>();
        int directCount = 0;
        for (GoalRow goal : goals) {
            GoalFacts facts = new GoalFacts(goal.accumulation(), goal.baseline(), goal.target(),
                    targets.getOrDefault(goal.goalId(), Map.of()), reports.getOrDefault(goal.goalId(), List.of()));
            GoalProgress progress = ProgressCalculator.progress(facts, period, plan[0], plan[1], today);
            boolean isDirect = goal.link().equals("DIRECT");
            directCount += isDirect ? 1 : 0;
            if (progress.counts()) {
                (isDirect ? direct : indirect).add(progress.clamped());
            }
            lines.add(new PactReport.GoalLine(goal.goalId(), goal.code(), goal.statement(), goal.link(), goal.dependency(),
                    goal.accumulation().name(), progress.target(), progress.achieved(), progress.clamped(), progress.raw()));
        }

        List<PactReport.InvestmentLine> own = investments("? = any(pacts)", pactId, period, plan, known);
        List<PactReport.InvestmentLine> forAll = investments("all_pacts and ? is not null", pactId, period, plan, known);
        Map<String, PactReport.DependencySection> sections = new LinkedHashMap<>();
        goals.forEach(g -> sections.computeIfAbsent(g.dependency(), d -> section(d, List.of(), known)));
        own.stream().map(PactReport.InvestmentLine::dependency).distinct()
                .forEach(d -> sections.put(d, section(d, own.stream().filter(i -> i.dependency().equals(d)).toList(), known)));
        long committed = own.stream().mapToLong(PactReport.InvestmentLine::amount).sum();

        return new PactReport(pact, period.toString(), asOf,
                new PactReport.GoalGroup(directCount, ProgressCalculator.mean(direct)),
                new PactReport.GoalGroup(goals.size() - directCount, ProgressCalculator.mean(indirect)),
                lines, List.copyOf(sections.values()), forAll, new PactReport.Totals(committed, 0, 0, 0), FORMULA);
    }

    private PactReport.DependencySection section(String code, List<PactReport.InvestmentLine> investments, Timestamp known) {
        String name = jdbc.sql("select name from dependency where code = ? and recorded_at <= ?").params(code, known)
                .query(String.class).optional().orElse(code);
        long committed = investments.stream().mapToLong(PactReport.InvestmentLine::amount).sum();
        return new PactReport.DependencySection(code, name, List.of(), investments, committed, 0, List.of(), List.of());
    }

    private List<PactReport.InvestmentLine> investments(String which, String pactId, ReportPeriod period, LocalDate[] plan,
                                                        Timestamp known) {
        LocalDate end = period.end(plan[1]);
        int firstYear = period.kind() == ReportPeriod.Kind.PLAN ? plan[0].getYear() : period.year();
        return jdbc.sql("select investment_id, dependency, amount, fiscal_year, activity_id, call_id from investment where "
                        + which + " and fiscal_year between ? and ? and date <= ? and recorded_at <= ? order by date, investment_id")
                .params(pactId, firstYear, end.getYear(), end, known)
                .query((rs, i) -> new PactReport.InvestmentLine(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }
}
