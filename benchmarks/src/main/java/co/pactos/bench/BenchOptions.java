package co.pactos.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The command's options; every one has a default, so {@code ./benchmark} alone runs the whole thing.
 *
 * @param events        how many events to put on the two topics before the projection is built
 * @param mix           the share of each event kind among the events that are not the plan's structure
 * @param goals         goals of the plan (one pact gets 500 of them, or all if fewer)
 * @param pacts         pacts of the plan, besides the 500-goal pact and the freshness pact
 * @param seed          seed of the generator: the same seed gives the same events
 * @param rate          offered rate of the report latency runs (the 500-goal pact gets half of it)
 * @param duration      measured time of each latency run
 * @param warmup        unmeasured time before each latency run, at the same rate
 * @param maxInFlight   requests sent at once at most; later ones wait, and their wait counts in their latency
 * @param freshRate     progress reports per second produced during the freshness run
 * @param freshDuration how long the freshness run produces
 * @param skip          phases to leave out: rebuild, latency, freshness, replay, service (all that needs reporting-service); reports or
 *                      dashboard (one kind of latency run)
 * @param serviceJar    reporting-service's executable jar (found under {@code reporting-service/target} when null)
 * @param home          the repository's folder
 */
public record BenchOptions(long events, EventMix mix, int goals, int pacts, long seed, int rate, Duration duration,
                           Duration warmup, int maxInFlight, int freshRate, Duration freshDuration, List<String> skip,
                           Path serviceJar, Path home) {

    static final String USAGE = """
            ./benchmark [options]
              --events N            events put on the topics (default 1000000; 10000000 works)
              --mix kind=w,...      weights of the bulk events (default %s)
              --goals G             goals of the plan (default 1000); --pacts P pacts (default 40)
              --seed S              generator seed (default 7)
              --rate R              offered requests/s of the report latency runs (default 200; the 500-goal pact gets R/2)
              --duration D          measured seconds of each latency run (default 30); --warmup W (default 5)
              --max-in-flight M     concurrent requests at most (default 64)
              --fresh-rate F        events/s of the freshness run (default 1000); --fresh-duration D (default 30)
              --skip a,b            leave out phases: rebuild, latency, freshness, replay; service (stop after the raw baseline);
                                    reports or dashboard (the report API's or the dashboard pages' latency runs)
              --service-jar PATH    reporting-service's executable jar (default reporting-service/target/*-exec.jar)
            Environment: PACTOS_POSTGRES=host:port (with PACTOS_DB_USER, PACTOS_DB_PASSWORD) and
            PACTOS_KAFKA_BOOTSTRAP_SERVERS use existing servers instead of embedded ones; PACTOS_BENCH_TOKEN is sent
            as a bearer token to the service.""".formatted(EventMix.DEFAULT);

    public static BenchOptions parse(String[] args, Path home) {
        long events = 1_000_000;
        EventMix mix = EventMix.parse(EventMix.DEFAULT);
        int goals = 1000;
        int pacts = 40;
        long seed = 7;
        int rate = 200;
        Duration duration = Duration.ofSeconds(30);
        Duration warmup = Duration.ofSeconds(5);
        int maxInFlight = 64;
        int freshRate = 1000;
        Duration freshDuration = Duration.ofSeconds(30);
        List<String> skip = new ArrayList<>();
        Path serviceJar = null;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help") || name.equals("-h")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
            }
            String value = args[++i];
            switch (name) {
                case "--events" -> events = Long.parseLong(value.replace("_", ""));
                case "--mix" -> mix = EventMix.parse(value);
                case "--goals" -> goals = Integer.parseInt(value);
                case "--pacts" -> pacts = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--rate" -> rate = Integer.parseInt(value);
                case "--duration" -> duration = Duration.ofSeconds(Long.parseLong(value));
                case "--warmup" -> warmup = Duration.ofSeconds(Long.parseLong(value));
                case "--max-in-flight" -> maxInFlight = Integer.parseInt(value);
                case "--fresh-rate" -> freshRate = Integer.parseInt(value);
                case "--fresh-duration" -> freshDuration = Duration.ofSeconds(Long.parseLong(value));
                case "--skip" -> skip.addAll(List.of(value.split(",")));
                case "--service-jar" -> serviceJar = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
            }
        }
        if (goals < 1 || pacts < 1 || events < 1 || rate < 1 || freshRate < 1) {
            throw new IllegalArgumentException("--events, --goals, --pacts, --rate and --fresh-rate must be positive\n" + USAGE);
        }
        return new BenchOptions(events, mix, goals, pacts, seed, rate, duration, warmup, maxInFlight, freshRate, freshDuration,
                List.copyOf(skip), serviceJar, home);
    }

    public boolean runs(String phase) {
        return !skip.contains(phase);
    }
}
