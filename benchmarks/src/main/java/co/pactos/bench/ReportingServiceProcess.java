package co.pactos.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * reporting-service as a child JVM from its executable jar, as the local suite runs it (but with
 * the memory settings it is deployed with, {@link #JVM_OPTIONS}, and the JIT left at its defaults), its output in a log file.
 * Extra JVM options come from {@code PACTOS_BENCH_SERVICE_JVM}.
 */
final class ReportingServiceProcess implements AutoCloseable {

    private final Process process;
    private final long startedNanos;
    private final int port;
    private final Path log;

    private ReportingServiceProcess(Process process, long startedNanos, int port, Path log) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.port = port;
        this.log = log;
    }

    static Path findJar(Path home) {
        Path target = home.resolve("reporting-service").resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no executable jar in " + target
                            + "; build first: ./mvnw -B -pl benchmarks -am package -DskipTests"));
        } catch (IOException e) {
            throw new IllegalStateException("no " + target + "; build first: ./mvnw -B -pl benchmarks -am package -DskipTests", e);
        }
    }

    /**
     * The memory settings reporting-service is deployed with (deploy/compose/docker-compose.yml), so that its resident
     * size stays within 512 MB: heap, class metadata, compiled code and thread stacks bounded.
     */
    static final String JVM_OPTIONS = "-Xmx256m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -Xss512k -Djdk.nio.maxCachedBufferSize=262144";

    static ReportingServiceProcess start(Path jar, BenchInfrastructure infra, int port, Path log, java.util.Map<String, String> env) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(JVM_OPTIONS.split(" ")));
        String extra = System.getenv("PACTOS_BENCH_SERVICE_JVM");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("PACTOS_REPORTING_DB_URL", infra.reportingJdbcUrl());
        builder.environment().put("PACTOS_DB_USER", infra.postgres().user());
        builder.environment().put("PACTOS_DB_PASSWORD", infra.postgres().password());
        builder.environment().put("PACTOS_KAFKA_BOOTSTRAP_SERVERS", infra.bootstrapServers());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().putAll(env);
        try {
            Files.createDirectories(log.getParent());
            long started = System.nanoTime();
            return new ReportingServiceProcess(builder.start(), started, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start reporting-service from " + jar, e);
        }
    }

    String url() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    long startedNanos() {
        return startedNanos;
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until /actuator/health answers UP; fails if the process ends or the time runs out. */
    void awaitHealthy(ServiceHttp http, Duration timeout) throws InterruptedException {
        Polling.every(Duration.ofMillis(100), timeout, () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("reporting-service exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> health = http.get("/actuator/health");
                return health.statusCode() == 200 && health.body().contains("\"UP\"") ? Optional.of(true) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty(); // not listening yet
            }
        }).orElseThrow(() -> new IllegalStateException("reporting-service did not become healthy within " + timeout + "; see " + log));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
