package co.pactos.goals.web;

import static co.pactos.kit.web.Bounds.MAX_COUNT;
import static co.pactos.kit.web.Bounds.MAX_DESCRIPTION;
import static co.pactos.kit.web.Bounds.MAX_GOALS;
import static co.pactos.kit.web.Bounds.MAX_GROUPS;
import static co.pactos.kit.web.Bounds.MAX_INDICATOR;
import static co.pactos.kit.web.Bounds.MAX_MUNICIPALITIES;
import static co.pactos.kit.web.Bounds.MAX_NAME;
import static co.pactos.kit.web.Bounds.MAX_PACTS;
import static co.pactos.kit.web.Bounds.MAX_PARAGRAPH;
import static co.pactos.kit.web.Bounds.MAX_SOURCE;
import static co.pactos.kit.web.Bounds.MAX_TITLE;
import static co.pactos.kit.web.Bounds.MAX_TOPICS;
import static co.pactos.kit.web.Bounds.MIN_INDICATOR;

import co.pactos.events.goals.Accumulation;
import co.pactos.events.goals.GoalKind;
import co.pactos.events.goals.LinkType;
import co.pactos.kit.web.Ids;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The bodies of goals-service's PUTs, as API.md defines them; {@code source} names the posting system.
 * Each field's bound is in {@link co.pactos.kit.web.Bounds}; a value beyond it is a 400 naming the field.
 */
final class GoalsRequests {

    static final String SOURCE = "The posting system, as the caller names it (recorded as the event's sourceSystem)";
    static final String INDICATOR = "A decimal JSON number below 10^14 in size with at most 6 decimal places";

    private GoalsRequests() {
    }

    @Schema(description = "A development plan: its name, territory (DANE code) and period")
    record PlanRequest(
            @Schema(example = "Valle Invencible 2020-2023") @NotBlank @Size(max = MAX_NAME) String name,
            @Schema(description = "DANE code of the department (2 digits) or municipality (5 digits)", example = "76")
            @NotBlank @Pattern(regexp = "\\d{2}(\\d{3})?", message = "must be a DANE code of 2 (department) or 5 (municipality) digits") String territoryCode,
            @Schema(example = "2020-01-01") @NotNull LocalDate startDate,
            @Schema(example = "2023-12-31") @NotNull LocalDate endDate,
            @Schema(description = SOURCE, example = "SIGESI") @Size(min = 1, max = MAX_SOURCE) String source) {
    }

    @Schema(description = "A unit of government; parentCode names the unit it belongs to")
    record DependencyRequest(
            @Schema(example = "Subdirección Técnica de Acción Comunal") @NotBlank @Size(max = MAX_NAME) String name,
            @Schema(example = "SDSP") @Pattern(regexp = Ids.PATTERN, message = "must be a dependency code like SDSP") String parentCode,
            @Schema(description = SOURCE, example = "SIGESI") @Size(min = 1, max = MAX_SOURCE) String source) {
    }

    @Schema(description = "A pact of a plan")
    record PactRequest(
            @Schema(example = "valle-invencible-2020-2023") @NotBlank @Pattern(regexp = Ids.PATTERN, message = "must be a plan id") String planId,
            @Schema(example = "Pacto por la acción comunal") @NotBlank @Size(max = MAX_TITLE) String name,
            @Schema(example = "Fortalecer los organismos de acción comunal del Valle") @Size(max = MAX_DESCRIPTION) String description,
            @Schema(description = SOURCE, example = "SIGESI") @Size(min = 1, max = MAX_SOURCE) String source) {
    }

    @Schema(description = "A goal of the plan with its indicator, baseline, four-year target and coordinating dependency")
    record GoalRequest(
            @Schema(example = "valle-invencible-2020-2023") @NotBlank @Pattern(regexp = Ids.PATTERN, message = "must be a plan id") String planId,
            @Schema(example = "MP-1.2.3") @NotBlank @Size(max = 64) String code,
            @Schema(example = "Construir 1 plataforma dentro del Sistema de Gestión Social Integral SIGESI")
            @NotBlank @Size(max = MAX_PARAGRAPH) String statement,
            @Schema(example = "Plataforma construida") @NotBlank @Size(max = 1000) String indicator,
            @Schema(example = "número") @NotBlank @Size(max = 100) String unit,
            @NotNull GoalKind kind,
            @NotNull Accumulation accumulation,
            @Schema(description = INDICATOR, example = "0") @NotNull @DecimalMin(MIN_INDICATOR) @DecimalMax(MAX_INDICATOR) BigDecimal baseline,
            @Schema(description = INDICATOR, example = "1") @NotNull @DecimalMin(MIN_INDICATOR) @DecimalMax(MAX_INDICATOR) BigDecimal target,
            @Schema(description = "The coordinating dependency", example = "SDSP")
            @NotBlank @Pattern(regexp = Ids.PATTERN, message = "must be a dependency code") String dependency,
            @Schema(description = SOURCE, example = "SIGESI") @Size(min = 1, max = MAX_SOURCE) String source) {
    }

    @Schema(description = "How a goal serves a pact")
    record LinkRequest(@NotNull LinkType link,
                       @Schema(description = SOURCE, example = "SIGESI") @Size(min = 1, max = MAX_SOURCE) String source) {
    }

    @Schema(description = "The programmed value of a goal for one fiscal year")
    record TargetRequest(
            @Schema(description = INDICATOR, example = "0.25") @NotNull @DecimalMin(MIN_INDICATOR) @DecimalMax(MAX_INDICATOR) BigDecimal value,
            @Schema(description = SOURCE, example = "SIGESI") @Size(min = 1, max = MAX_SOURCE) String source) {
    }

    @Schema(description = "The goal's indicator as measured on effectiveDate; a correction names the report it replaces (corrects) and why")
    record ProgressRequest(
            @Schema(example = "2022-06-30") @NotNull LocalDate effectiveDate,
            @Schema(description = INDICATOR, example = "0.1") @NotNull @DecimalMin(MIN_INDICATOR) @DecimalMax(MAX_INDICATOR) BigDecimal value,
            @Schema(example = "first module delivered") @Size(max = MAX_PARAGRAPH) String note,
            @Schema(description = "The id of the earlier report of the same goal that this one replaces", example = "avance-2022-06-30")
            @Pattern(regexp = Ids.PATTERN, message = "must be the id of the report this one corrects") String corrects,
            @Schema(description = "Why the earlier report is corrected (required with corrects)", example = "the first figure was a typing error")
            @Size(max = MAX_PARAGRAPH) String reason,
            @Schema(description = SOURCE, example = "SIGESI") @Size(min = 1, max = MAX_SOURCE) String source) {
    }

    /**
     * Required fields and formats only; what the domain decides (known references, one plan, dates in
     * order, groups named, counts positive, known municipalities, topics not blank) answers 422.
     */
    @Schema(description = "Something a dependency did: when, for whom, where, on which topics, and the pacts and goals it serves")
    record ActivityRequest(
            @Schema(description = "The dependency that did it", example = "SDSP")
            @NotBlank @Pattern(regexp = Ids.PATTERN, message = "must be a dependency code") String dependency,
            @Schema(example = "Capacitación a organismos de acción comunal") @NotBlank @Size(max = MAX_TITLE) String title,
            @Schema(example = "Talleres de legislación comunal en 42 municipios") @Size(max = MAX_DESCRIPTION) String description,
            @Schema(example = "2022-02-01") @NotNull LocalDate startDate,
            @Schema(description = "Absent while it goes on", example = "2022-11-30") LocalDate endDate,
            @Schema(example = "[\"accion-comunal\"]")
            @Size(max = MAX_PACTS) List<@NotNull @Pattern(regexp = Ids.PATTERN, message = "must be a pact id") String> pacts,
            @Schema(description = "true: it serves every pact of planId") Boolean allPacts,
            @Schema(description = "The plan whose pacts it serves; required with allPacts", example = "valle-invencible-2020-2023")
            @Pattern(regexp = Ids.PATTERN, message = "must be a plan id") String planId,
            @Schema(example = "[\"meta-sigesi-accion-comunal\"]")
            @Size(max = MAX_GOALS) List<@NotNull @Pattern(regexp = Ids.PATTERN, message = "must be a goal id") String> goals,
            @Size(max = MAX_GROUPS) List<@NotNull @Valid BeneficiariesRequest> beneficiaries,
            @Schema(description = "5-digit DIVIPOLA codes of the municipalities", example = "[\"76001\", \"76109\"]")
            @Size(max = MAX_MUNICIPALITIES) List<@NotNull @Pattern(regexp = "\\d{5}", message = "must be a 5-digit DIVIPOLA code") String> municipalities,
            @Schema(example = "[\"legislación comunal\"]") @Size(max = MAX_TOPICS) List<@NotNull @Size(max = MAX_NAME) String> topics,
            @Schema(description = SOURCE, example = "SIGESI") @Size(min = 1, max = MAX_SOURCE) String source) {
    }

    @Schema(description = "How many people of one group an activity reached")
    record BeneficiariesRequest(
            @Schema(example = "líderes y lideresas comunales") @Size(max = MAX_NAME) String group,
            @Schema(description = "At most 100 000 000", example = "23800") @NotNull @Max(MAX_COUNT) Long count) {
    }
}
