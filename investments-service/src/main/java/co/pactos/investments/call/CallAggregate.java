package co.pactos.investments.call;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import co.pactos.events.investments.CallOpenedEvent;
import co.pactos.events.investments.CallResultReportedEvent;
import co.pactos.investments.catalog.Catalog;
import co.pactos.investments.catalog.GoalsReferences;
import co.pactos.kit.axon.AxonStorageConfig;
import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.domain.RuleViolation;
import co.pactos.kit.domain.UnknownReference;
import co.pactos.kit.municipality.Municipalities;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/** A call (convocatoria) of a programme for a fiscal year, and the results reported for it, each written once under its id. */
// snapshots are this object as JSON (Axon's JacksonSerializer): its fields, not getters, are its state
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
@Revision("1")
@Aggregate(snapshotTriggerDefinition = AxonStorageConfig.SNAPSHOT_TRIGGER)
public class CallAggregate {

    @AggregateIdentifier
    private String callId;
    private CallOpenedEvent opening;
    private final Map<String, CallResultReportedEvent> results = new HashMap<>();

    protected CallAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(OpenCallCommand c, Catalog catalog, Municipalities municipalities) {
        CallOpenedEvent opened = new CallOpenedEvent(c.callId(), c.programmeId(), c.name(), c.description(), c.fiscalYear(),
                c.municipalities());
        if (opening != null) {
            if (!opening.equals(opened)) {
                throw ConflictingWrite.differentBody("call", callId);
            }
            return;
        }
        if (!catalog.programmeExists(c.programmeId())) {
            throw new UnknownReference("programmeId", "programme", c.programmeId());
        }
        municipalities.check("municipalities", opened.municipalities());
        apply(opened);
    }

    /**
     * Created if missing only to answer a result for a call that was never opened as a problem
     * naming {@code callId} (422) rather than Axon's "aggregate not found".
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReportCallResultCommand c, GoalsReferences goals) {
        if (opening == null) {
            throw new UnknownReference("callId", "call", c.callId());
        }
        CallResultReportedEvent reported = new CallResultReportedEvent(callId, c.resultId(), c.date(), c.ventures(), c.jobs());
        CallResultReportedEvent existing = results.get(c.resultId());
        if (existing != null) {
            if (!existing.equals(reported)) {
                throw ConflictingWrite.differentBody("call result", c.resultId());
            }
            return;
        }
        notNegative("ventures", c.ventures());
        notNegative("jobs", c.jobs());
        LocalDate fiscalYearStart = LocalDate.of(opening.fiscalYear(), 1, 1);
        if (c.date().isBefore(fiscalYearStart)) {
            throw new RuleViolation("date", "must not be before the call's fiscal year starts (" + fiscalYearStart + "), was " + c.date());
        }
        // a call belongs to a programme, not to a plan: every plan whose period holds the date
        goals.requireOpen("date", List.of(), c.date());
        apply(reported);
    }

    private static void notNegative(String field, long count) {
        if (count < 0) {
            throw new RuleViolation(field, "must not be negative, was " + count);
        }
    }

    @EventSourcingHandler
    void on(CallOpenedEvent event) {
        callId = event.callId();
        opening = event;
    }

    @EventSourcingHandler
    void on(CallResultReportedEvent event) {
        results.put(event.resultId(), event);
    }
}
