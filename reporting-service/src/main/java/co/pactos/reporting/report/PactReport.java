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
 * from: the year for a year, the plan up to the date for a cut-off, the whole plan for {@code plan}.
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
        Freshness freshness) {

    /** The same report without its freshness: what two versions of the projection must agree on. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public PactReport withoutFreshness() {
        return new PactReport(pact, plan, period, from, to, asOf, directGoals, indirectGoals, timeline, goals, dependencies, allPacts,
                totals, formula, null);
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
     * the goal (directly or through an activity for it), executed over committed.
     */
    public record GoalLine(String goalId, String code, String statement, String link, String dependency, String dependencyName,
                           String accumulation, BigDecimal target, BigDecimal achieved, BigDecimal progress, BigDecimal rawProgress,
                           long committed, long executed) {

        @JsonProperty("financialExecution")
        public BigDecimal financialExecution() {
            return FinancialExecution.of(executed, committed);
        }
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

    public record ProgrammeLine(String programmeId, String name, List<CallLine> calls) {
    }

    /** One secretariat (sub-units rolled up into it) and what it did and spent for the pact in the window. */
    public record DependencySection(String dependency, String name, int directGoals, int indirectGoals,
                                    List<ActivityLine> activities, List<ProgrammeLine> programmes,
                                    List<InvestmentLine> investments, long committed, long executed,
                                    List<Beneficiaries> beneficiaries, List<String> municipalities) {

        @JsonProperty("financialExecution")
        public BigDecimal financialExecution() {
            return FinancialExecution.of(executed, committed);
        }
    }

    /** What a secretariat did for all pacts at once (e.g. the ValleINN fund) in the window. */
    public record AllPactsSection(String dependency, String name, List<ActivityLine> activities, List<ProgrammeLine> programmes,
                                  List<InvestmentLine> investments, long committed, long executed, long ventures, long jobs) {

        @JsonProperty("financialExecution")
        public BigDecimal financialExecution() {
            return FinancialExecution.of(executed, committed);
        }
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
}
