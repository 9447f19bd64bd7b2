package co.pactos.kit.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryHtmlTest {

    private static HistoryEntry entry(String reason, List<FieldChange> changes) {
        return new HistoryEntry("e-1", 3, "co.pactos.goals.GoalAmended", Instant.parse("2022-06-30T20:15:00Z"), "../..",
                new HistoryEntry.Actor("planeacion", "planeacion", "DAPD"), "SDSP", "SIGESI", reason, "Ordenanza 5 de 2022", changes);
    }

    @Test
    void the_page_is_spanish_with_bogota_time_es_co_numbers_and_a_caption() {
        HistoryPage page = new HistoryPage("/api/goals/g-1", "Historial de la meta MP-1.2.3", List.of(entry("Ajuste del plan",
                List.of(new FieldChange("target", Patches.value(new BigDecimal("11224170162")), Patches.value(new BigDecimal("1234.5"))),
                        new FieldChange("amount", Patches.value(null), Patches.value(11224170162L)),
                        new FieldChange("startDate", Patches.value("2022-06-30"), Patches.value(null))))), 7L, 1);

        String html = new HistoryHtml().render(page);

        assertThat(html).contains("<caption>Historial de la meta MP-1.2.3")
                .contains("<th scope=\"col\">Fecha de registro</th>")
                .contains("30 de junio de 2022, 15:15:00 (hora de Colombia)")
                .contains("<span>11.224.170.162</span> → <span>1.234,5</span>")
                .contains("$11.224.170.162")
                .contains("30 de junio de 2022</span> → <span>(vacío)")
                .contains("Meta modificada").contains("En nombre de: SDSP").contains("Ordenanza 5 de 2022").contains("Ajuste del plan")
                .contains("Sin fecha (permanente)")
                .contains("href=\"/api/goals/g-1/history?format=html&amp;after=7&amp;limit=1\"")
                .doesNotContain("<script");
    }

    @Test
    void text_written_by_callers_is_escaped() {
        HistoryPage page = new HistoryPage("/api/goals/g-1", "Historial", List.of(entry("<script>alert(1)</script>",
                List.of(new FieldChange("statement", Patches.value(null), Patches.value("<b>x</b> & y"))))), null, 200);

        String html = new HistoryHtml().render(page);

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;b&gt;x&lt;/b&gt; &amp; y").doesNotContain("Eventos siguientes");
    }

    @Test
    void valid_times_read_in_spanish() {
        assertThat(SpanishText.validTime("2022-01-01/2022-12-31")).isEqualTo("Del 1 de enero de 2022 al 31 de diciembre de 2022");
        assertThat(SpanishText.validTime("2022-02-01/..")).isEqualTo("Desde el 1 de febrero de 2022 (sin fecha de fin)");
        assertThat(SpanishText.validTime("2022-06-30")).isEqualTo("30 de junio de 2022");
    }
}
