package co.pactos.reporting.progress;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.events.goals.Accumulation;
import co.pactos.reporting.progress.ProgressCalculator.GoalFacts;
import co.pactos.reporting.progress.ProgressCalculator.Report;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cases computed by hand from DOMAIN.md's formulas. Plan 2020-2023. */
class ProgressCalculatorTest {

    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final LocalDate END = LocalDate.of(2023, 12, 31);
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    private static Report report(String id, String date, String value) {
        return new Report(id, LocalDate.parse(date), Instant.parse("2024-01-01T00:00:00Z"), new BigDecimal(value), null);
    }

    private static GoalProgress progress(GoalFacts goal, String period) {
        return ProgressCalculator.progress(goal, ReportPeriod.parse(period), START, END, TODAY);
    }

    private static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }

    @Test
    void accumulated_year_is_achieved_over_the_year_target() {
        GoalFacts goal = new GoalFacts(Accumulation.ACCUMULATED, BigDecimal.ZERO, BigDecimal.valueOf(40),
                Map.of(2022, BigDecimal.TEN), List.of(report("r1", "2022-05-01", "4")));

        assertThat(progress(goal, "2022").clamped()).isEqualByComparingTo(pct("40.0"));
    }

    @Test
    void accumulated_plan_adds_the_years_over_the_four_year_target() {
        GoalFacts goal = new GoalFacts(Accumulation.ACCUMULATED, BigDecimal.ZERO, BigDecimal.valueOf(40),
                Map.of(2021, BigDecimal.TEN, 2022, BigDecimal.TEN),
                List.of(report("a", "2021-12-31", "10"), report("b", "2022-03-01", "2"), report("c", "2022-09-01", "6")));

        GoalProgress plan = progress(goal, "plan");

        assertThat(plan.achieved()).isEqualByComparingTo("16");
        assertThat(plan.clamped()).isEqualByComparingTo(pct("40.0"));
    }

    @Test
    void a_cut_off_counts_only_reports_dated_on_or_before_it() {
        GoalFacts goal = new GoalFacts(Accumulation.ACCUMULATED, BigDecimal.ZERO, BigDecimal.valueOf(40),
                Map.of(2022, BigDecimal.TEN), List.of(report("b", "2022-03-01", "2"), report("c", "2022-09-01", "6")));

        assertThat(progress(goal, "2022-06-30").clamped()).isEqualByComparingTo(pct("20.0"));
        assertThat(progress(goal, "2022").clamped()).isEqualByComparingTo(pct("60.0"));
    }

    @Test
    void a_year_without_target_is_left_out_not_zero() {
        GoalFacts goal = new GoalFacts(Accumulation.FLOW, BigDecimal.ZERO, BigDecimal.valueOf(100),
                Map.of(2020, BigDecimal.valueOf(100), 2022, BigDecimal.valueOf(100)),
                List.of(report("a", "2020-12-31", "50"), report("b", "2021-12-31", "70"), report("c", "2022-12-31", "100")));

        assertThat(progress(goal, "2021").counts()).isFalse();
        // mean of 2020 (50 %) and 2022 (100 %); 2021 (NP) left out, 2023 (NP) left out
        assertThat(progress(goal, "plan").clamped()).isEqualByComparingTo(pct("75.0"));
    }

    @Test
    void no_report_where_there_is_a_target_counts_zero() {
        GoalFacts goal = new GoalFacts(Accumulation.ACCUMULATED, BigDecimal.ZERO, BigDecimal.ONE,
                Map.of(2022, BigDecimal.ONE), List.of());

        assertThat(progress(goal, "2022-06-30").clamped()).isEqualByComparingTo(pct("0.0"));
    }

    @Test
    void stock_grows_from_the_baseline() {
        GoalFacts goal = new GoalFacts(Accumulation.STOCK, BigDecimal.valueOf(20), BigDecimal.valueOf(60),
                Map.of(2022, BigDecimal.valueOf(40)), List.of(report("a", "2022-06-01", "30")));

        assertThat(progress(goal, "2022").clamped()).isEqualByComparingTo(pct("50.0")); // (30-20)/(40-20)
        assertThat(progress(goal, "plan").clamped()).isEqualByComparingTo(pct("25.0")); // (30-20)/(60-20)
    }

    @Test
    void maintenance_is_the_level_over_the_target() {
        GoalFacts goal = new GoalFacts(Accumulation.MAINTENANCE, BigDecimal.valueOf(90), BigDecimal.valueOf(90),
                Map.of(2022, BigDecimal.valueOf(90)), List.of(report("a", "2022-06-01", "81")));

        assertThat(progress(goal, "2022").clamped()).isEqualByComparingTo(pct("90.0"));
    }

    @Test
    void reduction_brings_the_level_down_from_the_baseline() {
        GoalFacts goal = new GoalFacts(Accumulation.REDUCTION, BigDecimal.valueOf(100), BigDecimal.valueOf(60),
                Map.of(2022, BigDecimal.valueOf(80)), List.of(report("a", "2022-06-01", "90")));

        assertThat(progress(goal, "2022").clamped()).isEqualByComparingTo(pct("50.0")); // (100-90)/(100-80)
        assertThat(progress(goal, "plan").clamped()).isEqualByComparingTo(pct("25.0")); // (100-90)/(100-60)
    }

    @Test
    void progress_over_target_is_clamped_and_the_raw_value_kept() {
        GoalFacts goal = new GoalFacts(Accumulation.ACCUMULATED, BigDecimal.ZERO, BigDecimal.TEN,
                Map.of(2022, BigDecimal.TEN), List.of(report("a", "2022-06-01", "15")));

        GoalProgress progress = progress(goal, "2022");

        assertThat(progress.raw()).isEqualByComparingTo(pct("150.0"));
        assertThat(progress.clamped()).isEqualByComparingTo(pct("100.0"));
    }

    @Test
    void a_correction_replaces_the_report_it_names() {
        Report wrong = report("r1", "2022-06-01", "9");
        Report fixed = new Report("r2", LocalDate.parse("2022-05-01"), Instant.parse("2024-02-01T00:00:00Z"), new BigDecimal("3"), "r1");
        GoalFacts goal = new GoalFacts(Accumulation.ACCUMULATED, BigDecimal.ZERO, BigDecimal.TEN,
                Map.of(2022, BigDecimal.TEN), List.of(wrong, fixed));

        assertThat(progress(goal, "2022").clamped()).isEqualByComparingTo(pct("30.0"));
    }

    @Test
    void the_mean_has_one_decimal() {
        assertThat(ProgressCalculator.mean(List.of(pct("0.0"), pct("50.0"), pct("100.0"), pct("33.3"))))
                .isEqualByComparingTo(pct("45.8"));
        assertThat(ProgressCalculator.mean(List.of())).isNull();
    }

    @Test
    void means_are_taken_over_unrounded_percentages() {
        // 0.05 % and 0.04 %: rounded first they would give (0.1 + 0.0) / 2 = 0.1; exactly, 0.045 shows as 0.0
        BigDecimal a = progress(new GoalFacts(Accumulation.ACCUMULATED, BigDecimal.ZERO, BigDecimal.valueOf(8000),
                Map.of(2022, BigDecimal.valueOf(2000)), List.of(report("r1", "2022-05-01", "1"))), "2022").clamped();
        BigDecimal b = progress(new GoalFacts(Accumulation.ACCUMULATED, BigDecimal.ZERO, BigDecimal.valueOf(8000),
                Map.of(2022, BigDecimal.valueOf(2500)), List.of(report("r1", "2022-05-01", "1"))), "2022").clamped();

        assertThat(ProgressCalculator.shown(a)).isEqualByComparingTo("0.1");
        assertThat(ProgressCalculator.mean(List.of(a, b))).isEqualByComparingTo("0.0");
    }
}
