package co.pactos.reporting.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a goal's chart, drawn by the template as inline SVG (no script, no network): per period a hatched bar
 * for the target and a solid one for what was achieved, on one scale in the indicator's unit, each with its value
 * written above it ("NP" where the period had no target, "—" where nothing could be said).
 */
record GoalChart(int width, int height, List<TimelineChart.Grid> grid, List<TimelineChart.Group> groups, String description) {

    static final int TOP = 20;
    static final int PLOT_HEIGHT = 180;
    static final int LEFT = 64;
    static final int GROUP_WIDTH = 120;
    static final int BAR_WIDTH = 40;

    /** One period: its label, target and achieved value (null when there is none). */
    record Point(String label, BigDecimal target, BigDecimal achieved) {
    }

    static GoalChart of(List<Point> points, String unit) {
        BigDecimal top = points.stream().flatMap(p -> java.util.stream.Stream.of(p.target(), p.achieved()))
                .filter(v -> v != null && v.signum() > 0).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        List<TimelineChart.Grid> grid = new ArrayList<>();
        for (int step = 0; step <= 4; step++) {
            BigDecimal value = top.multiply(BigDecimal.valueOf(step)).divide(BigDecimal.valueOf(4), 6, java.math.RoundingMode.HALF_UP);
            grid.add(new TimelineChart.Grid(y(value, top), PageFormat.decimal(value.setScale(Math.min(2, Math.max(0, value.stripTrailingZeros().scale())),
                    java.math.RoundingMode.HALF_UP))));
        }
        List<TimelineChart.Group> groups = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            int x = LEFT + 10 + i * GROUP_WIDTH;
            groups.add(new TimelineChart.Group(point.label(), x + BAR_WIDTH, TOP + PLOT_HEIGHT + 18,
                    bar(x, point.target(), top, "NP"), bar(x + BAR_WIDTH + 4, point.achieved(), top, "—")));
            said.add(point.label() + ": meta " + (point.target() == null ? "no programada (NP)" : PageFormat.decimal(point.target()))
                    + ", logrado " + PageFormat.decimal(point.achieved()));
        }
        return new GoalChart(Math.max(360, LEFT + 20 + points.size() * GROUP_WIDTH), TOP + PLOT_HEIGHT + 32, grid, groups,
                "Meta programada frente a lo logrado por período" + (unit == null ? "" : ", en " + unit) + ". " + String.join("; ", said)
                        + ".");
    }

    private static TimelineChart.Bar bar(int x, BigDecimal value, BigDecimal top, String none) {
        int y = value == null ? y(BigDecimal.ZERO, top) : y(value, top);
        return new TimelineChart.Bar(x, y, TOP + PLOT_HEIGHT - y, BAR_WIDTH, value == null ? none : PageFormat.decimal(value),
                x + BAR_WIDTH / 2, y - 4);
    }

    private static int y(BigDecimal value, BigDecimal top) {
        double share = Math.max(0, Math.min(1, value.doubleValue() / top.doubleValue()));
        return TOP + (int) Math.round(PLOT_HEIGHT * (1 - share));
    }
}
