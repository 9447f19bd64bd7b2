package co.pactos.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WritesOptionsTest {

    @Test
    void issue_9s_sizes_by_default_and_a_short_run_with_quick() {
        WritesOptions full = WritesOptions.parse(new String[0], Path.of("."));
        assertThat(full.clients()).isEqualTo(64);
        assertThat(full.duration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(full.openRate()).isEqualTo(1000);
        assertThat(full.batchLines()).isEqualTo(100_000);

        WritesOptions quick = WritesOptions.parse(new String[] {"--quick", "--clients", "8", "--skip", "batch,import"}, Path.of("."));
        assertThat(quick.duration()).isEqualTo(Duration.ofSeconds(20));
        assertThat(quick.batchLines()).isEqualTo(10_000);
        assertThat(quick.clients()).isEqualTo(8);
        assertThat(quick.runs("batch")).isFalse();
        assertThat(quick.runs("progress")).isTrue();
    }

    @Test
    void a_window_longer_than_half_the_run_is_cut_to_half_and_unknown_options_are_refused() {
        assertThat(WritesOptions.parse(new String[] {"--duration", "10", "--window", "8"}, Path.of(".")).window())
                .isEqualTo(Duration.ofSeconds(5));
        assertThatThrownBy(() -> WritesOptions.parse(new String[] {"--rate", "5"}, Path.of(".")))
                .hasMessageContaining("unknown option --rate");
    }

    @Test
    void the_event_ids_of_a_put_answer_are_read_from_its_body() {
        assertThat(WritesHttp.eventIds("{\"resource\":{\"a\":[1]},\"eventIds\":[\"e1\",\"e2\"]}")).containsExactly("e1", "e2");
        assertThat(WritesHttp.eventIds("{\"resource\":{},\"eventIds\":[]}")).isEmpty();
    }
}
