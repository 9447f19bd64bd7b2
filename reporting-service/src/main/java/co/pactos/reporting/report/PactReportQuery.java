package co.pactos.reporting.report;

import co.pactos.events.goals.Accumulation;
import co.pactos.events.goals.LinkType;
import co.pactos.kit.municipality.Municipalities;
import co.pactos.kit.web.ResourceNotFound;
import co.pactos.reporting.progress.GoalProgress;
import co.pactos.reporting.progress.ProgressCalculator;
import co.pactos.reporting.progress.ProgressCalculator.GoalFacts;
import co.pactos.reporting.progress.ProgressCalculator.Report;
import co.pactos.reporting.progress.ReportPeriod;
import co.pactos.reporting.projection.KnownAt;
import co.pactos.reporting.projection.PactProgressFacts;
import co.pactos.reporting.projection.ProjectionReads;
import co.pactos.reporting.report.ActivityReader.ActivityRow;
import co.pactos.reporting.report.PactReport.AllPactsSection;
import co.pactos.reporting.report.PactReport.DependencySection;
import co.pactos.reporting.report.PactReport.GoalGroup;
import co.pactos.reporting.report.PactReport.GoalLine;
import co.pactos.reporting.report.PactReport.InvestmentLine;
import co.pactos.reporting.report.PactReport.PeriodProgress;
import co.pactos.reporting.report.SectionAssembler.SecretariatWork;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds a pact's report from the projection, counting only what had been recorded by {@code asOf}. */
@Component
public class PactReportQuery {

    public static final String FORMULA = "Pact progress is the plain mean of its direct goals' progress (indirect goals shown "
            + "beside it, never mixed in). Goal progress by accumulation type, for year t: ACCUMULATED and FLOW L_t/M_t; "
            + "STOCK (V-LB)/(M_t-LB); MAINTENANCE V/M_t; REDUCTION (LB-V)/(LB-M_t). For the whole plan: ACCUMULATED "
            + "sum(L_t)/M; STOCK (V-LB)/(M-LB); REDUCTION (LB-V)/(LB-M); FLOW and MAINTENANCE the mean of the yearly "
            + "percentages. A year without target (NP) is left out; a goal without report counts 0 %. Percentages are "
            + "clamped to 0..100 for averaging; the raw value is shown beside.";

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    private final JdbcClient jdbc;
    private final ActivityReader activities;
    private final ClosureReader closures;
    private final MoneyReader money;
    private final Municipalities municipalities;
    private final ProjectionReads reads;
    private final ReportCache cache;
    private final tools.jackson.databind.json.JsonMapper json;
    private final int listLimit;

    public PactReportQuery(JdbcClient jdbc, ActivityReader activities, ClosureReader closures, MoneyReader money,
                           Municipalities municipalities,
                           ProjectionReads reads, ReportCache cache, tools.jackson.databind.json.JsonMapper json,
                           @Value("${pactos.reporting.list-limit:20}") int listLimit) {
        this.listLimit = listLimit;
        this.json = json;
        this.jdbc = jdbc;
        this.activities = activities;
        this.closures = closures;
        this.money = money;
        this.municipalities = municipalities;
        this.reads = reads;
        this.cache = cache;
    }

    private record GoalRow(String goalId, String code, String statement, String link, String dependency, Accumulation accumulation,
                           BigDecimal baseline, BigDecimal target) {
    }

    /** The facts of the pact's goals, read once and used for every period of the timeline. */
    private record GoalsOfPact(List<GoalRow> goals, Map<String, Map<Integer, BigDecimal>> targets, Map<String, List<Report>> reports,
                               Map<String, List<PactReport.GoalAmendment>> amendments) {

        GoalsOfPact withAmendments(Map<String, List<PactReport.GoalAmendment>> amendments) {
            return new GoalsOfPact(goals, targets, reports, amendments);
        }

        long approximateBytes() {
            return 1_024 + goals.size() * 400L + targets.size() * 200L + reports.values().stream().mapToLong(List::size).sum() * 150L;
        }
    }

    /** Progress of every goal for one period, and the two means. */
    private record PeriodResult(List<GoalLine> lines, GoalGroup direct, GoalGroup indirect) {
    }

    /**
     * The report of the live version as it knew {@code asOf} (null: now), with every line of every list: what the
     * paged lists are cut from. From the cache while the projection has not moved.
     */
    public PactReport report(String pactId, ReportPeriod period, Instant asOf) {
        return reads.live(PactProgressFacts.NAME, asOf, known -> cache.get(known, "pact:" + pactId + ":" + period,
                () -> report(known, pactId, period), PactReport::approximateBytes));
    }

    /** The report as published (API and document): every figure, and at most the list limit of lines in each list. */
    public PactReport published(String pactId, ReportPeriod period, Instant asOf) {
        return reads.live(PactProgressFacts.NAME, asOf, known -> cache.get(known, "pact-published:" + pactId + ":" + period,
                () -> published(known, pactId, period), PactReport::approximateBytes));
    }

    /**
     * The published report as JSON, written once per state of the projection: a report read many times between two
     * batches is neither computed nor serialized again.
     */
    public byte[] reportJson(String pactId, ReportPeriod period, Instant asOf) {
        return reads.live(PactProgressFacts.NAME, asOf, known -> cache.bytes(known, "pact-json:" + pactId + ":" + period,
                () -> json.writeValueAsBytes(published(known, pactId, period))));
    }

    private PactReport published(KnownAt known, String pactId, ReportPeriod period) {
        return report(known, pactId, period).limited(listLimit, new ReportLists.Links(pactId, period.toString(), known.asked()));
    }

    /** The report as one version of the projection knew it; call inside {@link ProjectionReads}. */
    public PactReport report(KnownAt known, String pactId, ReportPeriod period) {
        return report(known, pactId, period, cache);
    }

    /**
     * The report computed without keeping any of its parts: for reading every pact of a version once (a version's
     * check), which would otherwise push out of the cache what the published reports use.
     */
    public PactReport reportOnce(KnownAt known, String pactId, ReportPeriod period) {
        return report(known, pactId, period, new ReportCache(0));
    }

    private PactReport report(KnownAt known, String pactId, ReportPeriod period, ReportCache parts) {
        Instant at = known.at();
        PactReport.Pact pact = jdbc.sql("select pact_id, plan_id, name, description from known_pact where pact_id = ?")
                .params(pactId)
                .query((rs, i) -> new PactReport.Pact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional().orElseThrow(() -> new ResourceNotFound("/api/reports/pacts/" + pactId));
        PactReport.Plan plan = plan(pact.planId());
        period.requireWithin(plan.startDate(), plan.endDate());
        LocalDate today = LocalDate.ofInstant(at, BOGOTA);
        Dependencies dependencies = new Dependencies(jdbc);

        GoalsOfPact goals = goalsOf(known, pactId, parts, dependencies);
        ReportWindow window = window(period, plan);
        String[] goalIds = goals.goals().stream().map(GoalRow::goalId).toArray(String[]::new);
        SectionAssembler assembler = new SectionAssembler(dependencies, municipalities);

        Work ownWork = ownWork(known, pactId, goalIds, window, parts);
        Work everyPact = parts.get(known, PactProgressFacts.WORK_FACTS, "all-pacts:" + pact.planId() + ":" + window,
                () -> allPactsWork(pact.planId(), window), Work::approximateBytes);
        Work sharedWork = everyPact.without(ownWork);
        List<InvestmentLine> own = ownWork.investments();
        List<InvestmentLine> shared = sharedWork.investments();
        Map<String, MoneyReader.CallRow> calls = new HashMap<>(everyPact.calls());
        calls.putAll(ownWork.calls());

        List<String> coordinating = coordinating(goals.goals(), dependencies);
        List<ActivityRow> pactActivities = ownWork.activities();
        List<ActivityRow> sharedActivities = sharedWork.activities();

        GoalMoney goalMoney = new GoalMoney(own, pactActivities);
        PeriodResult result = progress(goals, period, plan, today, dependencies, goalMoney);
        List<PeriodProgress> timeline = timeline(period, plan, today).stream()
                .map(p -> {
                    PeriodResult r = p.equals(period) ? result : progress(goals, p, plan, today, dependencies, goalMoney);
                    return new PeriodProgress(p.toString(), r.direct(), r.indirect());
                })
                .toList();

        List<SecretariatWork> ownGroups = assembler.group(pactActivities, own, calls, coordinating);
        // the "all pacts" part is the same for every pact of the plan unless the pact also names some of it: grouped once then
        List<SecretariatWork> sharedGroups = sharedWork == everyPact
                ? parts.get(known, PactProgressFacts.WORK_FACTS, "all-pacts-groups:" + pact.planId() + ":" + window,
                        () -> assembler.group(sharedActivities, shared, everyPact.calls(), List.of()), groups -> everyPact.approximateBytes())
                : assembler.group(sharedActivities, shared, calls, List.of());
        List<SecretariatWork> everything = Stream.concat(ownGroups.stream(), sharedGroups.stream()).toList();
        PactReport.Totals totals = new PactReport.Totals(everything.stream().mapToLong(SecretariatWork::committed).sum(),
                everything.stream().mapToLong(SecretariatWork::executed).sum(), everything.stream().mapToLong(SecretariatWork::ventures).sum(),
                everything.stream().mapToLong(SecretariatWork::jobs).sum());
        List<DependencySection> sections = ownGroups.stream().map(g -> section(g, goals, dependencies)).toList();
        List<AllPactsSection> allPacts = sharedGroups.stream()
                .map(g -> new AllPactsSection(g.dependency(), g.name(), g.activities().size(), g.activities(), g.programmes(),
                        g.investments().size(), g.investments(), g.committed(), g.executed(), g.ventures(), g.jobs(), null, null))
                .toList();

        return new PactReport(pact, plan, period.toString(), window.from(), window.to(), known.asked(), result.direct(),
                result.indirect(), timeline, result.lines(), sections, allPacts, totals, FORMULA, freshness(known),
                closures.covering(pact.planId(), window, at, dependencies));
    }

    /**
     * One pact's line of the plan summary: its direct and indirect means and its own money in the window, without
     * the sections, timeline and calls of the full report.
     */
    PlanSummary.PactLine summaryLine(KnownAt known, PactReport.Pact pact, PactReport.Plan plan, ReportPeriod period,
                                     Dependencies dependencies) {
        LocalDate today = LocalDate.ofInstant(known.at(), BOGOTA);
        GoalsOfPact goals = goalsOfPlan(known, plan.planId()).of(pact.pactId());
        ReportWindow window = window(period, plan);
        long[] own = cache.get(known, PactProgressFacts.WORK_FACTS, "plan-money:" + plan.planId() + ":" + window,
                () -> money.byPact(plan.planId(), window), m -> 1_024 + m.size() * 100L).getOrDefault(pact.pactId(), new long[2]);
        PeriodResult result = progress(goals, period, plan, today, dependencies, new GoalMoney(List.of(), List.of()));
        return new PlanSummary.PactLine(pact.pactId(), pact.name(), result.direct(), result.indirect(), own[0], own[1]);
    }

    /** The secretariats of the pact's goals, those of its direct goals first: the first sections of its report. */
    private static List<String> coordinating(List<GoalRow> goals, Dependencies dependencies) {
        return goals.stream()
                .sorted((a, b) -> a.link().compareTo(b.link()))
                .map(g -> dependencies.root(g.dependency())).distinct().toList();
    }

    /** {@link #coordinating} of every pact of the plan that has goals; call inside {@link ProjectionReads}. */
    Map<String, List<String>> coordinatingByPact(KnownAt known, String planId, Dependencies dependencies) {
        Map<String, List<String>> byPact = new HashMap<>();
        goalsOfPlan(known, planId).byPact().forEach((pactId, goals) -> byPact.put(pactId, coordinating(goals, dependencies)));
        return byPact;
    }

    static ReportWindow window(ReportPeriod period, PactReport.Plan plan) {
        return new ReportWindow(period.kind() == ReportPeriod.Kind.YEAR ? LocalDate.of(period.year(), 1, 1) : plan.startDate(),
                period.end(plan.endDate()));
    }

    /**
     * What was done and spent in the window, as read from the projection: activities, investments and the calls they
     * fund. Kept in the cache until a table of {@link PactProgressFacts#WORK_FACTS} moves.
     */
    private record Work(List<ActivityRow> activities, List<InvestmentLine> investments, Map<String, MoneyReader.CallRow> calls) {

        /**
         * This work without what {@code other} already has (the pact's own lines leave the "all pacts" part); this very
         * work when they share nothing.
         */
        Work without(Work other) {
            Set<String> activityIds = other.activities().stream().map(ActivityRow::activityId).collect(Collectors.toSet());
            Set<String> investmentIds = other.investments().stream().map(InvestmentLine::investmentId).collect(Collectors.toSet());
            if (activities.stream().noneMatch(a -> activityIds.contains(a.activityId()))
                    && investments.stream().noneMatch(i -> investmentIds.contains(i.investmentId()))) {
                return this;
            }
            return new Work(activities.stream().filter(a -> !activityIds.contains(a.activityId())).toList(),
                    investments.stream().filter(i -> !investmentIds.contains(i.investmentId())).toList(), calls);
        }

        long approximateBytes() {
            return 1_024 + activities.size() * 700L + investments.size() * 250L + calls.size() * 300L;
        }
    }

    private Work ownWork(KnownAt known, String pactId, String[] goalIds, ReportWindow window, ReportCache parts) {
        return parts.get(known, PactProgressFacts.WORK_FACTS, "work:" + pactId + ":" + window, () -> {
            List<InvestmentLine> investments = money.forPact(pactId, goalIds, window);
            return new Work(activities.forPact(pactId, goalIds, window), investments, calls(investments, window));
        }, Work::approximateBytes);
    }

    private Work allPactsWork(String planId, ReportWindow window) {
        List<InvestmentLine> investments = money.forAllPacts(planId, window);
        return new Work(activities.forAllPacts(planId, window), investments, calls(investments, window));
    }

    private Map<String, MoneyReader.CallRow> calls(List<InvestmentLine> investments, ReportWindow window) {
        return money.calls(investments.stream().map(InvestmentLine::callId).filter(Objects::nonNull).collect(Collectors.toSet()), window);
    }

    /** The goals of the pact with their targets and reports, kept until a table of {@link PactProgressFacts#PROGRESS_FACTS} moves. */
    private GoalsOfPact goalsOf(KnownAt known, String pactId, ReportCache parts, Dependencies dependencies) {
        return parts.get(known, PactProgressFacts.PROGRESS_FACTS, "goals:" + pactId, () -> {
            GoalsOfPact goals = goals(pactId);
            return goals.withAmendments(AmendmentReader.of(jdbc, pactId,
                    goals.goals().stream().map(GoalRow::goalId).toArray(String[]::new), dependencies));
        }, GoalsOfPact::approximateBytes);
    }

    PactReport.Plan plan(String planId) {
        return jdbc.sql("select plan_id, name, start_date, end_date from known_plan where plan_id = ?")
                .params(planId)
                .query((rs, i) -> new PactReport.Plan(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)))
                .optional().orElseThrow(() -> new ResourceNotFound("/api/reports/pacts?planId=" + planId));
    }

    static PactReport.Freshness freshness(KnownAt known) {
        String notice = null;
        if (known.beyondWatermark()) {
            notice = known.watermark() == null
                    ? "The projection has not yet read the whole event log; events recorded up to asOf may be missing."
                    : "asOf is later than " + known.watermark() + ", the instant up to which every event on the log had been "
                    + "applied; events recorded after that instant may still be on their way.";
        }
        return new PactReport.Freshness(known.version(), known.watermark(), notice == null, notice);
    }

    /**
     * The money of the pact's own investments linked to each goal, directly or through an activity for it: added up
     * once per report (each investment once per goal it reaches), then read for every period of the timeline.
     */
    private static final class GoalMoney {

        private final Map<String, long[]> byGoal = new HashMap<>();

        GoalMoney(List<InvestmentLine> investments, List<ActivityRow> activities) {
            Map<String, List<String>> goalsOfActivity = new HashMap<>();
            activities.forEach(a -> goalsOfActivity.put(a.activityId(), a.goals()));
            for (InvestmentLine line : investments) {
                Set<String> reached = new java.util.HashSet<>(line.goals());
                if (line.activityId() != null) {
                    reached.addAll(goalsOfActivity.getOrDefault(line.activityId(), List.of()));
                }
                for (String goalId : reached) {
                    long[] money = byGoal.computeIfAbsent(goalId, g -> new long[2]);
                    money[0] += line.committed();
                    money[1] += line.executed();
                }
            }
        }

        /** Committed and executed money linked to the goal. */
        long[] of(String goalId) {
            return byGoal.getOrDefault(goalId, new long[2]);
        }
    }

    private DependencySection section(SecretariatWork g, GoalsOfPact goals, Dependencies dependencies) {
        int direct = (int) goals.goals().stream()
                .filter(goal -> goal.link().equals(LinkType.DIRECT.name()) && dependencies.root(goal.dependency()).equals(g.dependency())).count();
        int indirect = (int) goals.goals().stream()
                .filter(goal -> !goal.link().equals(LinkType.DIRECT.name()) && dependencies.root(goal.dependency()).equals(g.dependency())).count();
        return new DependencySection(g.dependency(), g.name(), direct, indirect, g.activities().size(), g.activities(), g.programmes(),
                g.investments().size(), g.investments(), g.committed(), g.executed(), g.beneficiaries(), g.municipalities(), null, null);
    }

    /** The periods the report's progress paragraph names: each year of the plan begun before the period's end, then the period. */
    static List<ReportPeriod> timeline(ReportPeriod period, PactReport.Plan plan, LocalDate today) {
        if (period.kind() == ReportPeriod.Kind.YEAR) {
            return List.of(period);
        }
        LocalDate end = period.end(plan.endDate());
        List<ReportPeriod> periods = new ArrayList<>();
        int lastFullYear = period.kind() == ReportPeriod.Kind.CUT_OFF ? end.getYear() - 1 : end.getYear();
        for (int year = plan.startDate().getYear(); year <= lastFullYear && !LocalDate.of(year, 1, 1).isAfter(today); year++) {
            periods.add(ReportPeriod.parse(Integer.toString(year)));
        }
        periods.add(period);
        return periods;
    }

    private GoalsOfPact goals(String pactId) {
        List<GoalRow> goals = jdbc.sql("""
                        select g.goal_id, g.code, g.statement, l.link, g.dependency, g.accumulation, g.baseline, g.target
                        from known_goal_link l join known_goal g on g.goal_id = l.goal_id
                        where l.pact_id = ?
                        order by l.link, g.code, g.goal_id""")
                .params(pactId)
                .query((rs, i) -> goalRow(rs))
                .list();
        return facts(goals);
    }

    private static GoalRow goalRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new GoalRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Accumulation.valueOf(rs.getString(6)), rs.getBigDecimal(7), rs.getBigDecimal(8));
    }

    /**
     * The goals of every pact of the plan, with their targets and reports read once for all of them (a goal serving
     * several pacts read once): what the plan summary computes every pact's means from.
     */
    private record GoalsOfPlan(Map<String, List<GoalRow>> byPact, GoalsOfPact facts) {

        GoalsOfPact of(String pactId) {
            return new GoalsOfPact(byPact.getOrDefault(pactId, List.of()), facts.targets(), facts.reports(), Map.of());
        }
    }

    private GoalsOfPlan goalsOfPlan(KnownAt known, String planId) {
        return cache.get(known, PactProgressFacts.PROGRESS_FACTS, "plan-goals:" + planId, () -> {
            Map<String, List<GoalRow>> byPact = new HashMap<>();
            Map<String, GoalRow> distinct = new java.util.LinkedHashMap<>();
            jdbc.sql("""
                            select g.goal_id, g.code, g.statement, l.link, g.dependency, g.accumulation, g.baseline, g.target, l.pact_id
                            from known_goal_link l join known_goal g on g.goal_id = l.goal_id join known_pact p on p.pact_id = l.pact_id
                            where p.plan_id = ?
                            order by l.pact_id, l.link, g.code, g.goal_id""")
                    .params(planId)
                    .query(rs -> {
                        GoalRow row = goalRow(rs);
                        byPact.computeIfAbsent(rs.getString(9), k -> new ArrayList<>()).add(row);
                        distinct.putIfAbsent(row.goalId(), row);
                    });
            return new GoalsOfPlan(byPact, facts(List.copyOf(distinct.values())));
        }, g -> g.facts().approximateBytes() + g.byPact().values().stream().mapToLong(List::size).sum() * 100L);
    }

    /** The goals given, with their annual targets and the reports that can count. */
    private GoalsOfPact facts(List<GoalRow> goals) {
        Map<String, Map<Integer, BigDecimal>> targets = new HashMap<>();
        Map<String, List<Report>> reports = new HashMap<>();
        if (!goals.isEmpty()) {
            String[] ids = goals.stream().map(GoalRow::goalId).toArray(String[]::new);
            jdbc.sql("select goal_id, year, value from known_annual_target where goal_id = any(?)")
                    .params((Object) ids)
                    .query(rs -> {
                        targets.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
                    });
            // only the reports that can count: none a correction names (ProgressCalculator.standing), and of those with
            // the same effective date the last recorded (the latest by effective date, then recorded time, is what counts
            // for any period end). Read date by date through progress_report_effective, so that a goal reported again and
            // again for one date costs one row, not all of them (500 goals with 273 k reports: 190 ms, was 660 ms)
            jdbc.sql("""
                            select r.goal_id, r.report_id, r.effective_date, r.recorded_at, r.value, r.corrects
                            from unnest(cast(? as text[])) as g(goal_id)
                            cross join lateral (
                                with recursive dates(d) as (
                                    select min(effective_date) from known_progress_report where goal_id = g.goal_id
                                    union all
                                    select (select min(p.effective_date) from known_progress_report p
                                            where p.goal_id = g.goal_id and p.effective_date > dates.d)
                                    from dates where dates.d is not null)
                                select d from dates where d is not null) as day
                            cross join lateral (
                                select * from known_progress_report r
                                where r.goal_id = g.goal_id and r.effective_date = day.d
                                  and not exists (select 1 from known_progress_report c
                                                  where c.goal_id = r.goal_id and c.corrects = r.report_id)
                                order by r.recorded_at desc, r.report_id desc
                                limit 1) as r""")
                    .params((Object) ids)
                    .query(rs -> {
                        reports.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Report(rs.getString(2),
                                rs.getObject(3, LocalDate.class), rs.getTimestamp(4).toInstant(), rs.getBigDecimal(5), rs.getString(6)));
                    });
        }
        return new GoalsOfPact(goals, targets, reports, Map.of());
    }

    private static PeriodResult progress(GoalsOfPact goals, ReportPeriod period, PactReport.Plan plan, LocalDate today,
                                         Dependencies dependencies, GoalMoney money) {
        List<GoalLine> lines = new ArrayList<>();
        List<BigDecimal> direct = new ArrayList<>();
        List<BigDecimal> indirect = new ArrayList<>();
        int directCount = 0;
        for (GoalRow goal : goals.goals()) {
            GoalFacts facts = new GoalFacts(goal.accumulation(), goal.baseline(), goal.target(),
                    goals.targets().getOrDefault(goal.goalId(), Map.of()), goals.reports().getOrDefault(goal.goalId(), List.of()));
            GoalProgress progress = ProgressCalculator.progress(facts, period, plan.startDate(), plan.endDate(), today);
            boolean isDirect = goal.link().equals(LinkType.DIRECT.name());
            directCount += isDirect ? 1 : 0;
            if (progress.counts()) {
                (isDirect ? direct : indirect).add(progress.clamped());
            }
            long[] linked = money.of(goal.goalId());
            lines.add(new GoalLine(goal.goalId(), goal.code(), goal.statement(), goal.link(), goal.dependency(),
                    dependencies.name(goal.dependency()), goal.accumulation().name(), progress.target(), progress.achieved(),
                    ProgressCalculator.shown(progress.clamped()), ProgressCalculator.shown(progress.raw()), linked[0], linked[1],
                    goals.amendments().getOrDefault(goal.goalId(), List.of())));
        }
        return new PeriodResult(lines, new GoalGroup(directCount, ProgressCalculator.mean(direct)),
                new GoalGroup(goals.goals().size() - directCount, ProgressCalculator.mean(indirect)));
    }
}
