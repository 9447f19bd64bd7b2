package co.pactos.goals.web;

import co.pactos.events.goals.Accumulation;
import co.pactos.events.goals.GoalKind;
import co.pactos.events.goals.LinkType;
import co.pactos.kit.web.Ids;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The bodies of goals-service's PUTs, as API.md defines them; {@code source} names the posting system. */
final class GoalsRequests {

    private GoalsRequests() {
    }

    record PlanRequest(
            @NotBlank @Size(max = 300) String name,
            @NotBlank @Pattern(regexp = "\\d{2}(\\d{3})?", message = "must be a DANE code of 2 (department) or 5 (municipality) digits") String territoryCode,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            String source) {
    }

    record DependencyRequest(
            @NotBlank @Size(max = 300) String name,
            @Pattern(regexp = Ids.PATTERN, message = "must be a dependency code like SDSP") String parentCode,
            String source) {
    }

    record PactRequest(
            @NotBlank @Pattern(regexp = Ids.PATTERN, message = "must be a plan id") String planId,
            @NotBlank @Size(max = 500) String name,
            @Size(max = 5000) String description,
            String source) {
    }

    record GoalRequest(
            @NotBlank @Pattern(regexp = Ids.PATTERN, message = "must be a plan id") String planId,
            @NotBlank @Size(max = 64) String code,
            @NotBlank @Size(max = 2000) String statement,
            @NotBlank @Size(max = 1000) String indicator,
            @NotBlank @Size(max = 100) String unit,
            @NotNull GoalKind kind,
            @NotNull Accumulation accumulation,
            @NotNull BigDecimal baseline,
            @NotNull BigDecimal target,
            @NotBlank @Pattern(regexp = Ids.PATTERN, message = "must be a dependency code") String dependency,
            String source) {
    }

    record LinkRequest(@NotNull LinkType link, String source) {
    }

    record TargetRequest(@NotNull BigDecimal value, String source) {
    }

    record ProgressRequest(
            @NotNull LocalDate effectiveDate,
            @NotNull BigDecimal value,
            @Size(max = 2000) String note,
            @Pattern(regexp = Ids.PATTERN, message = "must be the id of the report this one corrects") String corrects,
            @Size(max = 2000) String reason,
            String source) {
    }

    /**
     * Required fields and formats only; what the domain decides (known references, one plan, dates in
     * order, groups named, counts positive, known municipalities, topics not blank) answers 422.
     */
    record ActivityRequest(
            @NotBlank @Pattern(regexp = Ids.PATTERN, message = "must be a dependency code") String dependency,
            @NotBlank @Size(max = 500) String title,
            @Size(max = 5000) String description,
            @NotNull LocalDate startDate,
            LocalDate endDate,
            @Size(max = 100) List<@NotNull @Pattern(regexp = Ids.PATTERN, message = "must be a pact id") String> pacts,
            Boolean allPacts,
            @Pattern(regexp = Ids.PATTERN, message = "must be a plan id") String planId,
            @Size(max = 1000) List<@NotNull @Pattern(regexp = Ids.PATTERN, message = "must be a goal id") String> goals,
            @Size(max = 100) List<@NotNull @Valid BeneficiariesRequest> beneficiaries,
            @Size(max = 1200) List<@NotNull @Pattern(regexp = "\\d{5}", message = "must be a 5-digit DIVIPOLA code") String> municipalities,
            @Size(max = 100) List<@NotNull @Size(max = 300) String> topics,
            String source) {
    }

    record BeneficiariesRequest(@Size(max = 300) String group, @NotNull Long count) {
    }
}
