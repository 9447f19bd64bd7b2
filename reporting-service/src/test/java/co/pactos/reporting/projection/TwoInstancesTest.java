package co.pactos.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.pactos.events.goals.Accumulation;
import co.pactos.events.goals.AnnualTargetSetEvent;
import co.pactos.events.goals.GoalDeclaredEvent;
import co.pactos.events.goals.GoalKind;
import co.pactos.events.goals.GoalLinkedToPactEvent;
import co.pactos.events.goals.LinkType;
import co.pactos.events.goals.PactDeclaredEvent;
import co.pactos.events.goals.PlanDeclaredEvent;
import co.pactos.events.goals.ProgressReportedEvent;
import co.pactos.infra.ApiClient;
import co.pactos.infra.RealInfrastructure;
import co.pactos.infra.TestInfrastructure;
import co.pactos.infra.identity.TestIdentity;
import co.pactos.reporting.ReportingApplication;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.GroupState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Two instances of reporting-service on one database and one Kafka split the partitions and answer the same reports. */
@ExtendWith(RealInfrastructure.class)
class TwoInstancesTest {

    @Test
    void two_instances_split_the_partitions_between_them_and_answer_the_same_reports() throws Exception {
        String group = "reporting-two-instances-" + UUID.randomUUID();
        Map<String, Object> properties = new HashMap<>(TestInfrastructure.get().serviceProperties("reporting_two_instances_it"));
        properties.putAll(TestIdentity.serviceProperties());
        properties.put("server.port", "0");
        properties.put("pactos.reporting.consumer-group", group);
        String s = UUID.randomUUID().toString().substring(0, 8);
        try (ConfigurableApplicationContext first = start(properties); ConfigurableApplicationContext second = start(properties);
             EventLog log = new EventLog(TestInfrastructure.get().kafkaBootstrapServers())) {
            // several pacts, so that their events land on every partition
            List<String> pacts = List.of("a-" + s, "b-" + s, "c-" + s, "d-" + s, "e-" + s, "f-" + s);
            log.publish(new PlanDeclaredEvent("plan-" + s, "Plan", "76", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31)));
            for (String pact : pacts) {
                log.publish(new PactDeclaredEvent(pact, "plan-" + s, "Pacto " + pact, null));
                log.publish(new GoalDeclaredEvent("g-" + pact, "plan-" + s, "MP", "Meta", "Indicador", "número", GoalKind.PRODUCT,
                        Accumulation.ACCUMULATED, BigDecimal.ZERO, BigDecimal.ONE, "SDSP"));
                log.publish(new GoalLinkedToPactEvent("g-" + pact, pact, LinkType.DIRECT));
                log.publish(new AnnualTargetSetEvent("g-" + pact, 2022, new BigDecimal("0.5")));
                log.publish(new ProgressReportedEvent("g-" + pact, "r", LocalDate.of(2022, 12, 31), new BigDecimal("0.25"), null, null,
                        null));
            }

            ApiClient api = ApiClient.anonymous();
            for (ConfigurableApplicationContext instance : List.of(first, second)) {
                String url = "http://localhost:" + instance.getEnvironment().getProperty("local.server.port");
                for (String pact : pacts) {
                    await().atMost(Duration.ofSeconds(60)).until(() -> {
                        ApiClient.Response report = api.get(url + "/api/reports/pacts/" + pact + "?period=2022");
                        return report.status() == 200 && report.body().contains("\"meanProgress\":50.0");
                    });
                }
            }
            // a rebalance may still be settling (the cooperative protocol revokes and assigns in two rounds): wait for the
            // group to be stable with both members holding partitions
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                ConsumerGroupDescription consumers = describe(group + "-pact-progress-v1");
                assertThat(consumers.groupState()).isEqualTo(GroupState.STABLE);
                assertThat(consumers.members()).hasSize(2);
                Set<Integer> perMember = consumers.members().stream().map(MemberDescription::assignment)
                        .map(a -> a.topicPartitions().size()).collect(Collectors.toSet());
                assertThat(perMember).doesNotContain(0);
            });
        }
    }

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        // as command-line arguments: they take precedence over application.yml (default properties would not)
        return new SpringApplicationBuilder(ReportingApplication.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    private static ConsumerGroupDescription describe(String group) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers());
        try (Admin admin = Admin.create(props)) {
            return admin.describeConsumerGroups(List.of(group)).all().get().get(group);
        }
    }
}
