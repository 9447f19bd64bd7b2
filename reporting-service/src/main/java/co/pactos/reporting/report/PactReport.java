package co.pactos.reporting.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A pact's report for a period, as the report API answers it. Progress in percent, one decimal. */
public record PactReport(
        Pact pact,
        String period,
        Instant asOf,
        GoalGroup directGoals,
        GoalGroup indirectGoals,
        List<GoalLine> goals,
        List<DependencySection> dependencies,
        List<InvestmentLine> allPacts,
        Totals totals,
        String formula) {

    public record Pact(String pactId, String planId, String name, String description) {
    }

    public record GoalGroup(int count, BigDecimal meanProgress) {
    }

    public record GoalLine(String goalId, String code, String statement, String link, String dependency, String accumulation,
                           BigDecimal target, BigDecimal achieved, BigDecimal progress, BigDecimal rawProgress) {
    }

    public record DependencySection(String dependency, String name, List<Object> activities, List<InvestmentLine> investments,
                                    long committed, long executed, List<Object> beneficiaries, List<String> municipalities) {
    }

    public record InvestmentLine(String investmentId, String dependency, long amount, int fiscalYear, String activityId, String callId) {
    }

    public record Totals(long committed, long executed, long ventures, long jobs) {
    }
}
