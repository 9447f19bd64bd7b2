package co.pactos.bench;

import co.pactos.events.goals.ActivityRecordedEvent;
import co.pactos.events.goals.Beneficiaries;
import co.pactos.events.investments.InvestmentCommittedEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * The two events whose contract is about to change (revision 2 adds an optional {@code planId}, the
 * plan that "all pacts" belongs to): the benchmark builds them only here, so that the change is one
 * line per event at merge.
 */
final class ContractEvents {

    private ContractEvents() {
    }

    static ActivityRecordedEvent activity(String planId, String activityId, String dependency, String title, String description,
                                          LocalDate startDate, LocalDate endDate, List<String> pacts, boolean allPacts,
                                          List<String> goals, List<Beneficiaries> beneficiaries, List<String> municipalities,
                                          List<String> topics) {
        return new ActivityRecordedEvent(activityId, planId, dependency, title, description, startDate, endDate, pacts, allPacts, goals,
                beneficiaries, municipalities, topics);
    }

    static InvestmentCommittedEvent investment(String planId, String investmentId, String dependency, long amount, int fiscalYear,
                                               LocalDate date, String activityId, String callId, List<String> goals,
                                               List<String> pacts, boolean allPacts, String fundingSource) {
        return new InvestmentCommittedEvent(investmentId, planId, dependency, amount, fiscalYear, date, activityId, callId, goals, pacts,
                allPacts, fundingSource);
    }
}
