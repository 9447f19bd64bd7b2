package co.pactos.infra;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL and Kafka in containers, for machines with a Docker engine. Loaded only when Testcontainers is on the class path. */
final class DockerInfrastructure {

    private DockerInfrastructure() {
    }

    static boolean available() {
        try {
            Class.forName("org.testcontainers.DockerClientFactory");
        } catch (ClassNotFoundException e) {
            return false;
        }
        return DockerClientFactory.instance().isDockerAvailable();
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM ends
    static TestInfrastructure.Endpoints start() {
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:15-alpine");
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
        postgres.start();
        kafka.start();
        PostgresServer server = new ExistingPostgresServer(postgres.getHost(), postgres.getMappedPort(5432),
                postgres.getUsername(), postgres.getPassword());
        return new TestInfrastructure.Endpoints(server, kafka.getBootstrapServers());
    }
}
