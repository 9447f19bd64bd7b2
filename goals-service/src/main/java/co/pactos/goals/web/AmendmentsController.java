package co.pactos.goals.web;

import static co.pactos.kit.web.Decimals.normalize;
import static co.pactos.kit.web.Ids.check;

import co.pactos.events.goals.Beneficiaries;
import co.pactos.events.goals.LinkType;
import co.pactos.goals.activity.CorrectActivityCommand;
import co.pactos.goals.goal.AmendGoalCommand;
import co.pactos.goals.goal.ChangeGoalLinkCommand;
import co.pactos.goals.goal.ReviseAnnualTargetCommand;
import co.pactos.goals.view.Paths;
import co.pactos.goals.web.AmendmentRequests.AmendmentRequest;
import co.pactos.goals.web.AmendmentRequests.CorrectionRequest;
import co.pactos.goals.web.AmendmentRequests.LinkChangeRequest;
import co.pactos.goals.web.AmendmentRequests.RevisionRequest;
import co.pactos.goals.web.GoalsViews.AmendmentView;
import co.pactos.goals.web.GoalsViews.CorrectionView;
import co.pactos.goals.web.GoalsViews.LinkChangeView;
import co.pactos.goals.web.GoalsViews.RevisionView;
import co.pactos.kit.security.WritePolicy;
import co.pactos.kit.web.ApiDocs;
import co.pactos.kit.web.Caller;
import co.pactos.kit.web.CommandWriter;
import co.pactos.kit.web.InvalidInput;
import co.pactos.kit.web.ProblemAnswers;
import co.pactos.kit.web.ResourceViews;
import co.pactos.kit.web.WriteResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Changes to what was declared or recorded, each a new event with a reason: goal amendments, target revisions, link changes, activity corrections. */
@RestController
public class AmendmentsController {

    private static final String WITH_REASON = " Recorded as a new event with its reason (and legal act); nothing earlier is overwritten.";

    private final CommandWriter writer;
    private final ResourceViews views;
    private final WritePolicy policy;

    public AmendmentsController(CommandWriter writer, ResourceViews views, WritePolicy policy) {
        this.writer = writer;
        this.views = views;
        this.policy = policy;
    }

    @Operation(operationId = "putGoalAmendment", tags = "goals", summary = "Amend a goal",
            description = "Amends the goal's statement, indicator, unit, baseline, four-year target or coordinating dependency: only the"
                    + " fields that change are sent, at least one must differ from the goal's current value. From then on the goal"
                    + " reads as amended (GET of the goal); closed periods do not refuse amendments (they are legal acts)." + WITH_REASON
                    + ApiDocs.PLANNING_ONLY + ApiDocs.IDEMPOTENT)
    @ProblemAnswers({400, 401, 403, 404, 406, 409, 413, 415, 422, 503})
    @PutMapping("/api/goals/{goalId}/amendments/{amendmentId}")
    public ResponseEntity<WriteResponse<AmendmentView>> putAmendment(@PathVariable String goalId, @PathVariable String amendmentId,
                                                                     @Valid @RequestBody AmendmentRequest body) {
        policy.requirePlanning("amends goal " + check("goalId", goalId));
        return writer.put(Paths.amendment(goalId, check("amendmentId", amendmentId)),
                new AmendGoalCommand(goalId, amendmentId, body.reason(), legalAct(body.legalAct()), body.statement(), body.indicator(), body.unit(),
                        normalize(body.baseline()), normalize(body.target()), body.dependency()),
                Caller.of(body.source()), AmendmentView.class);
    }

    @Operation(operationId = "getGoalAmendment", tags = "goals", summary = "Read an amendment of a goal",
            description = "The amendment as recorded: the fields it changed, why, the legal act, when and by whom.")
    @GetMapping("/api/goals/{goalId}/amendments/{amendmentId}")
    public AmendmentView getAmendment(@PathVariable String goalId, @PathVariable String amendmentId) {
        return views.get(Paths.amendment(goalId, amendmentId), AmendmentView.class);
    }

    @Operation(operationId = "putTargetRevision", tags = "goals", summary = "Revise a goal's target for a year",
            description = "Replaces the programmed value of a year that has one (a year not programmed gets its first value by PUT"
                    + " .../targets/{year}); the value must differ from the one in force. Refused (409) while a closed period overlaps"
                    + " the year." + WITH_REASON + ApiDocs.PLANNING_ONLY + ApiDocs.IDEMPOTENT)
    @ProblemAnswers({400, 401, 403, 404, 406, 409, 413, 415, 422, 503})
    @PutMapping("/api/goals/{goalId}/targets/{year}/revisions/{revisionId}")
    public ResponseEntity<WriteResponse<RevisionView>> putRevision(@PathVariable String goalId, @Parameter(description = "The fiscal year",
            schema = @Schema(type = "integer", format = "int32", minimum = "1900", maximum = "2200", example = "2022")) @PathVariable int year,
                                                                   @PathVariable String revisionId, @Valid @RequestBody RevisionRequest body) {
        policy.requirePlanning("revises a target of goal " + check("goalId", goalId));
        if (year < 1900 || year > 2200) {
            throw new InvalidInput("year", "must be a four-digit year");
        }
        return writer.put(Paths.targetRevision(goalId, year, check("revisionId", revisionId)),
                new ReviseAnnualTargetCommand(goalId, year, revisionId, normalize(body.value()), body.reason(), legalAct(body.legalAct())),
                Caller.of(body.source()), RevisionView.class);
    }

    @Operation(operationId = "getTargetRevision", tags = "goals", summary = "Read a revision of a goal's target",
            description = "The revision as recorded: the value it set, why, the legal act, when and by whom.")
    @GetMapping("/api/goals/{goalId}/targets/{year}/revisions/{revisionId}")
    public RevisionView getRevision(@PathVariable String goalId, @Parameter(description = "The fiscal year",
            schema = @Schema(type = "integer", format = "int32", minimum = "1900", maximum = "2200", example = "2022")) @PathVariable int year,
                                    @PathVariable String revisionId) {
        return views.get(Paths.targetRevision(goalId, year, revisionId), RevisionView.class);
    }

    @Operation(operationId = "putGoalLinkChange", tags = "goals", summary = "Change or end a goal's link to a pact",
            description = "Sets how the goal serves the pact from now on: DIRECT, INDIRECT, or NONE to end the link (a link ended may be"
                    + " set again by a later change; a goal not linked yet may be linked this way). A change to the link already in"
                    + " force is refused (422)." + WITH_REASON + ApiDocs.PLANNING_ONLY + ApiDocs.IDEMPOTENT)
    @ProblemAnswers({400, 401, 403, 404, 406, 409, 413, 415, 422, 503})
    @PutMapping("/api/goals/{goalId}/pacts/{pactId}/changes/{changeId}")
    public ResponseEntity<WriteResponse<LinkChangeView>> putLinkChange(@PathVariable String goalId, @PathVariable String pactId,
                                                                       @PathVariable String changeId, @Valid @RequestBody LinkChangeRequest body) {
        policy.requirePlanning("changes the link of goal " + check("goalId", goalId) + " to a pact");
        LinkType link = switch (body.link()) {
            case DIRECT -> LinkType.DIRECT;
            case INDIRECT -> LinkType.INDIRECT;
            case NONE -> null;
        };
        return writer.put(Paths.linkChange(goalId, check("pactId", pactId), check("changeId", changeId)),
                new ChangeGoalLinkCommand(goalId, pactId, changeId, link, body.reason(), legalAct(body.legalAct())),
                Caller.of(body.source()), LinkChangeView.class);
    }

    @Operation(operationId = "getGoalLinkChange", tags = "goals", summary = "Read a change of a goal's link",
            description = "The change as recorded: the link it set (NONE: ended), why, the legal act, when and by whom.")
    @GetMapping("/api/goals/{goalId}/pacts/{pactId}/changes/{changeId}")
    public LinkChangeView getLinkChange(@PathVariable String goalId, @PathVariable String pactId, @PathVariable String changeId) {
        return views.get(Paths.linkChange(goalId, pactId, changeId), LinkChangeView.class);
    }

    @Operation(operationId = "putActivityCorrection", tags = "activities", summary = "Correct an activity",
            description = "Corrects what was recorded of the activity (title, description, dates, beneficiaries, municipalities, topics):"
                    + " only the fields that change, a list replacing the whole list. Refused (409) when the activity's start date, as"
                    + " recorded or as corrected, falls in a closed period." + WITH_REASON + ApiDocs.FOR_DEPENDENCY
                    + " The dependency is the one that recorded the activity." + ApiDocs.IDEMPOTENT)
    @ProblemAnswers({400, 401, 403, 404, 406, 409, 413, 415, 422, 503})
    @PutMapping("/api/activities/{activityId}/corrections/{correctionId}")
    public ResponseEntity<WriteResponse<CorrectionView>> putCorrection(@PathVariable String activityId, @PathVariable String correctionId,
                                                                       @Valid @RequestBody CorrectionRequest body) {
        String dependency = policy.requireWriteFor(
                views.dependencyOf(Paths.activity(check("activityId", activityId))),
                "corrects activity " + activityId);
        List<Beneficiaries> beneficiaries = body.beneficiaries() == null ? null : body.beneficiaries().stream()
                .map(b -> new Beneficiaries(b.group(), b.count()))
                .toList();
        return writer.put(Paths.correction(activityId, check("correctionId", correctionId)),
                new CorrectActivityCommand(activityId, correctionId, body.reason(), body.title(), body.description(), body.startDate(),
                        body.endDate(), beneficiaries, body.municipalities(), body.topics()),
                Caller.writingFor(dependency, body.source()), CorrectionView.class);
    }

    @Operation(operationId = "getActivityCorrection", tags = "activities", summary = "Read a correction of an activity",
            description = "The correction as recorded: the fields it changed (startDate and endDate: the activity's after it), why,"
                    + " when and by whom.")
    @GetMapping("/api/activities/{activityId}/corrections/{correctionId}")
    public CorrectionView getCorrection(@PathVariable String activityId, @PathVariable String correctionId) {
        return views.get(Paths.correction(activityId, correctionId), CorrectionView.class);
    }

    /** A blank legal act is no legal act. */
    private static String legalAct(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
