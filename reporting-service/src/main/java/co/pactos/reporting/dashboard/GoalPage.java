package co.pactos.reporting.dashboard;

import co.pactos.reporting.document.AmendmentWording;
import co.pactos.reporting.document.SpanishFormat;
import co.pactos.reporting.progress.GoalProgress;
import co.pactos.reporting.progress.ProgressCalculator;
import co.pactos.reporting.progress.ReportPeriod;
import co.pactos.reporting.report.FinancialExecution;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A goal's page: its declaration, target against achieved for each period up to the one asked (chart and table), its
 * progress reports and corrections, the pacts it serves and the money linked to it. Every figure is written here, in
 * Spanish, with the same formulas as the pact reports ({@link ProgressCalculator}); the template only lays them out.
 */
record GoalPage(String goalId, String code, String statement, String indicator, String unit, String kind, String accumulation,
                String baseline, String target, String dependencyName, String dependencyUrl, String planName, String planUrl,
                PageFrame frame, PeriodRow asked, List<PeriodRow> periods, GoalChart chart, List<ReportLine> reports,
                List<PactLink> pacts, MoneyBlock money, List<AmendmentLine> amendments) {

    record PeriodRow(String label, String target, String achieved, String progress, String rawProgress, Semaforo.Light light,
                     boolean current) {
    }

    record ReportLine(String reportId, String date, String value, String note, String recorded, String recordedBy, String corrects,
                      String reason, String status) {
    }

    record PactLink(String name, String url, String link) {
    }

    /** An amendment, target revision or link change: when, what it did (Spanish), who, the legal act and the reason. */
    record AmendmentLine(String recorded, String what, String who, String legalAct, String reason) {
    }

    record InvestmentLine(String investmentId, String dependency, String date, String purpose, String committed, String executed) {
    }

    record MoneyBlock(List<InvestmentLine> lines, String count, boolean cut, String committed, String executed, String financialExecution) {
    }

    static GoalPage of(GoalSheet sheet, PageQuery query, Semaforo semaforo, LocalDate today) {
        GoalSheet.Goal goal = sheet.goal();
        String parameters = query.parameters();
        ProgressCalculator.GoalFacts facts = new ProgressCalculator.GoalFacts(goal.accumulation(), goal.baseline(), goal.target(),
                sheet.targets(), sheet.reports().stream().map(r -> new ProgressCalculator.Report(r.reportId(), r.effectiveDate(),
                        r.recordedAt(), r.value(), r.corrects())).toList());
        List<PeriodRow> periods = new ArrayList<>();
        List<GoalChart.Point> points = new ArrayList<>();
        PeriodRow asked = null;
        for (ReportPeriod period : periods(query.period(), sheet.plan().startDate(), sheet.plan().endDate(), today)) {
            GoalProgress progress = ProgressCalculator.progress(facts, period, sheet.plan().startDate(), sheet.plan().endDate(), today);
            boolean clamped = progress.raw() != null && progress.clamped() != null && progress.raw().compareTo(progress.clamped()) != 0;
            boolean current = period.equals(query.period());
            String label = label(period, sheet);
            PeriodRow row = new PeriodRow(label, progress.target() == null ? "NP" : PageFormat.decimal(progress.target()),
                    PageFormat.decimal(progress.achieved()), PageFormat.percent(ProgressCalculator.shown(progress.clamped())),
                    clamped ? PageFormat.percent(ProgressCalculator.shown(progress.raw())) : null,
                    semaforo.of(ProgressCalculator.shown(progress.clamped())), current);
            periods.add(row);
            points.add(new GoalChart.Point(label, progress.target(), progress.achieved()));
            asked = current ? row : asked;
        }
        Map<String, String> correctedBy = sheet.reports().stream().filter(r -> r.corrects() != null)
                .collect(Collectors.toMap(GoalSheet.ReportRow::corrects, GoalSheet.ReportRow::reportId, (a, b) -> a));
        LocalDate end = query.period().end(sheet.plan().endDate());
        List<ReportLine> reports = sheet.reports().stream()
                .filter(r -> !r.effectiveDate().isAfter(end))
                .map(r -> new ReportLine(r.reportId(), SpanishFormat.date(r.effectiveDate()), PageFormat.decimal(r.value()),
                        blank(r.note()), PageFormat.instant(r.recordedAt()), blank(r.recordedBy()),
                        r.corrects() == null ? "—" : "Reemplaza a «" + r.corrects() + "»", blank(r.reason()),
                        correctedBy.containsKey(r.reportId()) ? "Reemplazado por «" + correctedBy.get(r.reportId()) + "»" : "Vigente"))
                .toList();
        List<PactLink> pacts = sheet.pacts().stream()
                .map(p -> new PactLink(p.name(), "/pactos/" + p.pactId() + "?" + parameters, PactPage.link(p.link()))).toList();
        GoalSheet.Money money = sheet.money();
        Function<GoalSheet.InvestmentRow, String> purpose = i -> i.activityTitle() != null ? "Actividad: " + i.activityTitle()
                : i.callName() != null ? "Convocatoria: " + i.callName() : "Directamente para la meta";
        MoneyBlock block = new MoneyBlock(money.lines().stream().map(i -> new InvestmentLine(i.investmentId(), i.dependency(),
                SpanishFormat.date(i.date()), purpose.apply(i), SpanishFormat.money(i.committed()), SpanishFormat.money(i.executed()))).toList(),
                SpanishFormat.number(money.count()), money.count() > money.lines().size(), SpanishFormat.money(money.committed()),
                SpanishFormat.money(money.executed()), PageFormat.percent(FinancialExecution.of(money.executed(), money.committed())));
        String planUrl = "/?planId=" + sheet.plan().planId() + "&" + parameters;
        return new GoalPage(goal.goalId(), goal.code(), goal.statement(), blank(goal.indicator()), blank(goal.unit()),
                "RESULT".equals(goal.kind()) ? "De resultado" : "De producto", PactPage.accumulation(goal.accumulation().name()),
                PageFormat.decimal(goal.baseline()), PageFormat.decimal(goal.target()),
                sheet.dependencyName() == null ? goal.dependency() : sheet.dependencyName(),
                "/dependencias/" + goal.dependency() + "?planId=" + sheet.plan().planId() + "&" + parameters, sheet.plan().name(), planUrl,
                PageFrame.of(query, sheet.plan().startDate(), sheet.plan().endDate(), sheet.freshness(), semaforo), asked, periods,
                GoalChart.of(points, goal.unit()), reports, pacts, block, sheet.amendments().stream()
                        .map(a -> new AmendmentLine(PageFormat.instant(a.recordedAt()), AmendmentWording.what(a),
                                AmendmentWording.who(a.recordedBy()), blank(a.legalAct()), blank(a.reason())))
                        .toList());
    }

    /**
     * Each year of the plan begun by {@code today} up to the period's end (the year of a cut-off as that cut-off), then the
     * whole plan when that is what was asked.
     */
    static List<ReportPeriod> periods(ReportPeriod asked, LocalDate planStart, LocalDate planEnd, LocalDate today) {
        LocalDate end = asked.end(planEnd);
        List<ReportPeriod> periods = new ArrayList<>();
        for (int year = planStart.getYear(); year <= end.getYear(); year++) {
            if (LocalDate.of(year, 1, 1).isAfter(today) && !(asked.kind() != ReportPeriod.Kind.PLAN && asked.year() == year)) {
                continue;
            }
            periods.add(asked.kind() == ReportPeriod.Kind.CUT_OFF && year == end.getYear() ? asked
                    : ReportPeriod.parse(Integer.toString(year)));
        }
        if (asked.kind() == ReportPeriod.Kind.PLAN) {
            periods.add(asked);
        }
        return periods;
    }

    private static String label(ReportPeriod period, GoalSheet sheet) {
        return switch (period.kind()) {
            case YEAR -> Integer.toString(period.year());
            case CUT_OFF -> "Corte " + SpanishFormat.date(period.cutOff());
            case PLAN -> "Plan " + sheet.plan().startDate().getYear() + "–" + sheet.plan().endDate().getYear();
        };
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
