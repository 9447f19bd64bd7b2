package co.pactos.goals.goal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import co.pactos.events.goals.AnnualTargetSetEvent;
import co.pactos.events.goals.GoalDeclaredEvent;
import co.pactos.events.goals.GoalLinkedToPactEvent;
import co.pactos.events.goals.LinkType;
import co.pactos.events.goals.ProgressReportedEvent;
import co.pactos.goals.catalog.Catalog;
import co.pactos.kit.axon.AxonStorageConfig;
import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.domain.RuleViolation;
import co.pactos.kit.domain.Rules;
import co.pactos.kit.domain.UnknownReference;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A goal of the plan with its links to pacts, its annual targets and its progress reports. Each
 * is written once under its id; a report is corrected by a new report that names it.
 */
// snapshots are this object as JSON (Axon's JacksonSerializer): its fields, not getters, are its state
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
@Revision("1")
@Aggregate(snapshotTriggerDefinition = AxonStorageConfig.SNAPSHOT_TRIGGER)
public class GoalAggregate {

    @AggregateIdentifier
    private String goalId;
    private GoalDeclaredEvent declaration;
    private final Map<String, LinkType> links = new HashMap<>();
    private final Map<Integer, BigDecimal> targets = new HashMap<>();
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
        LinkType existing = links.get(c.pactId());
        if (existing != null) {
            if (existing != c.link()) {
                throw new ConflictingWrite("goal '" + goalId + "' already serves pact '" + c.pactId() + "' as " + existing
                        + "; a link is not changed in place");
            }
            return;
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
        BigDecimal existing = targets.get(c.year());
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
        apply(reported);
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
    }

    @EventSourcingHandler
    void on(GoalLinkedToPactEvent event) {
        links.put(event.pactId(), event.link());
    }

    @EventSourcingHandler
    void on(AnnualTargetSetEvent event) {
        targets.put(event.year(), event.value());
    }

    @EventSourcingHandler
    void on(ProgressReportedEvent event) {
        reports.put(event.reportId(), event);
    }
}
