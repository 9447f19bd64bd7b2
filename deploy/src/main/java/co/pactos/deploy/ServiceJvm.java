package co.pactos.deploy;

import java.util.List;

/**
 * The JVM options of each service, in one place: the local run ({@link ServiceProcess}), the write benchmark
 * (which starts the local suite) and, copied by hand, {@code deploy/compose/docker-compose.yml}. Each service must
 * stay within 512 MB of resident memory under load (issues 7 and 9); {@code PACTOS_SERVICE_JVM} adds options to all
 * ({@code {service}} in them is replaced by the service's name).
 */
public final class ServiceJvm {

    /**
     * A bounded heap plus bounded metaspace, code cache and thread stacks, so that the heap is most of the
     * resident size; NIO's per-thread cache of temporary direct buffers kept to small ones (a 16 MB Kafka fetch
     * otherwise stays cached per consumer thread). The serial collector: two cores, and the heaps are small. The C heap
     * trimmed every 5 s: after a 100 000-line batch and a 100 000-row XLSX import goals-service's RSS was 524 MiB, of
     * which ~80 MB outside what the JVM accounts for (native memory tracking: 446 MB committed) was memory glibc had been
     * given back but kept (zip inflaters of the import and of class loading); {@code jcmd System.trim_native_heap} then
     * returned 36 MB. That option exists in JDK 17.0.9+, 21.0.1+ and 22+, not in 18-20: given only to a JDK that takes it.
     */
    private static final List<String> BOUNDED = List.of("-XX:MaxMetaspaceSize=128m", "-XX:ReservedCodeCacheSize=64m", "-Xss512k",
            "-XX:+UseSerialGC", "-Djdk.nio.maxCachedBufferSize=262144");
    private static final String TRIM = "-XX:TrimNativeHeapInterval=5000";
    private static volatile Boolean trims;

    private ServiceJvm() {
    }

    /** Whether this JDK (the one the services are started with) takes the C-heap trim: asked once, with -version. */
    private static boolean trims() {
        if (trims == null) {
            try {
                Process probe = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(), TRIM,
                        "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                boolean done = probe.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
                if (!done) {
                    probe.destroyForcibly();
                }
                trims = done && probe.exitValue() == 0;
            } catch (java.io.IOException e) {
                trims = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                trims = false;
            }
        }
        return trims;
    }

    public static List<String> options(String service) {
        List<String> heap = switch (service) {
            // the command services: -Xmx384m (C1 only) left goals-service at 556 MB after 64 writing clients (issue 9).
            // 256 MB holds the aggregate cache (pactos.axon.cache.max-aggregates: 1 024 goals of ~250 reports is ~60 MB)
            // and 64 requests in flight; C2 is kept (the code cache is bounded above): the writes are CPU-bound
            case "goals-service", "investments-service" -> List.of("-Xmx256m");
            // the reporting projection: 256 MB, measured in the benchmarks (benchmarks/README.md)
            default -> List.of("-Xmx256m");
        };
        List<String> options = new java.util.ArrayList<>(heap);
        options.addAll(BOUNDED);
        if (trims()) {
            options.add(TRIM);
        }
        return List.copyOf(options);
    }
}
