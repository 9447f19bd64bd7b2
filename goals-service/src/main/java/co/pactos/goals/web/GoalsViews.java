package co.pactos.goals.web;

import co.pactos.events.goals.Accumulation;
import co.pactos.events.goals.GoalKind;
import co.pactos.events.goals.LinkType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
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
                    Map<String, BigDecimal> targets,
                    @Schema(description = "the amendments that made the goal what it is now, oldest first")
                    List<AmendmentNote> amendments) {

        GoalView {
            amendments = amendments == null ? List.of() : amendments;
        }
    }

    @Schema(description = "A goal's link to a pact: DIRECT, INDIRECT, or NONE once a change ended it")
    record LinkView(String goalId, String pactId, LinkState link,
                    @Schema(description = "the changes of the link, oldest first") List<LinkChangeNote> changes) {

        LinkView {
            changes = changes == null ? List.of() : changes;
        }
    }

    @Schema(description = "The programmed value of a goal for one fiscal year: the value in force and its revisions")
    record TargetView(String goalId, int year, @Schema(description = "the value in force (the last revision's, else the one set)")
                      BigDecimal value, @Schema(description = "the revisions of the value, oldest first") List<RevisionNote> revisions) {

        TargetView {
            revisions = revisions == null ? List.of() : revisions;
        }
    }

    /** How a goal serves a pact, as the API names it: NONE once the link has been ended. */
    enum LinkState { DIRECT, INDIRECT, NONE }

    @Schema(description = "An amendment of a goal in short: why, the legal act if any, when it was recorded")
    record AmendmentNote(String amendmentId, String reason,
                         @Schema(description = "the ordinance or decree (number and date), if any") String legalAct, Instant recordedAt) {
    }

    @Schema(description = "A revision of a year's target in short: the value it set, why, the legal act if any, when")
    record RevisionNote(String revisionId, BigDecimal value, String reason, String legalAct, Instant recordedAt) {
    }

    @Schema(description = "A change of a goal's link in short: the link it set, why, the legal act if any, when")
    record LinkChangeNote(String changeId, LinkState link, String reason, String legalAct, Instant recordedAt) {
    }

    @Schema(description = "A correction of an activity in short: why and when")
    record CorrectionNote(String correctionId, String reason, Instant recordedAt) {
    }

    @Schema(description = "Who recorded a write, from its bearer token")
    record ActorView(String client, String user, String dependency) {
    }

    @Schema(description = "An amendment of a goal: only the fields it changed are set")
    record AmendmentView(String goalId, String amendmentId, String reason, String legalAct, String statement, String indicator,
                         String unit, BigDecimal baseline, BigDecimal target, String dependency, Instant recordedAt,
                         ActorView recordedBy) {
    }

    @Schema(description = "A revision of a goal's target for one fiscal year")
    record RevisionView(String goalId, int year, String revisionId, BigDecimal value, String reason, String legalAct,
                        Instant recordedAt, ActorView recordedBy) {
    }

    @Schema(description = "A change of a goal's link to a pact; NONE ended it")
    record LinkChangeView(String goalId, String pactId, String changeId, LinkState link, String reason, String legalAct,
                          Instant recordedAt, ActorView recordedBy) {
    }

    @Schema(description = "A correction of an activity: only the fields it changed are set, but startDate and endDate are the"
            + " activity's dates after it")
    record CorrectionView(String activityId, String correctionId, String reason, String title, String description,
                          LocalDate startDate, LocalDate endDate, List<BeneficiariesView> beneficiaries,
                          List<String> municipalities, List<String> topics, Instant recordedAt, ActorView recordedBy) {
    }

    @Schema(description = "The reopening in force of a closed period (or the last one, once its deadline passed)")
    record ReopeningNote(String reopeningId, String reason,
                         @Schema(description = "when the period closes again by itself; null: until it is closed anew") Instant until,
                         Instant reopenedAt, ActorView reopenedBy) {
    }

    @Schema(description = "A period of a plan closed for entry, and whether it refuses writes now")
    record ClosureView(String planId, @Schema(example = "2022-06-30") String period,
                       @Schema(description = "the first date it closes") LocalDate from,
                       @Schema(description = "the last date it closes") LocalDate to,
                       String reason, Instant closedAt, ActorView closedBy,
                       @Schema(description = "the reopening after the last closing, if any") ReopeningNote reopening,
                       @Schema(description = "the ids of every reopening of this period, oldest first") List<String> reopenings,
                       @Schema(description = "true: writes valid in from..to are refused now (no reopening, or its deadline passed)")
                       Boolean closed) {

        ClosureView {
            // computed whenever it is read: a reopening's deadline passes without an event
            closed = reopening == null || (reopening.until() != null && !Instant.now().isBefore(reopening.until()));
        }
    }

    @Schema(description = "The periods of a plan that have been closed, by period")
    record ClosuresView(String planId, List<ClosureView> closures) {
    }

    @Schema(description = "A reopening of a closed period")
    record ReopeningView(String planId, String period, String reopeningId, LocalDate from, LocalDate to, String reason,
                         @Schema(description = "when the period closes again by itself; null: until it is closed anew") Instant until,
                         Instant recordedAt, ActorView recordedBy) {
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
                        List<String> municipalities, List<String> topics,
                        @Schema(description = "the corrections that made the activity what it is now, oldest first")
                        List<CorrectionNote> corrections) {

        ActivityView {
            corrections = corrections == null ? List.of() : corrections;
        }
    }

    @Schema(description = "How many people of one group an activity reached")
    record BeneficiariesView(String group, long count) {
    }
}
