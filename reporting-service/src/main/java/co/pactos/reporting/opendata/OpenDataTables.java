package co.pactos.reporting.opendata;

import co.pactos.events.goals.Beneficiaries;
import co.pactos.reporting.dashboard.DataTable;
import co.pactos.reporting.progress.ReportPeriod;
import co.pactos.reporting.report.FinancialExecution;
import co.pactos.reporting.report.PactReport;
import co.pactos.reporting.report.PactReport.ActivityLine;
import co.pactos.reporting.report.PactReportQuery;
import co.pactos.reporting.report.PlanSummary;
import co.pactos.reporting.report.PlanInvestments;
import co.pactos.reporting.report.PlanSummaryQuery;
import co.pactos.reporting.report.ReportLists;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The rows of each open dataset, read through the report API's own queries so that a figure of a dataset is the figure
 * of the pact's report: the pacts of the plan from the plan summary, goals from each pact's report, activities from the
 * whole paged lists ({@link ReportLists}).
 */
@Component
class OpenDataTables {

    private final PlanSummaryQuery summaries;
    private final PactReportQuery reports;
    private final ReportLists lists;
    private final PlanInvestments investments;

    OpenDataTables(PlanSummaryQuery summaries, PactReportQuery reports, ReportLists lists, PlanInvestments investments) {
        this.summaries = summaries;
        this.reports = reports;
        this.lists = lists;
        this.investments = investments;
    }

    /** Every goal of every pact of the plan, for each year of the plan and for the whole plan. */
    DataTable goalProgress(String planId, LocalDate planStart, LocalDate planEnd, Instant asOf) {
        List<ReportPeriod> periods = new ArrayList<>();
        for (int year = planStart.getYear(); year <= planEnd.getYear(); year++) {
            periods.add(ReportPeriod.parse(Integer.toString(year)));
        }
        periods.add(ReportPeriod.parse("plan"));
        DataTable table = OpenDataset.GOAL_PROGRESS.table();
        for (PlanSummary.PactLine pact : pacts(planId, asOf)) {
            for (ReportPeriod period : periods) {
                PactReport report = reports.published(pact.pactId(), period, asOf);
                for (PactReport.GoalLine g : report.goals()) {
                    table.row(planId, pact.pactId(), report.pact().name(), report.period(), g.goalId(), g.code(), g.statement(),
                            g.link(), g.dependency(), g.dependencyName(), g.accumulation(), g.target(), g.achieved(), g.progress(),
                            g.rawProgress(), g.committed(), g.executed(), g.financialExecution());
                }
            }
        }
        return table;
    }

    /** Every activity of every section of every pact's report for the period, the whole lists. */
    DataTable activities(String planId, ReportPeriod period, Instant asOf) {
        DataTable table = OpenDataset.ACTIVITIES.table();
        for (PlanSummary.PactLine pact : pacts(planId, asOf)) {
            PactReport report = reports.published(pact.pactId(), period, asOf);
            for (PactReport.DependencySection section : report.dependencies()) {
                add(table, report, ReportLists.Scope.PACT, section.dependency(), section.name());
            }
            for (PactReport.AllPactsSection section : report.allPacts()) {
                add(table, report, ReportLists.Scope.ALL_PACTS, section.dependency(), section.name());
            }
        }
        return table;
    }

    /**
     * Every investment of every section of every pact's report for the period, the whole lists: read for the whole plan at
     * once ({@link PlanInvestments}), in the order of the pacts and of each report's sections.
     */
    DataTable investments(String planId, ReportPeriod period, Instant asOf) {
        DataTable table = OpenDataset.INVESTMENTS.table();
        List<String> pactIds = pacts(planId, asOf).stream().map(PlanSummary.PactLine::pactId).toList();
        investments.of(planId, pactIds, period, asOf).forEach((pactId, sections) -> {
            addInvestments(table, planId, pactId, period, ReportLists.Scope.PACT, sections.own());
            addInvestments(table, planId, pactId, period, ReportLists.Scope.ALL_PACTS, sections.allPacts());
        });
        return table;
    }

    /** Every call of every programme of every section of every pact's report for the period, with its results and money. */
    DataTable calls(String planId, ReportPeriod period, Instant asOf) {
        DataTable table = OpenDataset.CALLS.table();
        for (PlanSummary.PactLine pact : pacts(planId, asOf)) {
            // the whole report: the published one lists only the first calls of each programme
            PactReport report = reports.report(pact.pactId(), period, asOf);
            for (PactReport.DependencySection section : report.dependencies()) {
                addCalls(table, report, ReportLists.Scope.PACT, section.dependency(), section.name(), section.programmes());
            }
            for (PactReport.AllPactsSection section : report.allPacts()) {
                addCalls(table, report, ReportLists.Scope.ALL_PACTS, section.dependency(), section.name(), section.programmes());
            }
        }
        return table;
    }

    private static void addCalls(DataTable table, PactReport report, ReportLists.Scope scope, String section, String sectionName,
                                 List<PactReport.ProgrammeLine> programmes) {
        for (PactReport.ProgrammeLine programme : programmes) {
            for (PactReport.CallLine c : programme.calls()) {
                table.row(report.plan().planId(), report.pact().pactId(), report.period(), scope.toString(), section, sectionName,
                        programme.programmeId(), programme.name(), c.callId(), c.name(), c.fiscalYear(), String.join(";", c.municipalities()),
                        c.ventures(), c.jobs(), c.committed(), c.executed());
            }
        }
    }

    private static void addInvestments(DataTable table, String planId, String pactId, ReportPeriod period, ReportLists.Scope scope,
                                       List<PlanInvestments.Section> sections) {
        for (PlanInvestments.Section section : sections) {
            for (PactReport.InvestmentLine i : section.investments()) {
                table.row(planId, pactId, period.toString(), scope.toString(), section.dependency(), section.name(),
                        i.investmentId(), i.dependency(), i.fiscalYear(), i.date(), i.activityId(), i.callId(), i.fundingSource(),
                        String.join(";", i.goals()), i.committed(), i.executed(), FinancialExecution.of(i.executed(), i.committed()));
            }
        }
    }

    private List<PlanSummary.PactLine> pacts(String planId, Instant asOf) {
        return summaries.summary(planId, ReportPeriod.parse("plan"), asOf).pacts();
    }

    private void add(DataTable table, PactReport report, ReportLists.Scope scope, String section, String sectionName) {
        ReportPeriod period = ReportPeriod.parse(report.period());
        int offset = 0;
        ReportLists.Page<ActivityLine> page;
        do {
            page = lists.activities(report.pact().pactId(), period, report.asOf(), scope, section, offset, ReportLists.MAX_LIMIT);
            for (ActivityLine a : page.items()) {
                table.row(report.plan().planId(), report.pact().pactId(), report.period(), scope.toString(), section, sectionName,
                        a.activityId(), a.dependency(), a.dependencyName(), a.title(), a.description(), a.startDate(), a.endDate(),
                        a.beneficiaries().stream().mapToLong(Beneficiaries::count).sum(),
                        a.beneficiaries().stream().map(b -> b.group() + ": " + b.count()).collect(Collectors.joining("; ")),
                        String.join(";", a.municipalities()), a.coverage().municipalities(), a.coverage().districts(),
                        String.join("; ", a.topics()), a.committed(), a.executed());
            }
            offset += page.items().size();
        } while (page.next() != null);
    }
}
