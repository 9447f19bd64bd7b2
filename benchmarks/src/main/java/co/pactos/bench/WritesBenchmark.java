package co.pactos.bench;

import co.pactos.deploy.LocalSuite;
import co.pactos.deploy.ServiceProcess;
import co.pactos.infra.FreePorts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ./benchmark writes}: starts the local suite (as {@code ./run-local} does, on free ports and a data folder
 * deleted at the end) and drives goals-service over HTTP with the planning office's token: single PUTs of
 * progress reports and of activities from {@code --clients} clients, an open-loop run at {@code --open-rate} with
 * the relay's lag, a {@code --batch-lines} {@code POST /api/batch}, the RSS of each service, and beside them
 * PostgreSQL's own insert rates on the same server. Prints figures (issue 9's goals beside them); asserts nothing.
 */
final class WritesBenchmark {

    private static final Logger log = LoggerFactory.getLogger(WritesBenchmark.class);

    static final String PLAN = "bench-plan";
    static final String PACT = "bench-pact";
    static final String DEPENDENCY = "SDSP";
    static final String GOALS_TOPIC = "pactos.goals.events";
    private static final LocalDate PLAN_START = LocalDate.of(2020, 1, 1);

    private WritesBenchmark() {
    }

    static void main(String[] args, Path home) {
        WritesOptions options;
        try {
            options = WritesOptions.parse(args, home);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path target = home.resolve("benchmarks").resolve("target");
        Summary summary = new Summary("issue 9");
        int status = 0;
        try {
            run(options, summary);
        } catch (Exception e) {
            log.error("the benchmark stopped", e);
            summary.add("stopped", e.getClass().getSimpleName(), "", String.valueOf(e.getMessage()));
            status = 1;
        } finally {
            summary.print();
            System.out.println("\nwritten to " + summary.write(target, "results-writes-"));
        }
        System.exit(status);
    }

    private static void run(WritesOptions options, Summary summary) throws Exception {
        Path data = Files.createTempDirectory("pactos-bench-writes-");
        summary.setting("machine", Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", load average at start " + loadAverage());
        summary.setting("options", options.clients() + " clients, " + options.duration().toSeconds() + " s runs ("
                + options.window().toSeconds() + " s windows), " + options.goals() + " goals, open loop " + options.openRate() + "/s for "
                + options.openDuration().toSeconds() + " s, batch " + options.batchLines() + " lines");
        LocalSuite.Settings settings = new LocalSuite.Settings(options.home(), data, FreePorts.pick(), FreePorts.pick(), FreePorts.pick(),
                FreePorts.pick(), FreePorts.pick(), FreePorts.pick());
        System.out.println("starting the local suite in " + data);
        LocalSuite started;
        try {
            started = LocalSuite.start(settings);
        } catch (RuntimeException e) {
            deleteQuietly(data); // the suite closed what it had started
            throw e;
        }
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable close = () -> {
            if (closed.compareAndSet(false, true)) {
                started.close();
            }
        };
        // Ctrl-C stops the services, the broker and PostgreSQL too, not only this JVM
        Runtime.getRuntime().addShutdownHook(new Thread(close, "writes-benchmark-stop"));
        try (AutoCloseable stop = close::run) {
            LocalSuite suite = started;
            ServiceProcess goals = suite.service("goals-service");
            summary.setting("suite", "goals-service " + goals.url() + " (pid " + goals.pid() + "), PostgreSQL "
                    + suite.postgres().host() + ":" + suite.postgres().port() + ", Kafka " + suite.kafkaBootstrapServers());
            WritesHttp http = new WritesHttp(goals.url(), suite.token("planeacion"));
            fixture(http, options.goals());

            if (options.runs("baseline")) {
                System.out.println("\nPostgreSQL on the same server: one row per transaction, then JDBC batches");
                PostgresBaseline.Rates rates = new PostgresBaseline(suite.postgres())
                        .measure(options.connections(), options.baseline(), options.baselineRows());
                summary.add("PostgreSQL, one row per transaction", rows(rates.oneRowPerTransaction()), "",
                        rates.connections() + " connections (a service's pool), autocommit, a domain_event_entry-shaped row");
                summary.add("PostgreSQL, JDBC batch", rows(rates.jdbcBatch()), "",
                        String.format("%,d rows in batches of 1 000, one connection, a commit per batch; 0.25 of it: %s",
                                rates.batchRows(), rows(rates.jdbcBatch() / 4)));
            }
            if (options.runs("progress")) {
                System.out.printf("%nprogress reports: %d clients, one PUT each, %d s%n", options.clients(), options.duration().toSeconds());
                closedLoop(summary, "progress reports, one PUT each", ">= 3 000/s, p99 <= 100 ms", http, options,
                        (client, n) -> progress(client % options.goals(), "p-" + client + "-" + n, n), goals.pid());
                summary.add("goals-service RSS after the progress run", rss(goals), "<= 512 MB", "VmRSS now, VmHWM peak");
            }
            if (options.runs("activities")) {
                System.out.printf("%nactivities: %d clients, one PUT each, %d s%n", options.clients(), options.duration().toSeconds());
                closedLoop(summary, "activities, one PUT each", ">= 3 000/s", http, options, WritesBenchmark::activity, goals.pid());
            }
            if (options.runs("open-loop")) {
                System.out.printf("%nopen loop: %d progress reports/s offered for %d s, relay lag on %s%n", options.openRate(),
                        options.openDuration().toSeconds(), GOALS_TOPIC);
                try (RelayWatch relay = new RelayWatch(suite.kafkaBootstrapServers(), GOALS_TOPIC)) {
                    OpenLoopPuts.Result open = OpenLoopPuts.run(http, relay, options.openRate(), options.openDuration(),
                            Math.max(128, options.clients() * 2), (client, n) -> progress((int) (n % options.goals()), "o-" + n, n));
                    summary.add("open loop, " + open.rate() + " PUTs/s offered", String.format("%,.0f accepted/s", open.acceptedPerSecond()),
                            "1 000/s held", String.format("latency from due time p50 %s, p99 %s; %,d scheduled, statuses %s",
                                    open.latency().millis(50), open.latency().millis(99), open.scheduled(), open.statuses()));
                    summary.add("relay lag, PUT answered to record on Kafka", "p50 " + open.relayLag().millis(50) + ", p99 "
                                    + open.relayLag().millis(99), "p99 <= 100 ms",
                            String.format("%,d events, %,d not on the topic %d s after the run", open.events(), open.behind(),
                                    OpenLoopPuts.DRAIN.toSeconds()));
                }
            }
            if (options.runs("batch")) {
                System.out.printf("%nPOST /api/batch with %,d progress-report lines%n", options.batchLines());
                batch(summary, http, options, goals.pid());
                summary.add("goals-service RSS after the batch", rss(goals), "<= 512 MB", "VmRSS now, VmHWM peak");
            }
            if (options.runs("import")) {
                System.out.printf("%nPOST /api/imports/progress with an XLSX of %,d progress reports%n", options.importRows());
                importRun(summary, goals, suite.token("planeacion"), options);
                summary.add("goals-service RSS after the import", rss(goals), "<= 512 MB", "VmRSS now, VmHWM peak");
            }
            for (String name : List.of("goals-service", "investments-service", "reporting-service")) {
                summary.add(name + " RSS at the end", rss(suite.service(name)), "<= 512 MB", "VmRSS now, VmHWM peak");
            }
            summary.add("benchmark JVM peak RSS", PeakRss.text(PeakRss.ofThisProcess()), "", "the load generator, the broker, the suite's launcher");
        } finally {
            deleteQuietly(data);
        }
    }

    private static void closedLoop(Summary summary, String name, String goal, WritesHttp http, WritesOptions options,
                                   ClosedLoopPuts.Write write, long servicePid) throws InterruptedException {
        long cpu = PeakRss.cpuMillis(servicePid);
        ClosedLoopPuts.Result result = ClosedLoopPuts.run(http, options.clients(), options.duration(), options.window(), write);
        summary.add(name + ", " + result.clients() + " clients", ClosedLoopPuts.text(result.all()), goal,
                String.format("%,d accepted in %.0f s; statuses %s; %s", result.accepted(), result.seconds(), result.statuses(),
                        cpuPerWrite(servicePid, cpu, result.accepted())));
        summary.add(name + ", first " + options.window().toSeconds() + " s", ClosedLoopPuts.text(result.first()), "", "");
        summary.add(name + ", last " + options.window().toSeconds() + " s", ClosedLoopPuts.text(result.last()),
                "as fast as the first", "");
    }

    private static void batch(Summary summary, WritesHttp http, WritesOptions options, long servicePid)
            throws IOException, InterruptedException {
        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        for (int i = 0; i < options.batchLines(); i++) {
            String[] put = progress(i % options.goals(), "b-" + i, i);
            ndjson.writeBytes(("{\"put\":\"" + put[0] + "\",\"body\":" + put[1] + "}\n").getBytes(StandardCharsets.UTF_8));
        }
        long cpu = PeakRss.cpuMillis(servicePid);
        long sent = System.nanoTime();
        List<String> statuses = http.batch(ndjson.toByteArray(), Duration.ofHours(2));
        double seconds = (System.nanoTime() - sent) / 1e9;
        Map<String, Long> counts = new TreeMap<>();
        statuses.forEach(s -> counts.merge(s, 1L, Long::sum));
        long created = counts.getOrDefault("CREATED", 0L);
        summary.add("POST /api/batch, " + String.format("%,d", options.batchLines()) + " lines", rows(created / seconds).replace("rows", "events"),
                ">= 10 000 events/s, >= 0.25 of JDBC batch", String.format("%.1f s, %,d bytes; lines %s; %s", seconds, ndjson.size(), counts,
                        cpuPerWrite(servicePid, cpu, created)));
    }

    /**
     * A workbook of the progress template, {@code --import-rows} rows over the goals of the runs (report ids of their own),
     * posted as Planeación (who loads for any dependency), timed from the first byte sent to the summary line.
     */
    private static void importRun(Summary summary, ServiceProcess goals, String token, WritesOptions options)
            throws IOException, InterruptedException {
        Path xlsx = Files.createTempFile("pactos-import-", ".xlsx");
        try {
            ImportBenchmark.workbook(xlsx, options.importRows(), options.goals(), WritesBenchmark::goalId, "x-");
            long cpu = PeakRss.cpuMillis(goals.pid());
            ImportBenchmark.Imported imported = ImportBenchmark.upload(
                    java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build(),
                    goals.url() + "/api/imports/progress", token, xlsx);
            summary.add("XLSX import, " + String.format("%,d", options.importRows()) + " rows",
                    rows(imported.created() / imported.seconds()).replace("rows", "events"), ">= 10 000 events/s",
                    String.format("%,d rows CREATED in %.1f s (%.1f s upload and reading before the first row), %,d bytes; %s",
                            imported.created(), imported.seconds(), imported.reading(), Files.size(xlsx),
                            cpuPerWrite(goals.pid(), cpu, imported.created())));
        } finally {
            Files.deleteIfExists(xlsx);
        }
    }

    /** The plan, a dependency, a pact and the goals the runs write to. */
    private static void fixture(WritesHttp http, int goals) throws IOException, InterruptedException {
        http.mustPut("/api/plans/" + PLAN, "{\"name\":\"Valle Invencible\",\"territoryCode\":\"76\",\"startDate\":\"2020-01-01\","
                + "\"endDate\":\"2023-12-31\",\"source\":\"benchmark\"}");
        http.mustPut("/api/dependencies/" + DEPENDENCY, "{\"name\":\"Secretaría de Desarrollo Social y Participación\"}");
        http.mustPut("/api/pacts/" + PACT, "{\"planId\":\"" + PLAN + "\",\"name\":\"Pacto de la prueba de carga\"}");
        for (int g = 0; g < goals; g++) {
            http.mustPut("/api/goals/" + goalId(g), ("{\"planId\":\"%s\",\"code\":\"MP-%d\",\"statement\":\"Meta %d\",\"indicator\":\"Unidades\","
                    + "\"unit\":\"número\",\"kind\":\"PRODUCT\",\"accumulation\":\"FLOW\",\"baseline\":0,\"target\":1000000,"
                    + "\"dependency\":\"%s\"}").formatted(PLAN, g, g, DEPENDENCY));
        }
        System.out.println("fixture: plan, dependency, pact and " + goals + " goals recorded");
    }

    static String goalId(int g) {
        return "bench-goal-" + g;
    }

    private static String[] progress(int goal, String reportId, long n) {
        return new String[] {"/api/goals/" + goalId(goal) + "/progress/" + reportId,
                "{\"effectiveDate\":\"" + PLAN_START.plusDays(n % 1400) + "\",\"value\":" + n + "}"};
    }

    private static String[] activity(int client, long n) {
        return new String[] {"/api/activities/a-" + client + "-" + n,
                "{\"dependency\":\"" + DEPENDENCY + "\",\"title\":\"Jornada de formación " + n + "\",\"startDate\":\""
                        + PLAN_START.plusDays(n % 1400) + "\",\"pacts\":[\"" + PACT + "\"],\"beneficiaries\":[{\"group\":\"Dignatarios\","
                        + "\"count\":" + (1 + n % 50) + "}],\"municipalities\":[\"76001\"]}"};
    }

    /**
     * The service's CPU time per accepted write over a run: unlike the rates, it hardly depends on what else the
     * machine is running (PostgreSQL's and the broker's CPU are not in it).
     */
    private static String cpuPerWrite(long pid, long cpuBefore, long accepted) {
        long cpuAfter = PeakRss.cpuMillis(pid);
        if (cpuBefore < 0 || cpuAfter < 0 || accepted == 0) {
            return "service CPU n/a";
        }
        return String.format("goals-service CPU %.2f ms per accepted write", (cpuAfter - cpuBefore) / (double) accepted);
    }

    private static String rss(ServiceProcess service) {
        return PeakRss.text(PeakRss.currentMib(service.pid())) + " (peak " + PeakRss.text(PeakRss.mib(service.pid())) + ")";
    }

    private static String rows(double perSecond) {
        return String.format("%,.0f rows/s", perSecond);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "n/a";
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            log.warn("could not delete {}", dir, e);
        }
    }
}
