package co.pactos.bench;

import co.pactos.events.EventJson;
import co.pactos.events.PactosEvent;
import co.pactos.events.goals.ProgressReportedEvent;
import co.pactos.kit.relay.EventRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;

/**
 * Freshness: progress reports of the freshness goal are produced at a fixed rate, report k with value
 * k and a later recorded time than report k-1, so the pact report's {@code achieved} for that goal is
 * the newest k the projection has applied. Two pollers read the report back to back; when one sees
 * k, every report up to k became visible then (they share a partition, so they are applied in order).
 * Latency = seen - produced, so it includes up to one report round trip (printed as the resolution).
 * Beside it, a plain consumer of the same topic times produce to consume: the raw baseline.
 */
final class FreshnessProbe {

    static final LocalDate EFFECTIVE_DATE = LocalDate.of(2022, 12, 31);
    static final String PERIOD = "2022";
    private static final Duration SETTLE = Duration.ofSeconds(30);

    /** The outcome: the report's latency, the raw consumer's, the poll round trip, and how many never showed. */
    record Result(int rate, long produced, long notVisible, Percentiles report, Percentiles raw, Percentiles poll) {
    }

    private final ServiceHttp http;
    private final String bootstrapServers;
    private final EventGenerator generator;
    private final ObjectMapper json = new ObjectMapper();

    FreshnessProbe(ServiceHttp http, String bootstrapServers, EventGenerator generator) {
        this.http = http;
        this.bootstrapServers = bootstrapServers;
        this.generator = generator;
    }

    Result run(int rate, Duration duration) throws InterruptedException {
        int count = (int) (rate * duration.toMillis() / 1000);
        long[] produced = new long[count + 1];
        long[] visible = new long[count + 1];
        long[] consumed = new long[count + 1];
        AtomicLong seen = new AtomicLong();
        long[] polls = new long[1 << 20];
        AtomicLong pollCount = new AtomicLong();
        stopped = false;
        CountDownLatch rawReady = new CountDownLatch(1);
        Thread raw = new Thread(() -> consumeRaw(produced, consumed, rawReady), "freshness-raw");
        raw.start();
        rawReady.await(30, TimeUnit.SECONDS);
        List<Thread> pollers = List.of(poller(produced, visible, seen, polls, pollCount, 0),
                poller(produced, visible, seen, polls, pollCount, 1));
        pollers.forEach(Thread::start);
        try (Producer<String, byte[]> producer = TopicFiller.producer(bootstrapServers, 5)) {
            long period = 1_000_000_000L / rate;
            long start = System.nanoTime() + 100_000_000L;
            Instant recorded = Instant.now().truncatedTo(ChronoUnit.MICROS);
            for (int k = 1; k <= count; k++) {
                long due = start + (k - 1) * period;
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                recorded = now.isAfter(recorded) ? now : recorded.plus(1, ChronoUnit.MICROS);
                EventGenerator.GeneratedEvent event = generator.freshProgress(k, recorded, EFFECTIVE_DATE);
                produced[k] = System.nanoTime();
                producer.send(EventRecords.of(event.topic(), event.event(), event.attributes()));
            }
            producer.flush();
        }
        Polling.every(Duration.ofMillis(50), SETTLE, () -> seen.get() >= count ? Optional.of(true) : Optional.empty());
        stopped = true;
        for (Thread poller : pollers) {
            poller.join(35_000);
        }
        raw.join(5_000);
        long notVisible = count - seen.get();
        return new Result(rate, count, notVisible, Percentiles.of(delays(produced, visible), null),
                Percentiles.of(delays(produced, consumed), null),
                Percentiles.of(Arrays.copyOf(polls, (int) Math.min(polls.length, pollCount.get())), null));
    }

    private volatile boolean stopped;

    private Thread poller(long[] produced, long[] visible, AtomicLong seen, long[] polls, AtomicLong pollCount, int id) {
        String path = "/api/reports/pacts/" + PlanShape.FRESH_PACT + "?period=" + PERIOD;
        Thread thread = new Thread(() -> {
            while (!stopped) {
                long sent = System.nanoTime();
                Optional<Long> k = achieved(path);
                long now = System.nanoTime();
                long n = pollCount.getAndIncrement();
                if (n < polls.length) {
                    polls[(int) n] = now - sent;
                }
                if (k.isPresent()) {
                    synchronized (visible) {
                        long newest = Math.min(k.get(), produced.length - 1);
                        for (long j = seen.get() + 1; j <= newest; j++) {
                            visible[(int) j] = now;
                        }
                        seen.accumulateAndGet(newest, Math::max);
                    }
                }
            }
        }, "freshness-poller-" + id);
        thread.setDaemon(true);
        return thread;
    }

    /** The freshness goal's achieved value in the pact report: the newest k applied. */
    private Optional<Long> achieved(String path) {
        try {
            HttpResponse<String> answer = http.get(path);
            if (answer.statusCode() != 200) {
                return Optional.empty();
            }
            for (JsonNode goal : json.readTree(answer.body()).path("goals")) {
                if (goal.path("goalId").asText().equals(PlanShape.FRESH_GOAL) && goal.path("achieved").isNumber()) {
                    return Optional.of(goal.path("achieved").decimalValue().longValue());
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private void consumeRaw(long[] produced, long[] consumed, CountDownLatch ready) {
        try (KafkaConsumer<String, byte[]> consumer = RawConsumeBaseline.consumer(bootstrapServers)) {
            List<TopicPartition> partitions = consumer.partitionsFor(co.pactos.events.Topics.GOALS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            ready.countDown();
            while (!stopped) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    if (!PlanShape.FRESH_GOAL.equals(record.key())) {
                        continue;
                    }
                    long now = System.nanoTime();
                    Optional<PactosEvent> event = EventJson.read(
                            new String(record.headers().lastHeader("ce_type").value(), java.nio.charset.StandardCharsets.UTF_8),
                            record.value());
                    if (event.orElse(null) instanceof ProgressReportedEvent report && report.reportId().startsWith("frescura-")) {
                        int k = Integer.parseInt(report.reportId().substring("frescura-".length()));
                        if (k < consumed.length && produced[k] > 0) {
                            consumed[k] = now;
                        }
                    }
                }
            }
        }
    }

    private static long[] delays(long[] produced, long[] at) {
        return java.util.stream.IntStream.range(1, produced.length).filter(k -> at[k] > 0 && produced[k] > 0)
                .mapToLong(k -> at[k] - produced[k]).toArray();
    }
}
