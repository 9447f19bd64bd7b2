package co.pactos.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankInMillisecondsAndLowerBoundsMarked() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[i] = (i + 1) * 1_000_000L;
        }
        Percentiles p = Percentiles.of(nanos, null);
        assertThat(p.nanos(50)).isEqualTo(50_000_000L);
        assertThat(p.nanos(99)).isEqualTo(99_000_000L);
        assertThat(p.millis(99)).isEqualTo("99.0 ms");
        boolean[] censored = new boolean[100];
        censored[99] = true;
        Percentiles withUnanswered = Percentiles.of(nanos, censored);
        assertThat(withUnanswered.millis(99)).isEqualTo("99.0 ms");
        assertThat(withUnanswered.maxMillis()).isEqualTo(">=100.0 ms");
        assertThat(Percentiles.of(new long[0], null).millis(50)).isEqualTo("n/a");
    }
}
