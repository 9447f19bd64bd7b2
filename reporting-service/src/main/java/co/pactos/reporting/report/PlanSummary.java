package co.pactos.reporting.report;

import java.time.Instant;
import java.util.List;

/** Every pact of a plan for a period: its direct and indirect progress and the money committed and executed for it. */
public record PlanSummary(String planId, String period, Instant asOf, List<PactLine> pacts, PactReport.Freshness freshness) {

    /** One pact; {@code committed} and {@code executed} are the pact's own money, without what is for all pacts. */
    public record PactLine(String pactId, String name, PactReport.GoalGroup directGoals, PactReport.GoalGroup indirectGoals,
                           long committed, long executed) {

        @com.fasterxml.jackson.annotation.JsonProperty("financialExecution")
        public java.math.BigDecimal financialExecution() {
            return FinancialExecution.of(executed, committed);
        }
    }
}
