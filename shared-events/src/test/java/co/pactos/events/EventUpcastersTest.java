package co.pactos.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.pactos.events.goals.ActivityRecordedEvent;
import co.pactos.events.goals.GoalLinkedToPactEvent;
import co.pactos.events.investments.InvestmentCommittedEvent;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Older revisions of an event are read through the upcasters into today's record; what cannot be read says why. */
class EventUpcastersTest {

    @Test
    void a_revision_1_activity_reads_as_revision_2_with_an_unknown_plan() throws IOException {
        PactosEvent event = EventJson.read("co.pactos.goals.ActivityRecorded", 1, golden("ActivityRecordedEvent.v1.json"));

        ActivityRecordedEvent activity = (ActivityRecordedEvent) event;
        assertThat(activity.planId()).isNull();
        assertThat(activity.activityId()).isEqualTo("act-capacitacion");
        assertThat(activity.municipalities()).containsExactly("76001", "76109");
    }

    @Test
    void a_revision_1_investment_reads_as_revision_2_with_an_unknown_plan() throws IOException {
        PactosEvent event = EventJson.read("co.pactos.investments.InvestmentCommitted", 1, golden("InvestmentCommittedEvent.v1.json"));

        InvestmentCommittedEvent investment = (InvestmentCommittedEvent) event;
        assertThat(investment.planId()).isNull();
        assertThat(investment.amount()).isEqualTo(150_000_000L);
    }

    @Test
    void the_current_revision_reads_without_upcasting() throws IOException {
        PactosEvent event = EventJson.read("co.pactos.goals.ActivityRecorded", 2, golden("ActivityRecordedEvent.v2.json"));

        assertThat(((ActivityRecordedEvent) event).planId()).isEqualTo("valle-2020-2023");
    }

    @Test
    void a_revision_newer_than_the_reader_is_unreadable() {
        assertThatThrownBy(() -> EventJson.read("co.pactos.goals.GoalLinkedToPact", 7, "{}".getBytes()))
                .isInstanceOf(UnreadableEvent.class).hasMessageContaining("revision 7").hasMessageContaining("newer");
    }

    @Test
    void an_old_revision_without_upcaster_is_unreadable() {
        assertThatThrownBy(() -> EventJson.read("co.pactos.goals.ActivityRecorded", 0, "{}".getBytes()))
                .isInstanceOf(UnreadableEvent.class);
    }

    @Test
    void an_unknown_type_is_unreadable() {
        assertThatThrownBy(() -> EventJson.read("co.pactos.goals.Unknown", 1, "{}".getBytes()))
                .isInstanceOf(UnreadableEvent.class).hasMessageContaining("unknown event type");
    }

    @Test
    void json_that_does_not_fit_is_unreadable() {
        assertThatThrownBy(() -> EventJson.read("co.pactos.goals.GoalLinkedToPact", 1, "{\"link\": \"SIDEWAYS\"}".getBytes()))
                .isInstanceOf(UnreadableEvent.class);
        assertThat(EventJson.read("co.pactos.goals.GoalLinkedToPact", 1, "{\"goalId\":\"g\",\"pactId\":\"p\",\"link\":\"DIRECT\"}".getBytes()))
                .isInstanceOf(GoalLinkedToPactEvent.class);
    }

    private static byte[] golden(String file) throws IOException {
        try (InputStream in = EventUpcastersTest.class.getResourceAsStream("/golden/" + file)) {
            return in.readAllBytes();
        }
    }
}
