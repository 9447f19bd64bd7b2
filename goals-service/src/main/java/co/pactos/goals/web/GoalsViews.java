package co.pactos.goals.web;

import co.pactos.events.goals.Accumulation;
import co.pactos.events.goals.GoalKind;
import co.pactos.events.goals.LinkType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * goals-service's resources as GET and PUT answer them: the stored view of each resource read into a
 * record, so that what the OpenAPI document describes is what is sent.
 */
final class GoalsViews {

    private GoalsViews() {
    }

    @Schema(description = "A development plan")
    record PlanView(String planId, String name, String territoryCode, LocalDate startDate, LocalDate endDate) {
    }

    @Schema(description = "A unit of government")
    record DependencyView(String code, String name, @Schema(description = "the unit it belongs to, if any") String parentCode) {
    }

    @Schema(description = "A pact of a plan")
    record PactView(String pactId, String planId, String name, String description) {
    }

    @Schema(description = "A goal of the plan, with the pacts it serves and its yearly targets")
    record GoalView(String goalId, String planId, String code, String statement, String indicator, String unit, GoalKind kind,
                    Accumulation accumulation, BigDecimal baseline, BigDecimal target, String dependency,
                    @Schema(description = "how the goal serves each pact, by pact id", example = "{\"accion-comunal\": \"DIRECT\"}")
                    Map<String, LinkType> pacts,
                    @Schema(description = "the programmed value of each fiscal year, by year", example = "{\"2022\": 0.25}")
                    Map<String, BigDecimal> targets) {
    }

    @Schema(description = "A goal's link to a pact")
    record LinkView(String goalId, String pactId, LinkType link) {
    }

    @Schema(description = "The programmed value of a goal for one fiscal year")
    record TargetView(String goalId, int year, BigDecimal value) {
    }

    @Schema(description = "A progress report of a goal; corrects names the report it replaces")
    record ProgressView(String goalId, String reportId, LocalDate effectiveDate, BigDecimal value, String note, String corrects,
                        String reason) {
    }

    @Schema(description = "An activity of a dependency")
    record ActivityView(String activityId,
                        @Schema(description = "the plan whose pacts it serves; null only for activities recorded before it was asked")
                        String planId,
                        String dependency, String title, String description, LocalDate startDate, LocalDate endDate,
                        List<String> pacts, boolean allPacts, List<String> goals, List<BeneficiariesView> beneficiaries,
                        List<String> municipalities, List<String> topics) {
    }

    @Schema(description = "How many people of one group an activity reached")
    record BeneficiariesView(String group, long count) {
    }
}
