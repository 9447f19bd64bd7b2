package co.pactos.investments.web;

import static co.pactos.kit.web.Bounds.MAX_COUNT;
import static co.pactos.kit.web.Bounds.MAX_DESCRIPTION;
import static co.pactos.kit.web.Bounds.MAX_GOALS;
import static co.pactos.kit.web.Bounds.MAX_MUNICIPALITIES;
import static co.pactos.kit.web.Bounds.MAX_NAME;
import static co.pactos.kit.web.Bounds.MAX_PACTS;
import static co.pactos.kit.web.Bounds.MAX_PARAGRAPH;
import static co.pactos.kit.web.Bounds.MAX_PESOS;
import static co.pactos.kit.web.Bounds.MAX_SOURCE;
import static co.pactos.kit.web.Bounds.MAX_TITLE;

import co.pactos.kit.web.Ids;
import io.swagger.v3.oas.annotations.media.Schema;
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
 * system. Only the form and each field's bound ({@link co.pactos.kit.web.Bounds}) are checked here
 * (400); the domain's rules are the aggregates' (422).
 */
final class InvestmentsRequests {

    static final String SOURCE = "The posting system, as the caller names it (recorded as the event's sourceSystem)";
    static final String PESOS = "Whole Colombian pesos (a JSON integer), at most 10^13 in size";

    private InvestmentsRequests() {
    }

    @Schema(description = "A programme or fund run by a dependency")
    record ProgrammeRequest(
            @Schema(example = "ValleINN") @NotBlank @Size(max = MAX_NAME) String name,
            @Schema(description = "The dependency that runs it", example = "SDEC")
            @NotBlank @Pattern(regexp = Ids.PATTERN, message = "must be a dependency code") String dependency,
            @Schema(description = SOURCE, example = "SDEC") @Size(min = 1, max = MAX_SOURCE) String source) {
    }

    @Schema(description = "A call (convocatoria) of a programme for a fiscal year")
    record CallRequest(
            @Schema(example = "valleinn-2022") @NotBlank @Pattern(regexp = Ids.PATTERN, message = "must be a programme id") String programmeId,
            @Schema(example = "ValleINN Comunas 2022") @NotBlank @Size(max = MAX_TITLE) String name,
            @Schema(example = "Capital semilla para emprendimientos comunales") @Size(max = MAX_DESCRIPTION) String description,
            @Schema(example = "2022") @NotNull @Min(1900) @Max(2200) Integer fiscalYear,
            @Schema(description = "5-digit DIVIPOLA codes of the municipalities it is open to", example = "[\"76001\"]")
            @Size(max = MAX_MUNICIPALITIES) List<@NotNull @Pattern(regexp = "\\d{5}", message = "must be 5-digit DIVIPOLA codes") String> municipalities,
            @Schema(description = SOURCE, example = "SDEC") @Size(min = 1, max = MAX_SOURCE) String source) {
    }

    @Schema(description = "What a call achieved, as reported on a date")
    record CallResultRequest(
            @Schema(example = "2022-12-31") @NotNull LocalDate date,
            @Schema(description = "Ventures (emprendimientos) benefited, at most 100 000 000", example = "1360") @NotNull @Max(MAX_COUNT) Long ventures,
            @Schema(description = "Jobs generated, at most 100 000 000", example = "5540") @NotNull @Max(MAX_COUNT) Long jobs,
            @Schema(description = SOURCE, example = "SDEC") @Size(min = 1, max = MAX_SOURCE) String source) {
    }

    @Schema(description = "Money committed in a fiscal year for an activity, a call, goals, pacts, or all pacts of a plan")
    record InvestmentRequest(
            @Schema(description = "The dependency that commits it", example = "SDSP")
            @NotBlank @Pattern(regexp = Ids.PATTERN, message = "must be a dependency code") String dependency,
            @Schema(description = PESOS, example = "150000000") @NotNull @Min(-MAX_PESOS) @Max(MAX_PESOS) Long amount,
            @Schema(example = "2022") @NotNull @Min(1900) @Max(2200) Integer fiscalYear,
            @Schema(example = "2022-03-01") @NotNull LocalDate date,
            @Schema(example = "taller-1") @Pattern(regexp = Ids.PATTERN, message = "must be an activity id") String activityId,
            @Schema(example = "valleinn-2022-comunas") @Pattern(regexp = Ids.PATTERN, message = "must be a call id") String callId,
            @Schema(example = "[\"meta-sigesi-accion-comunal\"]")
            @Size(max = MAX_GOALS) List<@NotNull @Pattern(regexp = Ids.PATTERN, message = "must be goal ids") String> goals,
            @Schema(example = "[\"accion-comunal\"]")
            @Size(max = MAX_PACTS) List<@NotNull @Pattern(regexp = Ids.PATTERN, message = "must be pact ids") String> pacts,
            @Schema(description = "true: it serves every pact of planId") Boolean allPacts,
            @Schema(description = "The plan whose pacts it serves; required with allPacts", example = "valle-invencible-2020-2023")
            @Pattern(regexp = Ids.PATTERN, message = "must be a plan id") String planId,
            @Schema(example = "recursos propios") @Size(max = MAX_NAME) String fundingSource,
            @Schema(description = SOURCE, example = "SIGESI") @Size(min = 1, max = MAX_SOURCE) String source) {
    }

    @Schema(description = "Part of an investment's committed money executed (obligated) on a date")
    record ExecutionRequest(
            @Schema(example = "2022-04-01") @NotNull LocalDate date,
            @Schema(description = PESOS, example = "50000000") @NotNull @Min(-MAX_PESOS) @Max(MAX_PESOS) Long amount,
            @Schema(description = SOURCE, example = "SIGESI") @Size(min = 1, max = MAX_SOURCE) String source) {
    }

    /** {@code reason} is required by the aggregate (422 naming it), like every other rule of an adjustment. */
    @Schema(description = "A change of an investment's committed money (negative for a reduction), for a reason")
    record AdjustmentRequest(
            @Schema(example = "2022-06-01") @NotNull LocalDate date,
            @Schema(description = PESOS + "; negative for a reduction", example = "-20000000") @NotNull @Min(-MAX_PESOS) @Max(MAX_PESOS) Long amount,
            @Schema(example = "recorte presupuestal") @Size(max = MAX_PARAGRAPH) String reason,
            @Schema(description = SOURCE, example = "SIGESI") @Size(min = 1, max = MAX_SOURCE) String source) {
    }
}
