package co.pactos.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalInfrastructureTest {

    @Test
    void kafka_keeps_topics_and_records_across_a_restart(@TempDir Path dir) throws Exception {
        int port = FreePorts.pick();
        try (KafkaBroker broker = KafkaBroker.start(dir, port, 0);
             Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()));
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers()),
                     new StringSerializer(), new StringSerializer())) {
            admin.createTopics(List.of(new NewTopic("kept", 1, (short) 1))).all().get();
            producer.send(new ProducerRecord<>("kept", "k", "v")).get();
        }

        try (KafkaBroker broker = KafkaBroker.start(dir, port, 0);
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", broker.bootstrapServers()),
                     new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition("kept", 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            List<ConsumerRecord<String, String>> records = consumer.poll(Duration.ofSeconds(20)).records(partition);

            assertThat(records).extracting(ConsumerRecord::value).containsExactly("v");
        }
    }

    @Test
    void postgres_keeps_its_data_across_a_restart(@TempDir Path dir) throws Exception {
        try (PostgresServer server = EmbeddedPostgresServer.start(dir, 0)) {
            server.createDatabaseIfMissing("kept");
            try (Connection c = DriverManager.getConnection(server.jdbcUrl("kept"), server.user(), server.password())) {
                c.createStatement().execute("create table t (v text); insert into t values ('still here')");
            }
        }

        try (PostgresServer server = EmbeddedPostgresServer.start(dir, 0);
             Connection c = DriverManager.getConnection(server.jdbcUrl("kept"), server.user(), server.password())) {
            ResultSet rows = c.createStatement().executeQuery("select v from t");

            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void the_test_infrastructure_gives_a_reachable_database_and_broker() throws Exception {
        TestInfrastructure.Endpoints endpoints = TestInfrastructure.get();
        endpoints.postgres().createDatabaseIfMissing("infra_check");
        try (Connection c = DriverManager.getConnection(endpoints.postgres().jdbcUrl("infra_check"),
                endpoints.postgres().user(), endpoints.postgres().password());
             Admin admin = Admin.create(Map.of("bootstrap.servers", endpoints.kafkaBootstrapServers()))) {
            assertThat(c.isValid(5)).isTrue();
            assertThat(admin.describeCluster().nodes().get()).hasSize(1);
        }
    }
}
