package co.pactos.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The earliest recorded time after a checkpoint, when events are not recorded in the log's order. */
class EarliestAfterTest {

    private static final Instant T = Instant.parse("2022-07-15T20:00:00Z");

    @Test
    void the_earliest_event_after_a_checkpoint_need_not_be_the_next_one() {
        AuditReplayer.EarliestAfter earliest = new AuditReplayer.EarliestAfter(new long[] {3, 6});
        earliest.add(1, T);
        earliest.add(2, T.plusSeconds(1));
        earliest.add(3, T.plusSeconds(2));
        earliest.add(4, T.plusSeconds(10));
        earliest.add(5, T.plusSeconds(8)); // committed before position 4's writer
        earliest.add(6, T.plusSeconds(11));
        earliest.add(7, T.plusSeconds(12));

        assertThat(earliest.after(3)).isEqualTo(T.plusSeconds(8));
        assertThat(earliest.after(6)).isEqualTo(T.plusSeconds(12));
    }

    @Test
    void nothing_after_the_last_checkpoint_is_none() {
        AuditReplayer.EarliestAfter earliest = new AuditReplayer.EarliestAfter(new long[] {2});
        earliest.add(1, T);
        earliest.add(2, T.plusSeconds(1));

        assertThat(earliest.after(2)).isNull();
    }
}
