package co.pactos.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.kafka.common.utils.Exit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server and Kafka broker of a test JVM, chosen once: Testcontainers where a Docker
 * engine answers; otherwise the PostgreSQL named by {@code PACTOS_TEST_POSTGRES} ({@code host:port},
 * user postgres) or else an embedded one, and the in-process KRaft broker. Never mocks.
 */
public final class TestInfrastructure {

    /** What the tests connect to. */
    public record Endpoints(PostgresServer postgres, String kafkaBootstrapServers) {

        /** The properties that point a service at these endpoints, with a database of its own (created if missing). */
        public java.util.Map<String, String> serviceProperties(String database) {
            postgres.createDatabaseIfMissing(database);
            return java.util.Map.of(
                    "spring.datasource.url", postgres.jdbcUrl(database),
                    "spring.datasource.username", postgres.user(),
                    "spring.datasource.password", postgres.password(),
                    "pactos.kafka.bootstrap-servers", kafkaBootstrapServers,
                    "pactos.kafka.partitions", "2");
        }
    }

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static Endpoints endpoints;

    private TestInfrastructure() {
    }

    public static synchronized Endpoints get() {
        if (endpoints == null) {
            endpoints = DockerInfrastructure.available() ? DockerInfrastructure.start() : startLocally();
        }
        return endpoints;
    }

    private static Endpoints startLocally() {
        Path root = tempDir();
        PostgresServer postgres = existingPostgres();
        if (postgres == null) {
            postgres = EmbeddedPostgresServer.start(root.resolve("postgres"), 0);
        }
        // a broker's fatal error must fail the test, not halt the test JVM
        Exit.setExitProcedure((status, message) -> {
            throw new IllegalStateException("Kafka broker asked to exit with " + status + ": " + message);
        });
        Exit.setHaltProcedure((status, message) -> {
            throw new IllegalStateException("Kafka broker asked to halt with " + status + ": " + message);
        });
        KafkaBroker kafka = KafkaBroker.start(root.resolve("kafka"), 0, 0);
        log.info("test infrastructure: PostgreSQL on {}:{}, Kafka on {} (no Docker)", postgres.host(), postgres.port(), kafka.bootstrapServers());
        PostgresServer started = postgres;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            started.close();
            deleteQuietly(root);
        }, "test-infrastructure-stop"));
        return new Endpoints(postgres, kafka.bootstrapServers());
    }

    private static PostgresServer existingPostgres() {
        String named = System.getenv("PACTOS_TEST_POSTGRES");
        if (named == null || named.isBlank()) {
            return null;
        }
        String[] hostPort = named.split(":");
        return new ExistingPostgresServer(hostPort[0], hostPort.length > 1 ? Integer.parseInt(hostPort[1]) : 5432, "postgres", "");
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("pactos-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("could not delete {}", root, e);
        }
    }
}
