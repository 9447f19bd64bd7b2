package co.pactos.reporting.report;

import co.pactos.events.goals.Beneficiaries;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A pact's report for a period, as the report API answers it. Progress in percent, one decimal;
 * money in whole pesos. {@code from}..{@code to} is the window activities and money are taken
 * from: the year for a year, the plan up to the date for a cut-off, the whole plan for {@code plan}. {@code closures}: the
 * closed periods of the plan whose dates overlap that window, as known at the report's instant.
 */
public record PactReport(
        Pact pact,
        Plan plan,
        String period,
        LocalDate from,
        LocalDate to,
        Instant asOf,
        GoalGroup directGoals,
        GoalGroup indirectGoals,
        List<PeriodProgress> timeline,
        List<GoalLine> goals,
        List<DependencySection> dependencies,
        List<AllPactsSection> allPacts,
        Totals totals,
        String formula,
        Freshness freshness,
        List<Closure> closures) {

    /** The same report without its freshness: what two versions of the projection must agree on. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public PactReport withoutFreshness() {
        return new PactReport(pact, plan, period, from, to, asOf, directGoals, indirectGoals, timeline, goals, dependencies, allPacts,
                totals, formula, null, closures);
    }

    public record Pact(String pactId, String planId, String name, String description) {
    }

    public record Plan(String planId, String name, LocalDate startDate, LocalDate endDate) {
    }

    /** How many goals of one link type, and the plain mean of the progress of those that had a target. */
    public record GoalGroup(int count, BigDecimal meanProgress) {
    }

    /** The direct and indirect means of one period of the timeline (each year begun, then the period asked). */
    public record PeriodProgress(String period, GoalGroup directGoals, GoalGroup indirectGoals) {
    }

    /**
     * One goal: its physical progress for the period, and its financial execution: the money of the pact's report linked to
     * the goal (directly or through an activity for it), executed over committed; its amendments in force, oldest first.
     */
    public record GoalLine(String goalId, String code, String statement, String link, String dependency, String dependencyName,
                           String accumulation, BigDecimal target, BigDecimal achieved, BigDecimal progress, BigDecimal rawProgress,
                           long committed, long executed, List<GoalAmendment> amendments) {

        public GoalLine(String goalId, String code, String statement, String link, String dependency, String dependencyName,
                        String accumulation, BigDecimal target, BigDecimal achieved, BigDecimal progress, BigDecimal rawProgress,
                        long committed, long executed) {
            this(goalId, code, statement, link, dependency, dependencyName, accumulation, target, achieved, progress, rawProgress,
                    committed, executed, List.of());
        }

        @JsonProperty("financialExecution")
        public BigDecimal financialExecution() {
            return FinancialExecution.of(executed, committed);
        }
    }

    /**
     * An amendment of a goal in force at the report's instant, oldest first: {@code kind} AMENDMENT (the goal's statement,
     * indicator, unit, baseline, four-year target or dependency; {@code changes} names the fields), TARGET_REVISION
     * ({@code changes}: {@code target 2022: 0.5}) or LINK_CHANGE (to this pact; {@code changes}: {@code link: INDIRECT} or
     * {@code link: NONE}); who recorded it, why, and the legal act where there is one.
     */
    public record GoalAmendment(String kind, String id, String eventId, Instant recordedAt, Recorder recordedBy, String reason,
                                String legalAct, String changes) {
    }

    /** Municipalities and districts among a list of DIVIPOLA codes. */
    public record Coverage(int municipalities, int districts) {
    }

    public record ActivityLine(String activityId, String dependency, String dependencyName, String title, String description,
                               LocalDate startDate, LocalDate endDate, List<Beneficiaries> beneficiaries,
                               List<String> municipalities, Coverage coverage, List<String> topics, long committed, long executed) {
    }

    public record InvestmentLine(String investmentId, String dependency, int fiscalYear, LocalDate date, String activityId,
                                 String callId, String fundingSource, List<String> goals, long committed, long executed) {
    }

    public record CallLine(String callId, String name, String description, int fiscalYear, List<String> municipalities,
                           long committed, long executed, long ventures, long jobs) {
    }

    /** A programme and its calls: {@code callCount} of them, the first of which are listed in {@code calls}. */
    public record ProgrammeLine(String programmeId, String name, int callCount, List<CallLine> calls) {

        ProgrammeLine limited(int limit) {
            return new ProgrammeLine(programmeId, name, callCount, first(calls, limit));
        }
    }

    /**
     * One secretariat (sub-units rolled up into it) and what it did and spent for the pact in the window. Money,
     * beneficiaries and municipalities add up all {@code activityCount} activities and {@code investmentCount}
     * investments; the lists may hold only the first of them (by date), and {@code moreActivities} /
     * {@code moreInvestments} then give the URL of the whole list, page by page.
     */
    public record DependencySection(String dependency, String name, int directGoals, int indirectGoals,
                                    int activityCount, List<ActivityLine> activities, List<ProgrammeLine> programmes,
                                    int investmentCount, List<InvestmentLine> investments, long committed, long executed,
                                    List<Beneficiaries> beneficiaries, List<String> municipalities,
                                    String moreActivities, String moreInvestments) {

        @JsonProperty("financialExecution")
        public BigDecimal financialExecution() {
            return FinancialExecution.of(executed, committed);
        }

        DependencySection limited(int limit, ReportLists.Links links) {
            return new DependencySection(dependency, name, directGoals, indirectGoals, activityCount, first(activities, limit),
                    programmes.stream().map(p -> p.limited(limit)).toList(), investmentCount, first(investments, limit), committed,
                    executed, beneficiaries, municipalities,
                    activities.size() > limit ? links.activities(ReportLists.Scope.PACT, dependency) : null,
                    investments.size() > limit ? links.investments(ReportLists.Scope.PACT, dependency) : null);
        }
    }

    /** What a secretariat did for all pacts of the plan at once (e.g. the ValleINN fund) in the window; lists as in a dependency section. */
    public record AllPactsSection(String dependency, String name, int activityCount, List<ActivityLine> activities,
                                  List<ProgrammeLine> programmes, int investmentCount, List<InvestmentLine> investments,
                                  long committed, long executed, long ventures, long jobs, String moreActivities,
                                  String moreInvestments) {

        @JsonProperty("financialExecution")
        public BigDecimal financialExecution() {
            return FinancialExecution.of(executed, committed);
        }

        AllPactsSection limited(int limit, ReportLists.Links links) {
            return new AllPactsSection(dependency, name, activityCount, first(activities, limit),
                    programmes.stream().map(p -> p.limited(limit)).toList(), investmentCount, first(investments, limit), committed,
                    executed, ventures, jobs,
                    activities.size() > limit ? links.activities(ReportLists.Scope.ALL_PACTS, dependency) : null,
                    investments.size() > limit ? links.investments(ReportLists.Scope.ALL_PACTS, dependency) : null);
        }
    }

    /**
     * The report as the API answers it: every figure, and at most {@code limit} lines in each list of activities,
     * investments and calls, so that an answer stays small however much a pact did; the whole lists are paged by
     * {@link ReportLists}.
     */
    public PactReport limited(int limit, ReportLists.Links links) {
        return new PactReport(pact, plan, period, from, to, asOf, directGoals, indirectGoals, timeline, goals,
                dependencies.stream().map(d -> d.limited(limit, links)).toList(),
                allPacts.stream().map(a -> a.limited(limit, links)).toList(), totals, formula, freshness, closures);
    }

    /** A rough size in bytes of the report held in memory, to bound what a cache keeps. */
    public long approximateBytes() {
        long lines = goals.size() + timeline.size();
        for (DependencySection d : dependencies) {
            lines += d.activities().size() * 3L + d.investments().size() + d.programmes().stream().mapToInt(p -> p.calls().size()).sum();
        }
        for (AllPactsSection a : allPacts) {
            lines += a.activities().size() * 3L + a.investments().size() + a.programmes().stream().mapToInt(p -> p.calls().size()).sum();
        }
        return 4_096 + lines * 400;
    }

    private static <T> List<T> first(List<T> lines, int limit) {
        return lines.size() <= limit ? lines : List.copyOf(lines.subList(0, limit));
    }

    /** Everything the report shows: the pact's own sections and the all-pacts sections. */
    public record Totals(long committed, long executed, long ventures, long jobs) {

        @JsonProperty("financialExecution")
        public BigDecimal financialExecution() {
            return FinancialExecution.of(executed, committed);
        }
    }

    /**
     * How complete the answer is: {@code watermark} is the recorded instant up to which the projection had applied every
     * event on the log; an {@code asOf} later than it may miss events still on their way, and {@code notice} says so.
     */
    public record Freshness(int projectionVersion, Instant watermark, boolean complete, String notice) {
    }

    /** Who recorded an event: the token's user, client and dependency (and that dependency's name), each null when unknown. */
    public record Recorder(String actor, String client, String dependency, String dependencyName) {
    }

    /**
     * A period of the plan closed for entry by Planeación: {@code period} as closed (a year or a cut-off), the dates it
     * closes, when and by whom, why, and the reopenings recorded since (those with {@code inForce} take writes again).
     */
    public record Closure(String period, LocalDate from, LocalDate to, Instant closedAt, Recorder closedBy, String reason,
                          String eventId, List<Reopening> reopenings) {
    }

    /**
     * A reopening of a closed period: in force at the report's instant if it is the latest reopening of its closure (a
     * later one replaces it) and its {@code until} had not passed.
     */
    public record Reopening(String reopeningId, Instant reopenedAt, Recorder reopenedBy, String reason, Instant until,
                            boolean inForce) {
    }
}
