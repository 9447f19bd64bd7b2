package co.pactos.goals.web;

import static co.pactos.goals.web.GoalsRequests.INDICATOR;
import static co.pactos.goals.web.GoalsRequests.SOURCE;
import static co.pactos.kit.web.Bounds.MAX_DESCRIPTION;
import static co.pactos.kit.web.Bounds.MAX_GROUPS;
import static co.pactos.kit.web.Bounds.MAX_INDICATOR;
import static co.pactos.kit.web.Bounds.MAX_MUNICIPALITIES;
import static co.pactos.kit.web.Bounds.MAX_NAME;
import static co.pactos.kit.web.Bounds.MAX_PARAGRAPH;
import static co.pactos.kit.web.Bounds.MAX_SOURCE;
import static co.pactos.kit.web.Bounds.MAX_TITLE;
import static co.pactos.kit.web.Bounds.MAX_TOPICS;
import static co.pactos.kit.web.Bounds.MIN_INDICATOR;

import co.pactos.goals.web.GoalsRequests.BeneficiariesRequest;
import co.pactos.goals.web.GoalsViews.LinkState;
import co.pactos.kit.web.Ids;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The bodies of the amendment, revision, link change, correction, closure and reopening PUTs, as API.md defines them. */
final class AmendmentRequests {

    static final String REASON = "Why: recorded with the event and shown in the resource's history";
    static final String LEGAL_ACT = "The ordinance or decree that decided it, with its number and date, as free text";

    private AmendmentRequests() {
    }

    @Schema(description = "An amendment of a goal: a reason, the legal act if any, and only the fields that change")
    record AmendmentRequest(
            @Schema(description = REASON, example = "Ordenanza de ajuste al plan") @NotBlank @Size(max = MAX_PARAGRAPH) String reason,
            @Schema(description = LEGAL_ACT, example = "Ordenanza 587 del 15 de diciembre de 2022") @Size(max = MAX_TITLE) String legalAct,
            @Schema(example = "Construir 2 plataformas dentro del SIGESI") @Size(min = 1, max = MAX_PARAGRAPH) String statement,
            @Schema(example = "Plataformas construidas") @Size(min = 1, max = 1000) String indicator,
            @Schema(example = "número") @Size(min = 1, max = 100) String unit,
            @Schema(description = INDICATOR, example = "0") @DecimalMin(MIN_INDICATOR) @DecimalMax(MAX_INDICATOR) BigDecimal baseline,
            @Schema(description = INDICATOR, example = "2") @DecimalMin(MIN_INDICATOR) @DecimalMax(MAX_INDICATOR) BigDecimal target,
            @Schema(description = "The coordinating dependency from now on", example = "SDSP")
            @Pattern(regexp = Ids.PATTERN, message = "must be a dependency code") String dependency,
            @Schema(description = SOURCE, example = "SIGESI") @Size(min = 1, max = MAX_SOURCE) String source) {
    }

    @Schema(description = "A revision of a goal's target for one fiscal year that has one")
    record RevisionRequest(
            @Schema(description = INDICATOR, example = "0.5") @NotNull @DecimalMin(MIN_INDICATOR) @DecimalMax(MAX_INDICATOR) BigDecimal value,
            @Schema(description = REASON, example = "Plan de acción 2022 ajustado") @NotBlank @Size(max = MAX_PARAGRAPH) String reason,
            @Schema(description = LEGAL_ACT, example = "Decreto 1-3-0456 del 2 de mayo de 2022") @Size(max = MAX_TITLE) String legalAct,
            @Schema(description = SOURCE, example = "SIGESI") @Size(min = 1, max = MAX_SOURCE) String source) {
    }

    @Schema(description = "A change of how a goal serves a pact: DIRECT, INDIRECT, or NONE to end the link")
    record LinkChangeRequest(
            @NotNull LinkState link,
            @Schema(description = REASON, example = "La meta pasa a aportar de forma indirecta") @NotBlank @Size(max = MAX_PARAGRAPH) String reason,
            @Schema(description = LEGAL_ACT, example = "Ordenanza 587 del 15 de diciembre de 2022") @Size(max = MAX_TITLE) String legalAct,
            @Schema(description = SOURCE, example = "SIGESI") @Size(min = 1, max = MAX_SOURCE) String source) {
    }

    /** Only the fields that change; a list replaces the whole list. What the domain decides answers 422. */
    @Schema(description = "A correction of an activity: a reason and only the fields that change (a list replaces the whole list)")
    record CorrectionRequest(
            @Schema(description = REASON, example = "El conteo de líderes se repitió en dos municipios") @NotBlank @Size(max = MAX_PARAGRAPH) String reason,
            @Schema(example = "Capacitación a organismos de acción comunal") @Size(min = 1, max = MAX_TITLE) String title,
            @Schema(example = "Talleres de legislación comunal en 42 municipios") @Size(max = MAX_DESCRIPTION) String description,
            @Schema(example = "2022-02-01") LocalDate startDate,
            @Schema(example = "2022-11-30") LocalDate endDate,
            @Size(max = MAX_GROUPS) List<@NotNull @Valid BeneficiariesRequest> beneficiaries,
            @Schema(description = "5-digit DIVIPOLA codes of the municipalities", example = "[\"76001\", \"76109\"]")
            @Size(max = MAX_MUNICIPALITIES) List<@NotNull @Pattern(regexp = "\\d{5}", message = "must be a 5-digit DIVIPOLA code") String> municipalities,
            @Schema(example = "[\"legislación comunal\"]") @Size(max = MAX_TOPICS) List<@NotNull @Size(max = MAX_NAME) String> topics,
            @Schema(description = SOURCE, example = "SIGESI") @Size(min = 1, max = MAX_SOURCE) String source) {
    }

    @Schema(description = "A closure of a period of a plan; the reason is optional")
    record ClosureRequest(
            @Schema(description = REASON, example = "Corte del informe semestral") @Size(max = MAX_PARAGRAPH) String reason,
            @Schema(description = SOURCE, example = "SIGESI") @Size(min = 1, max = MAX_SOURCE) String source) {
    }

    @Schema(description = "A reopening of a closed period, with why and, if given, when it closes again")
    record ReopeningRequest(
            @Schema(description = REASON, example = "SIGESI reporta tarde el avance de mayo") @NotBlank @Size(max = MAX_PARAGRAPH) String reason,
            @Schema(description = "When the period closes again by itself, in the future: a date (through the end of that day,"
                    + " America/Bogota) or an ISO-8601 instant with offset; absent: until it is closed anew",
                    example = "2022-07-31") @Size(max = 64) String until,
            @Schema(description = SOURCE, example = "SIGESI") @Size(min = 1, max = MAX_SOURCE) String source) {
    }
}
