package co.pactos.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.pactos.infra.ApiClient;
import co.pactos.infra.FreePorts;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The harness the acceptance tests share: the suite started on the embedded infrastructure (three processes, one
 * PostgreSQL, one Kafka broker) with the seed sample loaded through the API and consumed by reporting-service.
 */
final class SeedSuite {

    static final String PACT = "accion-comunal";

    private SeedSuite() {
    }

    /** Starts the suite with its data in {@code data}, loads the sample and waits until its last write shows in the report. */
    static LocalSuite startWithTheSample(Path data) {
        LocalSuite suite = LocalSuite.start(new LocalSuite.Settings(Path.of("").toAbsolutePath().getParent(), data, 0, 0,
                FreePorts.pick(), FreePorts.pick(), FreePorts.pick()));
        try {
            SampleLoader.Result result = suite.sampleLoader().load(SampleLoader.ACCION_COMUNAL_2022);
            assertThat(result.unchanged()).isZero();
            String reporting = suite.service("reporting-service").url();
            // the last write of the sample is the third ValleINN investment: once its money shows, everything has been consumed
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
                ApiClient.Response report = ApiClient.anonymous().get(reporting + "/api/reports/pacts/" + PACT + "?period=2022-06-30");
                return report.status() == 200
                        && new ObjectMapper().readTree(report.body()).path("totals").path("committed").asLong() == 30_551_570_162L;
            });
            return suite;
        } catch (RuntimeException | Error e) {
            suite.close();
            throw e;
        }
    }
}
