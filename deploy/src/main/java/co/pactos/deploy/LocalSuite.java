package co.pactos.deploy;

import co.pactos.infra.EmbeddedPostgresServer;
import co.pactos.infra.ExistingPostgresServer;
import co.pactos.infra.KafkaBroker;
import co.pactos.infra.PostgresServer;
import co.pactos.infra.identity.AuthorizationServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole suite on one machine with only a JDK: PostgreSQL (embedded, or the one named by
 * {@code PACTOS_POSTGRES=host:port}), Kafka (in-process KRaft, or the one named by
 * {@code PACTOS_KAFKA_BOOTSTRAP_SERVERS}), an OAuth2 authorization server in this process with the
 * clients of {@value DevClients#FILE}, and the three services as child processes. Data is
 * kept in the data folder across restarts; {@code --wipe} empties it first.
 */
public final class LocalSuite implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalSuite.class);

    /** Where things live and which ports to use. */
    public record Settings(Path home, Path dataDir, int postgresPort, int kafkaPort, int goalsPort, int investmentsPort,
                           int reportingPort, int authorizationPort) {

        /** With the authorization server on a free port. */
        public Settings(Path home, Path dataDir, int postgresPort, int kafkaPort, int goalsPort, int investmentsPort, int reportingPort) {
            this(home, dataDir, postgresPort, kafkaPort, goalsPort, investmentsPort, reportingPort, 0);
        }

        public static Settings defaults(Path home) {
            return new Settings(home, home.resolve(".pactos-data"), 15432, 19092, 8081, 8082, 8083, 9000);
        }
    }

    /** Long enough for a working session of the local run; the launcher makes a new signing key at every start. */
    private static final Duration TOKEN_TIME_TO_LIVE = Duration.ofHours(8);

    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final String kafkaBootstrap;
    private final DevClients clients = DevClients.load();
    private AuthorizationServer authorizationServer;
    private final List<ServiceProcess> services = new ArrayList<>();

    private LocalSuite(PostgresServer postgres, KafkaBroker kafka, String kafkaBootstrap) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.kafkaBootstrap = kafkaBootstrap;
    }

    public static LocalSuite start(Settings settings) {
        String namedPostgres = System.getenv("PACTOS_POSTGRES");
        PostgresServer postgres = namedPostgres == null || namedPostgres.isBlank()
                ? EmbeddedPostgresServer.start(settings.dataDir().resolve("postgres"), settings.postgresPort())
                : new ExistingPostgresServer(namedPostgres.split(":")[0], Integer.parseInt(namedPostgres.split(":")[1]),
                        System.getenv().getOrDefault("PACTOS_DB_USER", "postgres"), System.getenv().getOrDefault("PACTOS_DB_PASSWORD", ""));
        String namedKafka = System.getenv("PACTOS_KAFKA_BOOTSTRAP_SERVERS");
        KafkaBroker kafka = namedKafka == null || namedKafka.isBlank()
                ? KafkaBroker.start(settings.dataDir().resolve("kafka"), settings.kafkaPort(), 0)
                : null;
        LocalSuite suite = new LocalSuite(postgres, kafka, kafka != null ? kafka.bootstrapServers() : namedKafka);
        try {
            suite.authorizationServer = AuthorizationServer.start(settings.authorizationPort(), suite.clients.all(), TOKEN_TIME_TO_LIVE);
            suite.startServices(settings);
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
        return suite;
    }

    private static final String LOCAL_CHECKPOINTS = "PACTOS_AUDIT_CHECKPOINT_EVERY";

    private void startServices(Settings settings) {
        Path logs = settings.dataDir().resolve("logs");
        // the local run signs a checkpoint of each log every 30 s while it grows (an hour in production), so that someone
        // trying the audit export, the verifier and the replay has checkpoints covering what they just wrote
        services.add(service(settings, "goals-service", settings.goalsPort(), "PACTOS_GOALS_DB_URL", "pactos_goals", logs,
                Map.of(LOCAL_CHECKPOINTS, "PT30S")));
        // investments-service checks the plans, dependencies, activities, goals, pacts and closed periods it is given against
        // its own catalog, read from goals-service's topic in this consumer group (it never calls goals-service)
        services.add(service(settings, "investments-service", settings.investmentsPort(), "PACTOS_INVESTMENTS_DB_URL", "pactos_investments",
                logs, Map.of("PACTOS_CATALOG_CONSUMER_GROUP", "pactos-investments-catalog", LOCAL_CHECKPOINTS, "PT30S")));
        services.add(service(settings, "reporting-service", settings.reportingPort(), "PACTOS_REPORTING_DB_URL", "pactos_reporting", logs,
                Map.of()));
        services.forEach(ServiceProcess::start);
        // generous: on a loaded machine three JVMs starting at once can take minutes
        services.forEach(s -> s.awaitHealthy(Duration.ofMinutes(6)));
    }

    private ServiceProcess service(Settings settings, String name, int port, String dbVariable, String database, Path logs,
                                   Map<String, String> more) {
        postgres.createDatabaseIfMissing(database);
        Map<String, String> environment = new HashMap<>(more);
        environment.putAll(Map.of(
                dbVariable, postgres.jdbcUrl(database),
                "PACTOS_DB_USER", postgres.user(),
                "PACTOS_DB_PASSWORD", postgres.password(),
                "PACTOS_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap,
                "PACTOS_OAUTH2_ISSUER", authorizationServer.issuer(),
                "PACTOS_OAUTH2_JWK_SET_URI", authorizationServer.jwkSetUri(),
                "PACTOS_OAUTH2_AUDIENCE", AuthorizationServer.AUDIENCE,
                "PACTOS_LOG_FORMAT", "logstash"));
        return new ServiceProcess(name, executableJar(settings.home(), name), port, environment, logs);
    }

    static Path executableJar(Path home, String service) {
        Path target = home.resolve(service).resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no executable jar of " + service + " in " + target
                            + "; build first: ./mvnw -DskipTests install"));
        } catch (IOException e) {
            throw new IllegalStateException("no " + target + "; build first: ./mvnw -DskipTests install", e);
        }
    }

    public ServiceProcess service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    public AuthorizationServer authorizationServer() {
        return authorizationServer;
    }

    /** A token of one of the development clients, from the token endpoint. */
    public String token(String clientId) {
        return authorizationServer.token(clientId, clients.get(clientId).secret());
    }

    /** A loader of sample data sets into this suite, with the development clients' tokens. */
    public SampleLoader sampleLoader() {
        return new SampleLoader(service("goals-service").url(), service("investments-service").url(), authorizationServer.tokenEndpoint());
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrap;
    }

    @Override
    public void close() {
        services.forEach(ServiceProcess::stop);
        if (authorizationServer != null) {
            authorizationServer.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        postgres.close();
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("load-sample")) {
            SampleLoader.main(args);
            return;
        }
        if (args.length > 0 && args[0].equals("rebuild-projection")) {
            try {
                ProjectionRebuild.main(args);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return;
        }
        Path home = Path.of(System.getProperty("pactos.home", ".")).toAbsolutePath().normalize();
        Settings settings = Settings.defaults(home);
        if (List.of(args).contains("--wipe")) {
            wipe(settings.dataDir());
        }
        Instant started = Instant.now();
        LocalSuite suite = LocalSuite.start(settings);
        String sample = "";
        if (!List.of(args).contains("--no-sample")) {
            SampleLoader.Result loaded = suite.sampleLoader().load(SampleLoader.ACCION_COMUNAL_2022);
            sample = String.format("  sample data        %s: %d writes recorded, %d already there%n"
                            + "  the seed's report  %s/api/reports/pacts/accion-comunal/document?period=2022-06-30%n",
                    SampleLoader.ACCION_COMUNAL_2022, loaded.created(), loaded.unchanged(), suite.service("reporting-service").url());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping the suite");
            suite.close();
            stopped.countDown();
        }, "local-suite-stop"));
        System.out.printf("""

                Pactos is running (started in %.1f s; data in %s, logs in %s)
                  goals-service        %s   (OpenAPI: %s/v3/api-docs, UI: %s/swagger-ui.html)
                  investments-service  %s
                  reporting-service    %s   e.g. %s/api/reports/pacts/{pactId}?period=2022
                  PostgreSQL           %s
                  Kafka                %s
                  authorization server %s   (clients and secrets: deploy/src/main/resources/%s)
                %s
                A token (client_credentials; e.g. sigesi writes for SDSP and its sub-units, planeacion declares the plan):
                  TOKEN=$(curl -s -u sigesi:sigesi-dev-secret -d grant_type=client_credentials %s | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
                  curl -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -X PUT %s/api/activities/mi-taller \\
                    -d '{"dependency":"SDSP","title":"Taller","startDate":"2022-03-01","pacts":["accion-comunal"]}'
                Press Ctrl-C to stop.
                %n""",
                Duration.between(started, Instant.now()).toMillis() / 1000.0, settings.dataDir(), settings.dataDir().resolve("logs"),
                suite.service("goals-service").url(), suite.service("goals-service").url(), suite.service("goals-service").url(),
                suite.service("investments-service").url(),
                suite.service("reporting-service").url(), suite.service("reporting-service").url(),
                suite.postgres().jdbcUrl("pactos_goals").replace("pactos_goals", "{pactos_goals,pactos_investments,pactos_reporting}"),
                suite.kafkaBootstrapServers(), suite.authorizationServer().issuer(), DevClients.FILE, sample,
                suite.authorizationServer().tokenEndpoint(), suite.service("goals-service").url());
        stopped.await();
    }

    private static void wipe(Path dataDir) {
        if (!Files.exists(dataDir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot wipe " + dataDir, e);
        }
    }
}
