package co.pactos.bench;

import co.pactos.infra.EmbeddedPostgresServer;
import co.pactos.infra.ExistingPostgresServer;
import co.pactos.infra.KafkaBroker;
import co.pactos.infra.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * PostgreSQL and Kafka for one run: embedded ones on free ports with their data in a temporary folder
 * (deleted at the end), or the servers named by {@code PACTOS_POSTGRES} and
 * {@code PACTOS_KAFKA_BOOTSTRAP_SERVERS}. The reporting database is a new one for every run, so the
 * projection always starts from offset 0; on an existing server it is dropped at the end.
 */
final class BenchInfrastructure implements AutoCloseable {

    private final Path dataDir;
    private final PostgresServer postgres;
    private final KafkaBroker broker;
    private final String bootstrapServers;
    private final String database;

    private BenchInfrastructure(Path dataDir, PostgresServer postgres, KafkaBroker broker, String bootstrapServers, String database) {
        this.dataDir = dataDir;
        this.postgres = postgres;
        this.broker = broker;
        this.bootstrapServers = bootstrapServers;
        this.database = database;
    }

    static BenchInfrastructure start() {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("pactos-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary data folder", e);
        }
        String namedPostgres = System.getenv("PACTOS_POSTGRES");
        PostgresServer postgres = namedPostgres == null || namedPostgres.isBlank()
                ? EmbeddedPostgresServer.start(dataDir.resolve("postgres"), 0)
                : new ExistingPostgresServer(namedPostgres.split(":")[0], Integer.parseInt(namedPostgres.split(":")[1]),
                        System.getenv().getOrDefault("PACTOS_DB_USER", "postgres"), System.getenv().getOrDefault("PACTOS_DB_PASSWORD", ""));
        String namedKafka = System.getenv("PACTOS_KAFKA_BOOTSTRAP_SERVERS");
        KafkaBroker broker = namedKafka == null || namedKafka.isBlank() ? KafkaBroker.start(dataDir.resolve("kafka"), 0, 0) : null;
        String database = "pactos_reporting_bench_" + System.currentTimeMillis() / 1000;
        postgres.createDatabaseIfMissing(database);
        return new BenchInfrastructure(dataDir, postgres, broker, broker != null ? broker.bootstrapServers() : namedKafka, database);
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    PostgresServer postgres() {
        return postgres;
    }

    String reportingDatabase() {
        return database;
    }

    String reportingJdbcUrl() {
        return postgres.jdbcUrl(database);
    }

    Path dataDir() {
        return dataDir;
    }

    String describe() {
        return (broker != null ? "embedded Kafka " : "Kafka ") + bootstrapServers + ", "
                + (postgres instanceof EmbeddedPostgresServer ? "embedded PostgreSQL " : "PostgreSQL ") + postgres.host() + ":"
                + postgres.port() + "/" + database + ", data in " + dataDir;
    }

    @Override
    public void close() {
        if (broker != null) {
            broker.close();
        }
        if (postgres instanceof EmbeddedPostgresServer) {
            postgres.close();
        } else if (Boolean.parseBoolean(System.getenv("PACTOS_BENCH_KEEP_DATABASE"))) {
            System.out.println("kept database " + database + " (PACTOS_BENCH_KEEP_DATABASE) for EXPLAIN and pg_stat_statements");
        } else {
            dropDatabase();
        }
        deleteRecursively(dataDir);
    }

    private void dropDatabase() {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.user(), postgres.password());
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database);
        } catch (SQLException e) {
            System.err.println("could not drop " + database + ": " + e.getMessage());
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
