package co.pactos.reporting.dashboard;

import co.pactos.reporting.progress.ReportPeriod;
import co.pactos.reporting.report.PactReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the pact's progress timeline, drawn by the template as inline SVG (no script, no network): per
 * period a bar for the direct goals' mean and a hatched one for the indirect goals', 0..100 %, each with its value
 * written above it ("NP" where the period had no target).
 */
record TimelineChart(int width, int height, List<Grid> grid, List<Group> groups, String description) {

    static final int TOP = 20;
    static final int PLOT_HEIGHT = 180;
    static final int LEFT = 52;
    static final int GROUP_WIDTH = 120;
    static final int BAR_WIDTH = 40;

    record Grid(int y, String label) {
    }

    record Bar(int x, int y, int height, int width, String value, int labelX, int labelY) {
    }

    record Group(String label, int labelX, int labelY, Bar direct, Bar indirect) {
    }

    static TimelineChart of(List<PactReport.PeriodProgress> timeline, PactReport.Plan plan) {
        List<Grid> grid = new ArrayList<>();
        for (int p = 0; p <= 100; p += 25) {
            grid.add(new Grid(y(BigDecimal.valueOf(p)), p + " %"));
        }
        List<Group> groups = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (int i = 0; i < timeline.size(); i++) {
            PactReport.PeriodProgress period = timeline.get(i);
            int x = LEFT + 10 + i * GROUP_WIDTH;
            String label = label(period.period(), plan);
            groups.add(new Group(label, x + BAR_WIDTH, TOP + PLOT_HEIGHT + 18,
                    bar(x, period.directGoals().meanProgress()), bar(x + BAR_WIDTH + 4, period.indirectGoals().meanProgress())));
            said.add(label + ": directas " + PageFormat.percent(period.directGoals().meanProgress()) + ", indirectas "
                    + PageFormat.percent(period.indirectGoals().meanProgress()));
        }
        return new TimelineChart(Math.max(360, LEFT + 20 + timeline.size() * GROUP_WIDTH), TOP + PLOT_HEIGHT + 32, grid, groups,
                "Avance promedio por período. " + String.join("; ", said) + ".");
    }

    private static Bar bar(int x, BigDecimal progress) {
        int top = progress == null ? y(BigDecimal.ZERO) : y(progress);
        String value = progress == null ? "NP" : PageFormat.percent(progress);
        return new Bar(x, top, TOP + PLOT_HEIGHT - top, BAR_WIDTH, value, x + BAR_WIDTH / 2, top - 4);
    }

    private static int y(BigDecimal percent) {
        double clamped = Math.max(0, Math.min(100, percent.doubleValue()));
        return TOP + (int) Math.round(PLOT_HEIGHT * (100 - clamped) / 100);
    }

    private static String label(String period, PactReport.Plan plan) {
        ReportPeriod parsed = ReportPeriod.parse(period);
        return switch (parsed.kind()) {
            case YEAR -> period;
            case CUT_OFF -> "Corte " + String.format("%02d/%02d/%d", parsed.cutOff().getDayOfMonth(), parsed.cutOff().getMonthValue(),
                    parsed.cutOff().getYear());
            case PLAN -> "Plan " + plan.startDate().getYear() + "–" + plan.endDate().getYear();
        };
    }
}
