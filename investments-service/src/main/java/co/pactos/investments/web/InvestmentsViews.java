package co.pactos.investments.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * investments-service's resources as GET and PUT answer them: the stored view of each resource read
 * into a record, so that what the OpenAPI document describes is what is sent. Money is whole pesos.
 */
final class InvestmentsViews {

    private InvestmentsViews() {
    }

    @Schema(description = "A programme or fund run by a dependency")
    record ProgrammeView(String programmeId, String name, String dependency) {
    }

    @Schema(description = "A call of a programme; municipalities is empty when the call does not name them")
    record CallView(String callId, String programmeId, String name, String description, int fiscalYear, List<String> municipalities) {
    }

    @Schema(description = "What a call achieved, as reported on a date")
    record CallResultView(String callId, String resultId, LocalDate date, long ventures, long jobs) {
    }

    @Schema(description = "An investment: its commitment, with the money committed (amount plus adjustments) and executed so far")
    record InvestmentView(String investmentId,
                          @Schema(description = "the plan whose pacts it serves; null only for investments recorded before it was asked")
                          String planId,
                          String dependency, long amount, int fiscalYear, LocalDate date, String activityId, String callId,
                          List<String> goals, List<String> pacts, boolean allPacts, String fundingSource,
                          @Schema(description = "amount plus every adjustment") long committed,
                          @Schema(description = "the sum of the executions") long executed) {
    }

    @Schema(description = "An execution of an investment")
    record ExecutionView(String investmentId, String executionId, LocalDate date, long amount) {
    }

    @Schema(description = "An adjustment of an investment's committed money")
    record AdjustmentView(String investmentId, String adjustmentId, LocalDate date, long amount, String reason) {
    }
}
