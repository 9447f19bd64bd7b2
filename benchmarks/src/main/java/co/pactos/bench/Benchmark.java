package co.pactos.bench;

import co.pactos.infra.FreePorts;
import co.pactos.infra.identity.AuthorizationServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ./benchmark}: fills the topics with N events, times a raw consume of them, starts
 * reporting-service on them and times its projection build (and a rebuild), then report latency at a
 * fixed offered rate and freshness at 1 k events/s. Prints figures; asserts nothing.
 */
public final class Benchmark {

    private static final Logger log = LoggerFactory.getLogger(Benchmark.class);

    /** One latency run: what is asked, at which offered rate, and issue 7's goal for it. */
    private record LatencyRun(String name, String path, int rate, String goal) {
    }

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("pactos.home", ".")).toAbsolutePath().normalize();
        if (args.length > 0 && args[0].equals("writes")) {
            WritesBenchmark.main(java.util.Arrays.copyOfRange(args, 1, args.length), home);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, home);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path jar = options.serviceJar() != null ? options.serviceJar() : ReportingServiceProcess.findJar(home);
        Path target = home.resolve("benchmarks").resolve("target");
        Summary summary = new Summary();
        int status = 0;
        try {
            run(options, jar, target, summary);
        } catch (Exception e) {
            log.error("the benchmark stopped", e);
            summary.add("stopped", e.getClass().getSimpleName(), "", String.valueOf(e.getMessage()));
            status = 1;
        } finally {
            summary.print();
            System.out.println("\nwritten to " + summary.write(target));
        }
        System.exit(status); // the embedded broker leaves non-daemon threads behind
    }

    private static void run(BenchOptions options, Path jar, Path target, Summary summary) throws Exception {
        EventGenerator generator = new EventGenerator(options.events(), options.mix(),
                Math.min(options.goals(), (int) Math.max(10, options.events() / 20)), options.pacts(), options.seed());
        if (generator.structureEvents() > options.events()) {
            throw new IllegalArgumentException("--events " + options.events() + " is less than the plan's structure ("
                    + generator.structureEvents() + " events); give more events or fewer --pacts");
        }
        summary.setting("events", String.format("%,d (%,d of them the plan's structure)", options.events(), generator.structureEvents()));
        summary.setting("mix", options.mix());
        summary.setting("goals", generator.shape().goals() + " goals, " + options.pacts() + " pacts + " + PlanShape.BIG_PACT
                + " + " + PlanShape.FRESH_PACT);
        summary.setting("seed", options.seed());
        summary.setting("machine", Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));
        summary.setting("reporting-service", jar);
        System.out.println("Pactos benchmark: " + String.format("%,d", options.events()) + " events, mix " + options.mix());
        try (BenchInfrastructure infra = BenchInfrastructure.start()) {
            System.out.println("infrastructure: " + infra.describe());
            summary.setting("infrastructure", infra.describe());

            System.out.println("\n1. filling the topics");
            TopicFiller.Filled filled = TopicFiller.fill(infra.bootstrapServers(), generator, options.events());
            summary.add("produce (EventRecords, lz4, acks=all)", rate(filled.eventsPerSecond()),
                    "", String.format("%,d events, %.1f s, %.0f bytes of JSON per event", filled.events(), filled.seconds(),
                            (double) filled.valueBytes() / filled.events()));
            long total = RawConsumeBaseline.endOffsets(infra.bootstrapServers());

            System.out.println("\n2. raw consume + JSON parse of both topics");
            RawConsumeBaseline.Consumed raw = RawConsumeBaseline.measure(infra.bootstrapServers());
            summary.add("raw consume + EventJson.read", rate(raw.eventsPerSecond()), "",
                    String.format("%,d events in %.1f s, one thread%s", raw.events(), raw.seconds(),
                            raw.unknownTypes() > 0 ? ", " + raw.unknownTypes() + " unknown types" : ""));

            if (!options.runs("service")) {
                summary.add("benchmark peak RSS", PeakRss.text(PeakRss.ofThisProcess()), "", "this JVM, with the embedded broker when there is one");
                return;
            }
            System.out.println("\n3. reporting-service builds its projection from the full topics");
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            // the service trusts tokens of an authorization server of the benchmark's own; the admin API needs an operator
            AuthorizationServer.Client operator = new AuthorizationServer.Client("operador", "operador-dev-secret", "operator", null,
                    "benchmark operator");
            try (AuthorizationServer identity = AuthorizationServer.start(FreePorts.pick(), List.of(operator), Duration.ofHours(8));
                 ReportingServiceProcess service = ReportingServiceProcess.start(jar, infra, FreePorts.pick(),
                    target.resolve("reporting-service-" + stamp + ".log"), Map.of(
                            "PACTOS_OAUTH2_ISSUER", identity.issuer(),
                            "PACTOS_OAUTH2_JWK_SET_URI", identity.jwkSetUri(),
                            "PACTOS_OAUTH2_AUDIENCE", AuthorizationServer.AUDIENCE))) {
                System.out.println("  started pid " + service.pid() + " on " + service.url() + ", log " + service.log());
                String token = identity.token(operator.clientId(), operator.secret());
                ServiceHttp http = new ServiceHttp(service.url(),
                        () -> ServiceHttp.TOKEN_FROM_ENVIRONMENT.get().or(() -> Optional.of(token)));
                ProjectionBuildProbe probe = new ProjectionBuildProbe(http, infra);
                Duration buildTimeout = Duration.ofSeconds(180 + total / 1000);
                ProjectionBuildProbe.Build build = probe.awaitInitialBuild(service, total, buildTimeout);
                long caughtUp = System.nanoTime();
                summary.add("initial build", rate(build.eventsPerSecond()), ">= 100 k/s",
                        String.format("%,d events; %.1f s from the first position seen moving, %.1f s from launch; progress from the %s",
                                build.events(), build.seconds(), build.fromLaunch(), build.source()));
                summary.add("initial build / raw", ratio(build.eventsPerSecond(), raw.eventsPerSecond()), ">= 0.33", "");
                summary.add("service peak RSS after the build", PeakRss.text(PeakRss.mib(service.pid())), "<= 512 MB", "VmHWM");
                service.awaitHealthy(http, Duration.ofMinutes(3));
                double toLive = probe.awaitLive(caughtUp, buildTimeout);
                if (toLive >= 0) {
                    summary.add("initial build, caught up to LIVE", String.format("%.1f s", toLive), "",
                            "keys and indexes taken once caught up, then the version checked and made live");
                }

                if (options.runs("rebuild")) {
                    System.out.println("\n4. rebuild of " + ProjectionBuildProbe.PROJECTION + " while the service answers");
                    Optional<ProjectionBuildProbe.Build> rebuild = probe.rebuild(total, buildTimeout);
                    if (rebuild.isPresent()) {
                        summary.add("rebuild (new version to LIVE)", rate(rebuild.get().eventsPerSecond()), ">= 100 k/s",
                                String.format("%,d events in %.1f s; the service reported %.0f events/s", total, rebuild.get().seconds(),
                                        rebuild.get().serviceRate()));
                        summary.add("rebuild / raw", ratio(rebuild.get().eventsPerSecond(), raw.eventsPerSecond()), ">= 0.33", "");
                        double fillRate = total / rebuild.get().filledSeconds();
                        summary.add("rebuild, filling (every event applied)", rate(fillRate), ">= 100 k/s",
                                String.format("%.1f s; then keys, indexes and the check against the live version; / raw: %s",
                                        rebuild.get().filledSeconds(), ratio(fillRate, raw.eventsPerSecond())));
                        summary.add("service peak RSS after the rebuild", PeakRss.text(PeakRss.mib(service.pid())), "<= 512 MB", "VmHWM");
                    } else {
                        summary.add("rebuild", "skipped", ">= 100 k/s", "the service did not accept it; the reason is printed above");
                    }
                }
                if (options.runs("freshness")) {
                    System.out.printf("%n5. freshness: %d progress reports/s for %d s%n", options.freshRate(),
                            options.freshDuration().toSeconds());
                    FreshnessProbe.Result fresh = new FreshnessProbe(http, infra.bootstrapServers(), generator)
                            .run(options.freshRate(), options.freshDuration());
                    summary.add("freshness, produced to visible in the report", "p50 " + fresh.report().millis(50) + ", p99 "
                                    + fresh.report().millis(99) + ", max " + fresh.report().maxMillis(), "p99 <= 300 ms",
                            String.format("%,d events at %d/s, %,d never visible; report poll p50 %s (the resolution)",
                                    fresh.produced(), fresh.rate(), fresh.notVisible(), fresh.poll().millis(50)));
                    summary.add("freshness raw, produced to consumed", "p50 " + fresh.raw().millis(50) + ", p99 " + fresh.raw().millis(99)
                            + ", max " + fresh.raw().maxMillis(), "", "a plain consumer of the same topic");
                    summary.add("service peak RSS after freshness", PeakRss.text(PeakRss.mib(service.pid())), "<= 512 MB", "VmHWM");
                }
                if (options.runs("latency")) {
                    System.out.println("\n6. report latency, open loop");
                    latency(http, options, generator, summary);
                    summary.add("service peak RSS after the latency runs", PeakRss.text(PeakRss.mib(service.pid())), "<= 512 MB", "VmHWM");
                }
                if (options.runs("replay")) {
                    System.out.println("\n7. audit replay of the whole log (POST /api/audit/replays)");
                    EventGenerator again = new EventGenerator(options.events(), options.mix(),
                            Math.min(options.goals(), (int) Math.max(10, options.events() / 20)), options.pacts(), options.seed());
                    ReplayProbe.Replayed replay = ReplayProbe.run(http, again, target, PlanShape.BIG_PACT);
                    summary.add("audit replay (verify, build, report, compare)", rate(replay.eventsPerSecond()), "",
                            String.format("%,d events, %,d MB of export, %.1f s; verdict %s (%d figures differ); / initial build: %s",
                                    replay.events(), replay.exportBytes() >> 20, replay.seconds(), replay.verdict(), replay.changes(),
                                    ratio(replay.eventsPerSecond(), build.eventsPerSecond())));
                    summary.add("service peak RSS after the replay", PeakRss.text(PeakRss.mib(service.pid())), "<= 512 MB", "VmHWM");
                }
            }
            summary.add("benchmark peak RSS", PeakRss.text(PeakRss.ofThisProcess()), "",
                    "this JVM, with the embedded broker when there is one");
        }
    }

    private static void latency(ServiceHttp http, BenchOptions options, EventGenerator generator, Summary summary) throws Exception {
        PlanShape shape = generator.shape();
        String asOf = generator.times().middle().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atOffset(RecordedTimes.COLOMBIA).toString();
        String pact = "/api/reports/pacts/" + shape.samplePact() + "?period=2022-06-30";
        for (LatencyRun run : java.util.stream.Stream.of(new LatencyRun[] {
                new LatencyRun("pact report", pact, options.rate(), "p99 <= 20 ms at 200/s"),
                new LatencyRun("plan summary", "/api/reports/pacts?planId=" + PlanShape.PLAN_ID + "&period=2022", options.rate(),
                        "p99 <= 20 ms at 200/s"),
                new LatencyRun("asOf pact report", pact + "&asOf=" + ServiceHttp.encode(asOf), options.rate(), "p99 <= 200 ms"),
                new LatencyRun("500-goal pact report", "/api/reports/pacts/" + PlanShape.BIG_PACT + "?period=2022-06-30",
                        Math.max(1, options.rate() / 2), "p99 <= 50 ms at 100/s"),
                // the dashboard's pages (HTML rendered per request from the same reports), at a quarter of the rate
                new LatencyRun("dashboard plan page", "/?planId=" + PlanShape.PLAN_ID + "&period=2022", Math.max(1, options.rate() / 4),
                        "p99 <= 100 ms at 50/s (issue 11)"),
                new LatencyRun("dashboard pact page", "/pactos/" + shape.samplePact() + "?period=2022-06-30",
                        Math.max(1, options.rate() / 4), "p99 <= 100 ms at 50/s (issue 11)")})
                .filter(run -> options.runs(run.name().startsWith("dashboard") ? "dashboard" : "reports")).toList()) {
            String alone = once(http, run);
            OpenLoopLoad.Result result = OpenLoopLoad.run(http, run.name(), run.path(), run.rate(), options.warmup(),
                    options.duration(), options.maxInFlight());
            Percentiles p = result.latency();
            summary.add(run.name() + " at " + run.rate() + "/s", "p50 " + p.millis(50) + ", p90 " + p.millis(90) + ", p99 " + p.millis(99)
                            + ", max " + p.maxMillis(), run.goal(),
                    String.format("%.1f answered/s; %d ok of %d%s%s; alone before the run %s", result.answeredPerSecond(),
                            result.answeredOk(), result.scheduled(), result.errors().isEmpty() ? "" : "; errors " + result.errors(),
                            result.unanswered() > 0 ? "; " + result.unanswered() + " unanswered after the drain" : "", alone));
            ServiceLoad.awaitIdle(http, Duration.ofSeconds(180));
        }
    }

    /** One request on its own before the run: status, size and time, printed and returned as text. */
    private static String once(ServiceHttp http, LatencyRun run) throws InterruptedException {
        String name = run.name();
        String path = run.path();
        try {
            long sent = System.nanoTime();
            HttpResponse<String> once = http.get(path);
            String text = String.format("%d, %,d bytes, %.1f ms", once.statusCode(), once.body().length(), (System.nanoTime() - sent) / 1e6);
            System.out.printf("  %s: GET %s -> %s alone%n", name, path, text);
            return text;
        } catch (IOException e) {
            System.out.printf("  %s: a single request failed: %s%n", name, e);
            return "failed: " + e.getClass().getSimpleName();
        }
    }

    private static String rate(double eventsPerSecond) {
        return String.format("%,.0f events/s", eventsPerSecond);
    }

    private static String ratio(double a, double b) {
        return String.format("%.3f", a / b);
    }
}
