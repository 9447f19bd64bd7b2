package co.pactos.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of {@code ./benchmark writes}; every one has a default (issue 9's sizes), {@code --quick} a smoke run.
 *
 * @param clients        concurrent clients of the closed-loop PUT runs, each sending its next PUT when the last one answered
 * @param duration       how long each closed-loop run lasts
 * @param window         the first and last windows whose rate and latency are printed apart (does the rate hold?)
 * @param goals          goals the progress reports are spread over
 * @param openRate       offered PUTs per second of the open-loop run
 * @param openDuration   how long the open-loop run offers them
 * @param batchLines     lines of the {@code POST /api/batch} run
 * @param importRows     rows of the XLSX import run ({@code POST /api/imports/progress})
 * @param baseline       how long PostgreSQL's one-row-per-transaction baseline runs
 * @param baselineRows   rows of PostgreSQL's JDBC-batch baseline
 * @param connections    connections of the one-row-per-transaction baseline (the services' pool size)
 * @param skip           runs to leave out: progress, activities, open-loop, batch, import, baseline
 * @param home           the repository's folder (each service's jar is under {@code <service>/target})
 */
public record WritesOptions(int clients, Duration duration, Duration window, int goals, int openRate, Duration openDuration,
                            int batchLines, int importRows, Duration baseline, int baselineRows, int connections, List<String> skip,
                            Path home) {

    static final String USAGE = """
            ./benchmark writes [options]     starts the local suite (embedded PostgreSQL, in-process Kafka, the three services)
              --quick                  a smoke run: 20 s runs, 5 s windows, 10 s open loop, 10 000-line batch
              --clients C              clients of the closed-loop PUT runs (default 64)
              --duration D             seconds of each closed-loop run (default 60); --window W first/last seconds (default 10)
              --goals G                goals the progress reports are spread over (default 64)
              --open-rate R            PUTs/s offered in the open-loop run (default 1000); --open-duration D (default 60)
              --batch-lines N          lines of the POST /api/batch run (default 100000)
              --import-rows N          rows of the XLSX import (default 100000; --quick: 10000)
              --baseline D             seconds of PostgreSQL's one-row-per-transaction baseline (default 20)
              --baseline-rows N        rows of PostgreSQL's JDBC-batch baseline (default 200000)
              --connections N          connections of the one-row baseline (default 10: the services' pool)
              --skip a,b               leave out: progress, activities, open-loop, batch, import, baseline
            Environment: PACTOS_POSTGRES=host:port (PACTOS_DB_USER, PACTOS_DB_PASSWORD), PACTOS_KAFKA_BOOTSTRAP_SERVERS,
            as for ./run-local; PACTOS_SERVICE_JVM adds JVM options to the services.""";

    public static WritesOptions parse(String[] args, Path home) {
        int clients = 64;
        Duration duration = Duration.ofSeconds(60);
        Duration window = Duration.ofSeconds(10);
        int goals = 64;
        int openRate = 1000;
        Duration openDuration = Duration.ofSeconds(60);
        int batchLines = 100_000;
        int importRows = 100_000;
        Duration baseline = Duration.ofSeconds(20);
        int baselineRows = 200_000;
        int connections = 10;
        List<String> skip = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help") || name.equals("-h")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (name.equals("--quick")) {
                duration = Duration.ofSeconds(20);
                window = Duration.ofSeconds(5);
                openDuration = Duration.ofSeconds(10);
                batchLines = 10_000;
                importRows = 10_000;
                baseline = Duration.ofSeconds(5);
                baselineRows = 50_000;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
            }
            String value = args[++i].replace("_", "");
            switch (name) {
                case "--clients" -> clients = Integer.parseInt(value);
                case "--duration" -> duration = Duration.ofSeconds(Long.parseLong(value));
                case "--window" -> window = Duration.ofSeconds(Long.parseLong(value));
                case "--goals" -> goals = Integer.parseInt(value);
                case "--open-rate" -> openRate = Integer.parseInt(value);
                case "--open-duration" -> openDuration = Duration.ofSeconds(Long.parseLong(value));
                case "--batch-lines" -> batchLines = Integer.parseInt(value);
                case "--import-rows" -> importRows = Integer.parseInt(value);
                case "--baseline" -> baseline = Duration.ofSeconds(Long.parseLong(value));
                case "--baseline-rows" -> baselineRows = Integer.parseInt(value);
                case "--connections" -> connections = Integer.parseInt(value);
                case "--skip" -> skip.addAll(List.of(value.split(",")));
                default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
            }
        }
        if (clients < 1 || goals < 1 || openRate < 1 || batchLines < 1 || connections < 1 || duration.isZero()) {
            throw new IllegalArgumentException("--clients, --goals, --open-rate, --batch-lines, --connections and --duration must be positive\n"
                    + USAGE);
        }
        if (window.multipliedBy(2).compareTo(duration) > 0) {
            window = duration.dividedBy(2);
        }
        return new WritesOptions(clients, duration, window, goals, openRate, openDuration, batchLines, importRows, baseline,
                baselineRows, connections, List.copyOf(skip), home);
    }

    public boolean runs(String phase) {
        return !skip.contains(phase);
    }
}
