package co.pactos.reporting.projection;

import co.pactos.events.Topics;
import co.pactos.kit.domain.ConflictingWrite;
import co.pactos.kit.relay.KafkaSettings;
import co.pactos.kit.relay.TopicProvisioner;
import co.pactos.reporting.projection.ProjectionVersion.State;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the versions of the pact progress projection: a runner per version that is not retired, a
 * new version when the code's version is newer than the live one's or when an operator asks for a
 * rebuild, and the switch of reads once the new version has caught up and its check passed. Every
 * instance runs the same loop; the registry's transactions make the switch happen once.
 */
@Component
public class ProjectionManager implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProjectionManager.class);
    static final List<String> TOPICS = List.of(Topics.GOALS, Topics.INVESTMENTS);
    private static final String NAME = PactProgressFacts.NAME;

    /** What the admin API shows of a version. */
    public record Status(ProjectionVersion version, List<PartitionStatus> positions, long applied, double eventsPerSecond,
                         Duration eta, long parked, Instant watermark, long lag) {
    }

    public record PartitionStatus(String topic, int partition, long nextOffset, long endOffset, long lag) {
    }

    private final ProjectionRegistry registry;
    private final VersionCheck check;
    private final KafkaSettings kafka;
    private final DataSource dataSource;
    private final MeterRegistry meters;
    private final String groupPrefix;
    private final int maxBatch;
    private final long catchUpLag;
    private final Map<Integer, ProjectionRunner> runners = new ConcurrentHashMap<>();
    private final Map<Integer, Status> statuses = new ConcurrentHashMap<>();
    private ScheduledExecutorService loop;
    // the check of a caught-up version compares every pact report: it runs apart, so the loop keeps reporting progress
    private java.util.concurrent.ExecutorService checks;
    private volatile java.util.concurrent.Future<?> runningCheck;
    private Admin admin;
    private volatile boolean running;
    private Instant lastProgressLog = Instant.EPOCH;

    public ProjectionManager(ProjectionRegistry registry, VersionCheck check, KafkaSettings kafka, DataSource dataSource,
                             MeterRegistry meters,
                             @Value("${pactos.reporting.consumer-group}") String groupPrefix,
                             @Value("${pactos.reporting.max-batch}") int maxBatch,
                             @Value("${pactos.reporting.catch-up-lag:1000}") long catchUpLag) {
        this.registry = registry;
        this.check = check;
        this.kafka = kafka;
        this.dataSource = dataSource;
        this.meters = meters;
        this.groupPrefix = groupPrefix;
        this.maxBatch = maxBatch;
        this.catchUpLag = catchUpLag;
    }

    @Override
    public synchronized void start() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        admin = Admin.create(props);
        registry.ensureFirst(NAME, PactProgressFacts.CODE_VERSION);
        boolean newerBuilding = registry.versions(NAME).stream()
                .anyMatch(v -> v.consumed() && v.state() != State.LIVE && v.codeVersion() >= PactProgressFacts.CODE_VERSION);
        ProjectionVersion live = registry.live(NAME).orElse(null);
        if (live != null && live.codeVersion() < PactProgressFacts.CODE_VERSION && !newerBuilding) {
            ProjectionVersion next = registry.create(NAME, PactProgressFacts.CODE_VERSION, State.BUILDING);
            log.info("{} code version {} is newer than the live v{} (code version {}): building v{} beside it", NAME,
                    PactProgressFacts.CODE_VERSION, live.version(), live.codeVersion(), next.version());
        }
        running = true;
        loop = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "projection-manager"));
        checks = Executors.newSingleThreadExecutor(r -> new Thread(r, "projection-check"));
        loop.scheduleWithFixedDelay(this::tick, 0, 500, TimeUnit.MILLISECONDS);
    }

    /** Builds a new version of the projection from offset 0 beside the live one; it takes over once caught up and checked. */
    public ProjectionVersion rebuild(String name) {
        requireKnown(name);
        registry.versions(NAME).stream().filter(v -> v.state() == State.BUILDING || v.state() == State.CATCHING_UP).findFirst()
                .ifPresent(v -> {
                    throw new ConflictingWrite("version " + v.version() + " of " + name + " is being built already ("
                            + v.state() + "); wait for it to take over, or follow it at /api/admin/projections");
                });
        ProjectionVersion next = registry.create(NAME, PactProgressFacts.CODE_VERSION, State.BUILDING);
        log.info("{}: rebuild asked; building v{} beside the live version", name, next.version());
        loop.execute(this::tick);
        return next;
    }

    /** Drops a retired version (its schema and positions). */
    public boolean drop(String name, int version) {
        requireKnown(name);
        stopRunner(version);
        return registry.drop(NAME, version);
    }

    /** Asks every runner of this instance to apply its parked events again. */
    public void retryParked() {
        runners.values().forEach(ProjectionRunner::retryParked);
    }

    public List<Status> statuses(String name) {
        requireKnown(name);
        return registry.versions(NAME).stream()
                .map(v -> {
                    // the registry's state is the truth; the figures are those of the manager's last look
                    Status last = statuses.get(v.version());
                    return last == null ? new Status(v, List.of(), 0, 0, null, 0, null, 0)
                            : new Status(v, last.positions(), last.applied(), last.eventsPerSecond(), last.eta(), last.parked(),
                            last.watermark(), last.lag());
                })
                .toList();
    }

    public List<String> names() {
        return List.of(NAME);
    }

    private static void requireKnown(String name) {
        if (!NAME.equals(name)) {
            throw new co.pactos.kit.web.ResourceNotFound("/api/admin/projections/" + name);
        }
    }

    private void tick() {
        if (!running) {
            return;
        }
        try {
            List<ProjectionVersion> versions = registry.versions(NAME);
            for (ProjectionVersion v : versions) {
                if (v.consumed() && !runners.containsKey(v.version())) {
                    ProjectionRunner runner = new ProjectionRunner(v, TOPICS, kafka, dataSource, groupPrefix, maxBatch, catchUpLag);
                    runners.put(v.version(), runner);
                    registerMeters(v.version());
                    runner.start();
                } else if (!v.consumed()) {
                    stopRunner(v.version());
                }
            }
            runners.keySet().stream().filter(n -> versions.stream().noneMatch(v -> v.version() == n)).toList()
                    .forEach(this::stopRunner);
            Map<TopicPartition, Long> ends = endOffsets();
            for (ProjectionVersion v : versions) {
                Status status = status(v, ends);
                statuses.put(v.version(), status);
                if (v.state() == State.BUILDING || v.state() == State.CATCHING_UP) {
                    advance(v, status);
                }
            }
            statuses.keySet().removeIf(n -> versions.stream().noneMatch(v -> v.version() == n));
            logProgress();
        } catch (RuntimeException e) {
            log.warn("{}: the projection manager could not look at the versions this time: {}", NAME, e.toString());
        }
    }

    /** BUILDING until close to the end of the log, then CATCHING_UP until checked against the live version, then LIVE. */
    private void advance(ProjectionVersion candidate, Status status) {
        if (status.lag() > catchUpLag || status.positions().isEmpty() || !candidate.indexed()) {
            return; // the writer takes the keys once caught up; only then is the version checked
        }
        if (candidate.state() == State.BUILDING) {
            registry.setState(NAME, candidate.version(), State.CATCHING_UP, null);
        }
        if (runningCheck != null && !runningCheck.isDone()) {
            return;
        }
        runningCheck = checks.submit(() -> {
            try {
                checkAndPromote(candidate);
            } catch (RuntimeException e) {
                log.warn("{}: the check of v{} failed this time: {}", NAME, candidate.version(), e.toString());
            }
        });
    }

    private void checkAndPromote(ProjectionVersion candidate) {
        var live = registry.live(NAME);
        VersionCheck.Result result = live.isEmpty() ? VersionCheck.Result.passed("no live version to compare with")
                : check.compare(live.get(), candidate);
        if (result.passed()) {
            registry.promote(NAME, candidate.version(), result.summary());
            log.info("{}: v{} caught up and checked ({}); reads switched to it{}", NAME, candidate.version(), result.summary(),
                    live.map(l -> ", v" + l.version() + " retired").orElse(""));
        } else {
            registry.setState(NAME, candidate.version(), State.CATCHING_UP, result.summary());
            log.warn("{}: v{} caught up but its check did not pass yet: {}", NAME, candidate.version(), result.summary());
        }
    }

    private Status status(ProjectionVersion v, Map<TopicPartition, Long> ends) {
        ProjectionRunner runner = runners.get(v.version());
        Map<TopicPartition, ProjectionRegistry.Position> stored = new HashMap<>();
        registry.positions(NAME, v.version()).forEach(p -> stored.put(new TopicPartition(p.topic(), p.partition()), p));
        long lag = 0;
        Instant watermark = null;
        boolean complete = !ends.isEmpty();
        List<PartitionStatus> positions = new java.util.ArrayList<>();
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(TopicPartition::toString))).toList()) {
            ProjectionRegistry.Position p = stored.get(end.getKey());
            long next = p == null ? 0 : p.nextOffset();
            long partitionLag = Math.max(0, end.getValue() - next);
            lag += partitionLag;
            positions.add(new PartitionStatus(end.getKey().topic(), end.getKey().partition(), next, end.getValue(), partitionLag));
            if (p == null || p.caughtUpAt() == null) {
                complete = false;
            } else if (watermark == null || p.caughtUpAt().isBefore(watermark)) {
                watermark = p.caughtUpAt();
            }
        }
        double rate = runner == null ? 0 : runner.eventsPerSecond();
        Duration eta = lag == 0 ? Duration.ZERO : rate > 0 ? Duration.ofMillis((long) (lag / rate * 1000)) : null;
        long parked = v.consumed() ? registry.parked(v) : 0;
        return new Status(v, positions, runner == null ? 0 : runner.applied(), rate, eta, parked, complete ? watermark : null, lag);
    }

    private Map<TopicPartition, Long> endOffsets() {
        try {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(TOPICS).allTopicNames().get(10, TimeUnit.SECONDS).forEach((topic, description) ->
                    description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(10, TimeUnit.SECONDS)
                    .forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        } catch (Exception e) {
            // topics not made yet, or Kafka away: make them (or fail) and look again next time
            try {
                TopicProvisioner.ensure(kafka, TOPICS);
            } catch (RuntimeException ignored) {
                // logged by the runners
            }
            return Map.of();
        }
    }

    private void logProgress() {
        Instant now = Instant.now();
        if (Duration.between(lastProgressLog, now).toSeconds() < 5) {
            return;
        }
        lastProgressLog = now;
        statuses.values().stream().filter(s -> s.version().state() == State.BUILDING || s.version().state() == State.CATCHING_UP)
                .forEach(s -> log.info("{} v{} {}: {} events behind the log, {} events/s, ETA {}, {} parked", NAME,
                        s.version().version(), s.version().state(), s.lag(), Math.round(s.eventsPerSecond()),
                        s.eta() == null ? "unknown" : s.eta().toSeconds() + " s", s.parked()));
    }

    private void registerMeters(int version) {
        Tags tags = Tags.of("projection", NAME, "version", Integer.toString(version));
        Gauge.builder("pactos.projection.lag", statuses, s -> s.containsKey(version) ? s.get(version).lag() : Double.NaN)
                .tags(tags).description("events on the log this version has not applied yet").register(meters);
        Gauge.builder("pactos.projection.events.per.second", statuses,
                s -> s.containsKey(version) ? s.get(version).eventsPerSecond() : Double.NaN)
                .tags(tags).description("events applied per second over the last seconds").register(meters);
        Gauge.builder("pactos.projection.parked", statuses, s -> s.containsKey(version) ? s.get(version).parked() : Double.NaN)
                .tags(tags).description("events this version could not apply").register(meters);
    }

    private void stopRunner(int version) {
        ProjectionRunner runner = runners.remove(version);
        if (runner != null) {
            runner.stop();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (checks != null) {
            checks.shutdownNow();
        }
        if (loop != null) {
            loop.shutdownNow();
            try {
                loop.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List.copyOf(runners.keySet()).forEach(this::stopRunner);
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
