package co.pactos.goals.goal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import co.pactos.events.goals.AnnualTargetRevisedEvent;
import co.pactos.events.goals.AnnualTargetSetEvent;
import co.pactos.events.goals.GoalAmendedEvent;
import co.pactos.events.goals.GoalDeclaredEvent;
import co.pactos.events.goals.GoalLinkChangedEvent;
import co.pactos.events.goals.GoalLinkedToPactEvent;
import co.pactos.events.goals.LinkType;
import co.pactos.events.goals.ProgressReportedEvent;
import co.pactos.goals.Reasons;
import co.pactos.goals.catalog.Catalog;
import co.pactos.goals.catalog.PeriodClosedWrite;
import co.pactos.kit.axon.AxonStorageConfig;
import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.domain.RuleViolation;
import co.pactos.kit.domain.Rules;
import co.pactos.kit.domain.UnknownReference;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A goal of the plan with its links to pacts, its annual targets and its progress reports. Each
 * is written once under its id; a report is corrected by a new report that names it. Planeación
 * amends the goal, revises a year's target and changes a link by new events with a reason; targets and
 * progress valid in a closed period are refused (amendments are not: they are legal acts, valid always).
 */
// snapshots are this object as JSON (Axon's JacksonSerializer): its fields, not getters, are its state
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
// 2: amendments, revisions and link changes are part of the state; snapshots of revision 1 are passed over
@Revision("2")
@Aggregate(snapshotTriggerDefinition = AxonStorageConfig.SNAPSHOT_TRIGGER)
public class GoalAggregate {

    @AggregateIdentifier
    private String goalId;
    private GoalDeclaredEvent declaration;
    /** The goal as amended: the declaration with the amended fields in place. */
    private GoalDeclaredEvent current;
    private final Map<String, GoalAmendedEvent> amendments = new HashMap<>();
    /** Links as first declared (PUT .../pacts/{pactId}), to answer the same declaration again. */
    private final Map<String, LinkType> declaredLinks = new HashMap<>();
    /** Links in force: a change replaces one, NONE removes it. */
    private final Map<String, LinkType> links = new HashMap<>();
    private final Map<String, GoalLinkChangedEvent> linkChanges = new HashMap<>();
    /** Targets as first set (PUT .../targets/{year}), to answer the same target again. */
    private final Map<Integer, BigDecimal> setTargets = new HashMap<>();
    /** Targets in force: the last revision's value, else the one set. */
    private final Map<Integer, BigDecimal> targets = new HashMap<>();
    private final Map<String, AnnualTargetRevisedEvent> revisions = new HashMap<>();
    private final Map<String, ProgressReportedEvent> reports = new HashMap<>();

    protected GoalAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DeclareGoalCommand c, Catalog catalog) {
        GoalDeclaredEvent declared = new GoalDeclaredEvent(c.goalId(), c.planId(), c.code(), c.statement(), c.indicator(),
                c.unit(), c.kind(), c.accumulation(), c.baseline(), c.target(), c.dependency());
        if (declaration != null) {
            if (!declaration.equals(declared)) {
                throw ConflictingWrite.differentBody("goal", goalId);
            }
            return;
        }
        if (catalog.plan(c.planId()).isEmpty()) {
            throw new UnknownReference("planId", "plan", c.planId());
        }
        if (!catalog.dependencyExists(c.dependency())) {
            throw new UnknownReference("dependency", "dependency", c.dependency());
        }
        Rules.notNegative("baseline", c.baseline());
        Rules.notNegative("target", c.target());
        apply(declared);
    }

    @CommandHandler
    public void handle(LinkGoalToPactCommand c, Catalog catalog) {
        LinkType existing = declaredLinks.get(c.pactId());
        if (existing != null) {
            if (existing != c.link()) {
                throw new ConflictingWrite("goal '" + goalId + "' already serves pact '" + c.pactId() + "' as " + existing
                        + "; a link is not changed in place: PUT a change under .../pacts/" + c.pactId() + "/changes/{changeId}");
            }
            return;
        }
        if (changed(c.pactId())) {
            throw new ConflictingWrite("the link of goal '" + goalId + "' to pact '" + c.pactId() + "' has been set by changes"
                    + " (now " + (links.containsKey(c.pactId()) ? links.get(c.pactId()) : "NONE") + "); PUT a new change instead");
        }
        String pactPlan = catalog.planOfPact(c.pactId())
                .orElseThrow(() -> new UnknownReference("pactId", "pact", c.pactId()));
        if (!pactPlan.equals(declaration.planId())) {
            throw new RuleViolation("pactId", "pact '" + c.pactId() + "' belongs to plan '" + pactPlan
                    + "', and goal '" + goalId + "' to plan '" + declaration.planId() + "'");
        }
        apply(new GoalLinkedToPactEvent(goalId, c.pactId(), c.link()));
    }

    @CommandHandler
    public void handle(SetAnnualTargetCommand c, Catalog catalog) {
        BigDecimal existing = setTargets.get(c.year());
        if (existing != null) {
            if (existing.compareTo(c.value()) != 0) {
                throw new ConflictingWrite("the " + c.year() + " target of goal '" + goalId + "' is already "
                        + existing.toPlainString() + "; it is not changed in place");
            }
            return;
        }
        Catalog.PlanPeriod period = catalog.plan(declaration.planId())
                .orElseThrow(() -> new UnknownReference("planId", "plan", declaration.planId()));
        if (!period.containsYear(c.year())) {
            throw new RuleViolation("year", "must be a year of the plan (" + period.startDate().getYear() + " to "
                    + period.endDate().getYear() + "), was " + c.year());
        }
        Rules.notNegative("value", c.value());
        refuseIfClosed(LocalDate.of(c.year(), 1, 1), LocalDate.of(c.year(), 12, 31), catalog, "year", "the " + c.year() + " target");
        apply(new AnnualTargetSetEvent(goalId, c.year(), c.value()));
    }

    @CommandHandler
    public void handle(ReportProgressCommand c, Catalog catalog) {
        ProgressReportedEvent reported = new ProgressReportedEvent(goalId, c.reportId(), c.effectiveDate(), c.value(),
                c.note(), c.corrects(), c.reason());
        ProgressReportedEvent existing = reports.get(c.reportId());
        if (existing != null) {
            if (!sameReport(existing, reported)) {
                throw ConflictingWrite.differentBody("progress report", c.reportId());
            }
            return;
        }
        Catalog.PlanPeriod period = catalog.plan(declaration.planId())
                .orElseThrow(() -> new UnknownReference("planId", "plan", declaration.planId()));
        if (!period.contains(c.effectiveDate())) {
            throw new RuleViolation("effectiveDate", "must fall within the plan (" + period.startDate() + " to "
                    + period.endDate() + "), was " + c.effectiveDate());
        }
        Rules.notNegative("value", c.value());
        if (c.corrects() != null) {
            if (!reports.containsKey(c.corrects())) {
                throw new UnknownReference("corrects", "progress report of goal " + goalId, c.corrects());
            }
            if (c.reason() == null || c.reason().isBlank()) {
                throw new RuleViolation("reason", "a correction must say why it corrects report '" + c.corrects() + "'");
            }
        }
        refuseIfClosed(c.effectiveDate(), c.effectiveDate(), catalog, "effectiveDate", "a progress report dated " + c.effectiveDate());
        apply(reported);
    }

    @CommandHandler
    public void handle(AmendGoalCommand c, Catalog catalog) {
        GoalAmendedEvent amended = new GoalAmendedEvent(goalId, c.amendmentId(), c.reason(), c.legalAct(), c.statement(),
                c.indicator(), c.unit(), c.baseline(), c.target(), c.dependency());
        GoalAmendedEvent existing = amendments.get(c.amendmentId());
        if (existing != null) {
            if (!GoalAmendments.same(existing, amended)) {
                throw ConflictingWrite.differentBody("amendment", c.amendmentId());
            }
            return;
        }
        Reasons.require(c.reason(), "the goal is amended");
        if (!GoalAmendments.changesSomething(current, amended)) {
            throw new RuleViolation("body", "an amendment must change at least one of statement, indicator, unit, baseline, target"
                    + " or dependency to a value other than the goal's current one");
        }
        notBlankIfGiven("statement", c.statement());
        notBlankIfGiven("indicator", c.indicator());
        notBlankIfGiven("unit", c.unit());
        Rules.notNegative("baseline", c.baseline());
        Rules.notNegative("target", c.target());
        if (c.dependency() != null && !catalog.dependencyExists(c.dependency())) {
            throw new UnknownReference("dependency", "dependency", c.dependency());
        }
        apply(amended);
    }

    @CommandHandler
    public void handle(ReviseAnnualTargetCommand c, Catalog catalog) {
        AnnualTargetRevisedEvent revised = new AnnualTargetRevisedEvent(goalId, c.year(), c.revisionId(), c.value(), c.reason(),
                c.legalAct());
        AnnualTargetRevisedEvent existing = revisions.get(c.year() + "/" + c.revisionId());
        if (existing != null) {
            if (existing.value().compareTo(c.value()) != 0 || !Objects.equals(existing.reason(), c.reason())
                    || !Objects.equals(existing.legalAct(), c.legalAct())) {
                throw ConflictingWrite.differentBody("revision", c.revisionId());
            }
            return;
        }
        BigDecimal inForce = targets.get(c.year());
        if (inForce == null) {
            // a year not programmed (NP) is given its first value by PUT .../targets/{year}, not by a revision
            throw new RuleViolation("year", "goal '" + goalId + "' has no target for " + c.year() + " to revise; set it first"
                    + " (PUT /api/goals/" + goalId + "/targets/" + c.year() + ")");
        }
        Reasons.require(c.reason(), "the target is revised");
        Rules.notNegative("value", c.value());
        if (inForce.compareTo(c.value()) == 0) {
            throw new RuleViolation("value", "is already the " + c.year() + " target (" + inForce.toPlainString() + "); a revision"
                    + " must change it");
        }
        refuseIfClosed(LocalDate.of(c.year(), 1, 1), LocalDate.of(c.year(), 12, 31), catalog, "year", "the " + c.year() + " target");
        apply(revised);
    }

    @CommandHandler
    public void handle(ChangeGoalLinkCommand c, Catalog catalog) {
        GoalLinkChangedEvent changed = new GoalLinkChangedEvent(goalId, c.pactId(), c.changeId(), c.link(), c.reason(), c.legalAct());
        GoalLinkChangedEvent existing = linkChanges.get(c.pactId() + "/" + c.changeId());
        if (existing != null) {
            if (!existing.equals(changed)) {
                throw ConflictingWrite.differentBody("link change", c.changeId());
            }
            return;
        }
        Reasons.require(c.reason(), "the link is changed");
        String pactPlan = catalog.planOfPact(c.pactId())
                .orElseThrow(() -> new UnknownReference("pactId", "pact", c.pactId()));
        if (!pactPlan.equals(declaration.planId())) {
            throw new RuleViolation("pactId", "pact '" + c.pactId() + "' belongs to plan '" + pactPlan
                    + "', and goal '" + goalId + "' to plan '" + declaration.planId() + "'");
        }
        if (links.get(c.pactId()) == c.link()) {
            // nothing would change: refused rather than recorded as a change that changes nothing
            throw new RuleViolation("link", "goal '" + goalId + "' already serves pact '" + c.pactId() + "' as "
                    + (c.link() == null ? "NONE (no link)" : c.link()) + "; a change must change the link");
        }
        apply(changed);
    }

    private static void notBlankIfGiven(String field, String text) {
        if (text != null && text.isBlank()) {
            throw new RuleViolation(field, "must not be blank; leave it out to keep the goal's " + field);
        }
    }

    /** Whether a change has been recorded for the link to {@code pactId}. */
    private boolean changed(String pactId) {
        return linkChanges.values().stream().anyMatch(change -> change.pactId().equals(pactId));
    }

    private void refuseIfClosed(LocalDate from, LocalDate to, Catalog catalog, String field, String what) {
        Instant now = GenericEventMessage.clock.instant();
        PeriodClosedWrite.refuseIfClosed(catalog, declaration.planId(), from, to, now, field, what);
    }

    private static boolean sameReport(ProgressReportedEvent a, ProgressReportedEvent b) {
        return a.effectiveDate().equals(b.effectiveDate()) && a.value().compareTo(b.value()) == 0
                && Objects.equals(a.note(), b.note()) && Objects.equals(a.corrects(), b.corrects())
                && Objects.equals(a.reason(), b.reason());
    }

    @EventSourcingHandler
    void on(GoalDeclaredEvent event) {
        goalId = event.goalId();
        declaration = event;
        current = event;
    }

    @EventSourcingHandler
    void on(GoalAmendedEvent event) {
        amendments.put(event.amendmentId(), event);
        current = GoalAmendments.apply(current, event);
    }

    @EventSourcingHandler
    void on(GoalLinkedToPactEvent event) {
        declaredLinks.put(event.pactId(), event.link());
        links.put(event.pactId(), event.link());
    }

    @EventSourcingHandler
    void on(GoalLinkChangedEvent event) {
        linkChanges.put(event.pactId() + "/" + event.changeId(), event);
        if (event.ended()) {
            links.remove(event.pactId());
        } else {
            links.put(event.pactId(), event.link());
        }
    }

    @EventSourcingHandler
    void on(AnnualTargetSetEvent event) {
        setTargets.put(event.year(), event.value());
        targets.put(event.year(), event.value());
    }

    @EventSourcingHandler
    void on(AnnualTargetRevisedEvent event) {
        revisions.put(event.year() + "/" + event.revisionId(), event);
        targets.put(event.year(), event.value());
    }

    @EventSourcingHandler
    void on(ProgressReportedEvent event) {
        reports.put(event.reportId(), event);
    }
}
