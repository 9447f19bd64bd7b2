package co.pactos.goals.goal;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.identity.TestIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.springboot.autoconfig.AxonTimeoutAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A goal with hundreds of progress reports loads from its latest snapshot plus a bounded number of events. */
@ExtendWith(RealInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoalSnapshotIntegrationTest {

    private static final int THRESHOLD = 100;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().serviceProperties("goals_it").forEach((key, value) -> registry.add(key, () -> value));
        TestIdentity.serviceProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("pactos.axon.snapshot-threshold", () -> THRESHOLD);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventStore eventStore;

    @Autowired
    ApplicationContext context;

    private final ApiClient api = TestIdentity.as("planeacion");

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
    }

    private static String report(int day) {
        return "{\"effectiveDate\":\"2022-%02d-%02d\",\"value\":%d}".formatted(1 + day % 12, 1 + day % 28, day);
    }

    private String goalWithReports(int reports) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String planId = "plan-" + suffix;
        String dependency = "SNAP-" + suffix;
        String goalId = "goal-" + suffix;
        ok(api.put(url("/api/plans/" + planId), """
                {"name":"Valle Invencible","territoryCode":"76","startDate":"2020-01-01","endDate":"2023-12-31"}"""));
        ok(api.put(url("/api/dependencies/" + dependency), "{\"name\":\"Subdirección\"}"));
        ok(api.put(url("/api/goals/" + goalId), """
                {"planId":"%s","code":"MP-1","statement":"Plataformas","indicator":"Plataformas","unit":"número",
                 "kind":"PRODUCT","accumulation":"FLOW","baseline":0,"target":1000,"dependency":"%s"}"""
                .formatted(planId, dependency)));
        for (int i = 1; i <= reports; i++) {
            assertThat(api.put(url("/api/goals/" + goalId + "/progress/r" + i), report(i)).status()).isEqualTo(201);
        }
        return goalId;
    }

    @Test
    void after_300_progress_reports_a_goal_loads_from_a_snapshot_and_at_most_the_threshold_of_events() {
        String goalId = goalWithReports(300);

        long snapshots = jdbc.sql("select count(*) from snapshot_event_entry where aggregate_identifier = ?")
                .param(goalId).query(Long.class).single();
        assertThat(snapshots).isPositive();

        // what the repository reads to load the aggregate: the latest snapshot, then the events after it
        List<DomainEventMessage<?>> read = new ArrayList<>();
        eventStore.readEvents(goalId).forEachRemaining(read::add);
        assertThat(read.get(0).getPayloadType()).isEqualTo(GoalAggregate.class);
        assertThat(read.size() - 1).isLessThanOrEqualTo(THRESHOLD);
        assertThat(read.get(read.size() - 1).getSequenceNumber()).isEqualTo(300);
    }

    @Test
    void a_goal_loaded_from_its_snapshot_still_knows_every_report() {
        String goalId = goalWithReports(THRESHOLD + 20);

        ApiClient.Response same = api.put(url("/api/goals/" + goalId + "/progress/r1"), report(1));
        assertThat(same.status()).as(same.body()).isEqualTo(200);
        ApiClient.Response different = api.put(url("/api/goals/" + goalId + "/progress/r1"), report(2));
        assertThat(different.status()).as(different.body()).isEqualTo(409);
        ApiClient.Response correction = api.put(url("/api/goals/" + goalId + "/progress/r-fix"),
                "{\"effectiveDate\":\"2022-06-30\",\"value\":7,\"corrects\":\"r2\",\"reason\":\"recounted\"}");
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
    }

    @Test
    void axon_handler_timeout_monitoring_is_off() {
        assertThat(context.getBeanNamesForType(AxonTimeoutAutoConfiguration.class)).isEmpty();
    }
}
