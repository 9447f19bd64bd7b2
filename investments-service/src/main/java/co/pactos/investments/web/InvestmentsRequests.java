package co.pactos.investments.web;

import co.pactos.kit.web.Ids;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The bodies of investments-service's PUTs, as API.md defines them; {@code source} names the posting
 * system. Only the form is checked here (400); the domain's rules are the aggregates' (422).
 */
final class InvestmentsRequests {

    private InvestmentsRequests() {
    }

    record ProgrammeRequest(
            @NotBlank @Size(max = 300) String name,
            @NotBlank @Pattern(regexp = Ids.PATTERN, message = "must be a dependency code") String dependency,
            String source) {
    }

    record CallRequest(
            @NotBlank @Pattern(regexp = Ids.PATTERN, message = "must be a programme id") String programmeId,
            @NotBlank @Size(max = 500) String name,
            @Size(max = 5000) String description,
            @NotNull @Min(1900) @Max(2200) Integer fiscalYear,
            List<@NotNull @Pattern(regexp = "\\d{5}", message = "must be 5-digit DIVIPOLA codes") String> municipalities,
            String source) {
    }

    record CallResultRequest(@NotNull LocalDate date, @NotNull Long ventures, @NotNull Long jobs, String source) {
    }

    record InvestmentRequest(
            @NotBlank @Pattern(regexp = Ids.PATTERN, message = "must be a dependency code") String dependency,
            @NotNull Long amount,
            @NotNull @Min(1900) @Max(2200) Integer fiscalYear,
            @NotNull LocalDate date,
            @Pattern(regexp = Ids.PATTERN, message = "must be an activity id") String activityId,
            @Pattern(regexp = Ids.PATTERN, message = "must be a call id") String callId,
            List<@NotNull @Pattern(regexp = Ids.PATTERN, message = "must be goal ids") String> goals,
            List<@NotNull @Pattern(regexp = Ids.PATTERN, message = "must be pact ids") String> pacts,
            Boolean allPacts,
            @Pattern(regexp = Ids.PATTERN, message = "must be a plan id") String planId,
            @Size(max = 300) String fundingSource,
            String source) {
    }

    record ExecutionRequest(@NotNull LocalDate date, @NotNull Long amount, String source) {
    }

    /** {@code reason} is required by the aggregate (422 naming it), like every other rule of an adjustment. */
    record AdjustmentRequest(@NotNull LocalDate date, @NotNull Long amount, @Size(max = 2000) String reason, String source) {
    }
}
