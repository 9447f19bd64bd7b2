package co.pactos.investments.history;

import static co.pactos.kit.history.Patches.creating;

import co.pactos.events.PactosEvent;
import co.pactos.events.investments.CallOpenedEvent;
import co.pactos.events.investments.CallResultReportedEvent;
import co.pactos.events.investments.InvestmentAdjustedEvent;
import co.pactos.events.investments.InvestmentCommittedEvent;
import co.pactos.events.investments.InvestmentExecutedEvent;
import co.pactos.events.investments.ProgrammeDeclaredEvent;
import co.pactos.investments.view.Paths;
import co.pactos.kit.history.HistoryConfig;
import co.pactos.kit.history.HistoryFold;
import co.pactos.kit.history.HistoryResource;
import co.pactos.kit.history.HistoryResources;
import co.pactos.kit.history.Patch;
import co.pactos.kit.history.Patches;
import co.pactos.kit.web.ResourceViews;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Which resources of investments-service have a history and which events make it (API.md, "Both command services"). The
 * field names are those of each resource's GET answer: an investment's history shows each execution and adjustment as
 * {@code executions.<id>.*} and {@code adjustments.<id>.*}, and the running totals {@code executed} and {@code committed}
 * (amount plus adjustments) from the value before; a call's shows its results as {@code results.<id>.*}. A programme is
 * owned by its dependency, a call by its programme's, executions and adjustments by their investment's.
 */
@Configuration(proxyBeanMethods = false)
@Import(HistoryConfig.class)
public class InvestmentsHistory {

    @Bean
    public HistoryResources investmentsHistoryResources(ResourceViews views) {
        Function<Map<String, String>, Optional<String>> investmentOwner = v -> views.dependencyOf(Paths.investment(v.get("investmentId")));
        Function<Map<String, String>, Optional<String>> callOwner = v -> views.find(Paths.call(v.get("callId")))
                .map(call -> call.get("programmeId").asString())
                .flatMap(programmeId -> views.dependencyOf(Paths.programme(programmeId)));
        return new HistoryResources(List.of(
                new HistoryResource("/api/programmes/{programmeId}", "del programa", "programmeId", List.of(ProgrammeDeclaredEvent.class),
                        (e, v, fold) -> creating(e), HistoryResource.Shown.ALL,
                        v -> views.dependencyOf(Paths.programme(v.get("programmeId"))), "name"),
                new HistoryResource("/api/calls/{callId}", "de la convocatoria", "callId",
                        List.of(CallOpenedEvent.class, CallResultReportedEvent.class), InvestmentsHistory::call, HistoryResource.Shown.ALL,
                        callOwner, "name"),
                new HistoryResource("/api/calls/{callId}/results/{resultId}", "del resultado de la convocatoria", "callId",
                        List.of(CallResultReportedEvent.class),
                        (e, v, fold) -> e instanceof CallResultReportedEvent r && r.resultId().equals(v.get("resultId")) ? creating(r) : null,
                        HistoryResource.Shown.ALL, callOwner, null),
                new HistoryResource("/api/investments/{investmentId}", "de la inversión", "investmentId",
                        List.of(InvestmentCommittedEvent.class, InvestmentExecutedEvent.class, InvestmentAdjustedEvent.class),
                        InvestmentsHistory::investment, HistoryResource.Shown.ALL, investmentOwner, null),
                new HistoryResource("/api/investments/{investmentId}/executions/{executionId}", "de la ejecución", "investmentId",
                        List.of(InvestmentExecutedEvent.class),
                        (e, v, fold) -> e instanceof InvestmentExecutedEvent x && x.executionId().equals(v.get("executionId")) ? creating(x) : null,
                        HistoryResource.Shown.ALL, investmentOwner, null),
                new HistoryResource("/api/investments/{investmentId}/adjustments/{adjustmentId}", "del ajuste", "investmentId",
                        List.of(InvestmentAdjustedEvent.class),
                        (e, v, fold) -> e instanceof InvestmentAdjustedEvent a && a.adjustmentId().equals(v.get("adjustmentId"))
                                ? creating(a) : null,
                        HistoryResource.Shown.ALL, investmentOwner, null)));
    }

    private static Patch call(PactosEvent event, Map<String, String> v, HistoryFold fold) {
        if (event instanceof CallOpenedEvent e) {
            return creating(e);
        }
        if (event instanceof CallResultReportedEvent e) {
            return Patches.appended("results." + e.resultId(), e, "callId", "resultId");
        }
        return null;
    }

    /** The commitment as the GET answers it (committed = amount, executed = 0), then executions and adjustments with the totals. */
    private static Patch investment(PactosEvent event, Map<String, String> v, HistoryFold fold) {
        if (event instanceof InvestmentCommittedEvent e) {
            return creating(e).with("committed", Patches.value(e.amount())).with("executed", Patches.value(0L));
        }
        if (event instanceof InvestmentExecutedEvent e) {
            return Patches.appended("executions." + e.executionId(), e, "investmentId", "executionId")
                    .with("executed", Patches.value(fold.current("executed").asLong() + e.amount()));
        }
        if (event instanceof InvestmentAdjustedEvent e) {
            return Patches.appended("adjustments." + e.adjustmentId(), e, "investmentId", "adjustmentId")
                    .with("committed", Patches.value(fold.current("committed").asLong() + e.amount()));
        }
        return null;
    }
}
