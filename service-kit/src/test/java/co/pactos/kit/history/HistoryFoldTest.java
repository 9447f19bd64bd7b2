package co.pactos.kit.history;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.events.goals.Accumulation;
import co.pactos.events.goals.GoalAmendedEvent;
import co.pactos.events.goals.GoalDeclaredEvent;
import co.pactos.events.goals.GoalKind;
import co.pactos.events.goals.ProgressReportedEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HistoryFoldTest {

    private final HistoryFold fold = new HistoryFold();

    private static GoalDeclaredEvent declared() {
        return new GoalDeclaredEvent("g-1", "plan-1", "MP-1.2.3", "Construir 1 plataforma", "Plataforma construida", "número",
                GoalKind.PRODUCT, Accumulation.ACCUMULATED, BigDecimal.ZERO, new BigDecimal("1"), "SDSP");
    }

    private static FieldChange change(List<FieldChange> changes, String field) {
        return changes.stream().filter(c -> c.field().equals(field)).findFirst().orElseThrow(() -> new AssertionError("no change of " + field));
    }

    @Test
    void a_creating_event_sets_every_field_from_null() {
        List<FieldChange> changes = fold.apply(Patches.creating(declared()));

        assertThat(changes).extracting(FieldChange::field).containsExactly("goalId", "planId", "code", "statement", "indicator", "unit",
                "kind", "accumulation", "baseline", "target", "dependency");
        assertThat(changes).allMatch(c -> c.from().isNull());
        assertThat(change(changes, "statement").to().asString()).isEqualTo("Construir 1 plataforma");
        assertThat(change(changes, "target").to().decimalValue()).isEqualByComparingTo("1");
    }

    @Test
    void an_amendment_shows_only_the_fields_it_changes_from_the_value_in_force_before() {
        fold.apply(Patches.creating(declared()));
        fold.apply(Patches.setOnly(new GoalAmendedEvent("g-1", "a-1", "Ordenanza", null, null, null, null, null, new BigDecimal("2"), null),
                "statement", "indicator", "unit", "baseline", "target", "dependency"));

        List<FieldChange> changes = fold.apply(Patches.setOnly(new GoalAmendedEvent("g-1", "a-2", "Traslado", "Decreto 1 de 2023",
                "Construir 2 plataformas", null, null, null, new BigDecimal("3"), "SDEC"), "statement", "indicator", "unit", "baseline",
                "target", "dependency"));

        assertThat(changes).extracting(FieldChange::field).containsExactly("statement", "target", "dependency");
        assertThat(change(changes, "statement").from().asString()).isEqualTo("Construir 1 plataforma");
        assertThat(change(changes, "target").from().decimalValue()).isEqualByComparingTo("2");
        assertThat(change(changes, "target").to().decimalValue()).isEqualByComparingTo("3");
        assertThat(change(changes, "dependency").from().asString()).isEqualTo("SDSP");
        assertThat(change(changes, "dependency").to().asString()).isEqualTo("SDEC");
    }

    @Test
    void a_value_set_again_is_no_change_and_numbers_compare_by_value() {
        fold.apply(Patches.field("targets.2022", new BigDecimal("0.25")));

        assertThat(fold.apply(Patches.field("targets.2022", new BigDecimal("0.250")))).isEmpty();
        List<FieldChange> changes = fold.apply(Patches.field("targets.2022", new BigDecimal("0.5")));
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).from().decimalValue()).isEqualByComparingTo("0.25");
    }

    @Test
    void a_link_that_ends_goes_from_its_type_to_none() {
        fold.apply(Patches.field("link", "DIRECT"));

        List<FieldChange> changes = fold.apply(Patches.field("link", "NONE"));

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.from().asString()).isEqualTo("DIRECT");
            assertThat(c.to().asString()).isEqualTo("NONE");
        });
    }

    @Test
    void appended_items_are_shown_from_null_but_not_kept_while_running_totals_are() {
        ProgressReportedEvent report = new ProgressReportedEvent("g-1", "r-1", LocalDate.of(2022, 6, 30), new BigDecimal("10"), null, null, null);
        List<FieldChange> first = fold.apply(Patches.appended("progress.r-1", report, "goalId", "reportId")
                .with("reports", Patches.value(1)));

        assertThat(first).extracting(FieldChange::field).containsExactly("progress.r-1.effectiveDate", "progress.r-1.value", "reports");
        assertThat(change(first, "progress.r-1.effectiveDate").to().asString()).isEqualTo("2022-06-30");
        assertThat(fold.current("progress.r-1.value").isNull()).isTrue();
        assertThat(fold.current("reports").asInt()).isEqualTo(1);

        List<FieldChange> second = fold.apply(Patch.appended(Patches.tree(report)).with("reports", Patches.value(2)));
        JsonNode from = change(second, "reports").from();
        assertThat(from.asInt()).isEqualTo(1);
    }
}
