package co.pactos.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** At most N reports at once; the next one waits, then is refused as saturated instead of piling up. */
class ReportGateTest {

    @Test
    void a_report_beyond_the_slots_is_refused_once_the_wait_is_over() throws Exception {
        ReportGate gate = new ReportGate(1, 50);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> gate.run(() -> {
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "first";
        }));
        holding.await();

        assertThatThrownBy(() -> gate.run(() -> "second")).isInstanceOf(ReportGate.Saturated.class)
                .hasMessageContaining("send the request again");
        release.countDown();
        assertThat(first.get()).isEqualTo("first");
        assertThat(gate.run(() -> "third")).isEqualTo("third");
    }
}
