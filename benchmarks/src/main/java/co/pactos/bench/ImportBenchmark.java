package co.pactos.bench;

import co.pactos.infra.FreePorts;
import co.pactos.infra.identity.AuthorizationServer;
import co.pactos.infra.identity.TestIdentity;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ./benchmark-import [rows]}: a spreadsheet of progress reports (100 000 rows by default) imported through
 * goals-service's HTTP API ({@code POST /api/imports/progress}, the service a child JVM from its executable jar, with real
 * PostgreSQL, Kafka and tokens), in events recorded per second, printed beside PostgreSQL's JDBC batch insert rate of as
 * many rows of the event store's width measured in the same run. Prints figures; asserts nothing.
 */
public final class ImportBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ImportBenchmark.class);

    private static final int GOALS = 20;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        Path home = Path.of(System.getProperty("pactos.home", ".")).toAbsolutePath().normalize();
        Path target = home.resolve("benchmarks").resolve("target");
        Summary summary = new Summary();
        int status = 0;
        summary.setting("rows", rows);
        summary.setting("machine", Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));
        try (BenchInfrastructure infra = BenchInfrastructure.start()) {
            System.out.println("infrastructure: " + infra.describe());
            run(rows, home, target, infra, summary);
        } catch (Exception e) {
            log.error("the import benchmark stopped ({} rows)", rows, e);
            summary.add("stopped", e.getClass().getSimpleName(), "", String.valueOf(e.getMessage()));
            status = 1;
        } finally {
            summary.print();
            System.out.println("\nwritten to " + summary.write(target));
        }
        System.exit(status); // the embedded broker leaves non-daemon threads behind
    }

    private static void run(int rows, Path home, Path target, BenchInfrastructure infra, Summary summary) throws Exception {
        String database = "pactos_goals_import_bench_" + System.currentTimeMillis() / 1000;
        infra.postgres().createDatabaseIfMissing(database);
        String baselineDatabase = "pactos_import_baseline_" + System.currentTimeMillis() / 1000;
        infra.postgres().createDatabaseIfMissing(baselineDatabase);
        System.out.printf("1. PostgreSQL's JDBC batch insert of %,d rows (the baseline)%n", rows);
        double baseline = jdbcBaseline(infra, baselineDatabase, rows);
        summary.add("JDBC batch insert", String.format("%,.0f rows/s", baseline), "", "batches of 1 000 rows, one commit each,"
                + " rows of the event store's width (ids, type, a 300-byte payload and metadata)");

        System.out.printf("2. a spreadsheet of %,d progress reports%n", rows);
        Path xlsx = target.resolve("import-bench-" + rows + ".xlsx");
        Files.createDirectories(target);
        long written = System.nanoTime();
        workbook(xlsx, rows, GOALS, g -> "meta-bench-" + g, "avance-");
        System.out.printf("   written in %.1f s, %,d bytes%n", (System.nanoTime() - written) / 1e9, Files.size(xlsx));

        AuthorizationServer identity = AuthorizationServer.start(0, TestIdentity.CLIENTS, Duration.ofHours(4));
        int port = FreePorts.pick();
        Path log = target.resolve("import-bench-goals-service.log");
        Process goals = startGoalsService(findJar(home), infra, database, identity, port, log, rows, Files.size(xlsx));
        try {
            String base = "http://localhost:" + port;
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            awaitHealthy(http, base, goals, log);
            seed(http, base, identity.token("planeacion", "planeacion-dev-secret"));
            System.out.println("3. POST /api/imports/progress (as SIGESI)");
            String token = identity.token("sigesi", "sigesi-dev-secret");
            Imported imported = upload(http, base + "/api/imports/progress", token, xlsx);
            int created = imported.created();
            double seconds = imported.seconds();
            double reading = imported.reading();
            summary.add("spreadsheet import", String.format("%,.0f events/s", created / seconds), "",
                    String.format("%,d rows CREATED in %.0f s, of which %.1f s upload and reading the XLSX before the first row",
                            created, seconds, reading));
            summary.add("import beside the baseline", String.format("%.1f %%", 100 * created / seconds / baseline), "",
                    "each row is a PUT through the dispatcher, an aggregate loaded and an event appended, 100 rows a transaction");
        } finally {
            goals.destroy();
            if (!goals.waitFor(20, TimeUnit.SECONDS)) {
                goals.destroyForcibly();
            }
            identity.close();
        }
    }

    /** An import's answer: rows recorded, seconds from the first byte sent to the last line, and before the first row. */
    record Imported(int created, double seconds, double reading) {
    }

    /** POSTs the workbook as a form's file and reads the streamed answer to its summary, printing its progress lines. */
    static Imported upload(HttpClient http, String url, String token, Path xlsx) throws IOException, InterruptedException {
        String boundary = "----pactos-bench-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"avances.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofHours(4))
                .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(xlsx), HttpRequest.BodyPublishers.ofByteArray(tail))).build();
        long started = System.nanoTime();
        long[] firstProgress = {0};
        String[] last = {""};
        HttpResponse<Stream<String>> answer = http.send(request, HttpResponse.BodyHandlers.ofLines());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the import answered " + answer.statusCode() + ": " + String.join("\n", answer.body().toList()));
        }
        answer.body().forEach(line -> {
            if (line.startsWith("{\"progress\"")) {
                if (firstProgress[0] == 0) {
                    firstProgress[0] = System.nanoTime();
                }
                System.out.printf("   %s after %.0f s%n", line, (System.nanoTime() - started) / 1e9);
            }
            last[0] = line;
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println("   " + last[0]);
        int created = Integer.parseInt(last[0].replaceAll(".*\"created\":(\\d+).*", "$1"));
        return new Imported(created, seconds, (firstProgress[0] - started) / 1e9);
    }

    private static double jdbcBaseline(BenchInfrastructure infra, String database, int rows) throws Exception {
        try (Connection connection = DriverManager.getConnection(infra.postgres().jdbcUrl(database), infra.postgres().user(),
                infra.postgres().password())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table if not exists import_bench_baseline (global_index bigserial primary key,"
                        + " event_identifier text not null unique, aggregate_identifier text not null, sequence_number bigint not null,"
                        + " payload_type text not null, payload bytea not null, meta_data bytea, time_stamp text not null,"
                        + " unique (aggregate_identifier, sequence_number))");
            }
            connection.setAutoCommit(false);
            byte[] payload = "x".repeat(300).getBytes(StandardCharsets.UTF_8);
            byte[] metadata = "m".repeat(200).getBytes(StandardCharsets.UTF_8);
            long started = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("insert into import_bench_baseline (event_identifier,"
                    + " aggregate_identifier, sequence_number, payload_type, payload, meta_data, time_stamp) values (?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, "goal-" + (i % GOALS));
                    insert.setLong(3, i / GOALS);
                    insert.setString(4, "co.pactos.events.ProgressReported");
                    insert.setBytes(5, payload);
                    insert.setBytes(6, metadata);
                    insert.setString(7, "2022-06-30T00:00:00Z");
                    insert.addBatch();
                    if (i % 1000 == 999 || i == rows - 1) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
            return rows / ((System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * The progress template's columns, {@code rows} rows over {@code goals} goals (named by {@code goalId}), report ids
     * {@code reportPrefix} + the row's number, with date and number cells.
     */
    static void workbook(Path file, int rows, int goals, java.util.function.IntFunction<String> goalId, String reportPrefix)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(1000); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            SXSSFSheet sheet = workbook.createSheet("Avances");
            Row header = sheet.createRow(0);
            String[] headers = {"Id de la meta", "Id del reporte", "Fecha de corte", "Valor alcanzado", "Sistema de origen"};
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            LocalDate start = LocalDate.of(2022, 1, 1);
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(goalId.apply(i % goals));
                row.createCell(1).setCellValue(reportPrefix + i);
                row.createCell(2).setCellValue(start.plusDays(i % 365));
                row.getCell(2).setCellStyle(date);
                row.createCell(3).setCellValue(i % 1000 + 0.5);
                row.createCell(4).setCellValue("SIGESI");
            }
            workbook.write(out);
        }
    }

    private static Path findJar(Path home) throws IOException {
        Path dir = home.resolve("goals-service").resolve("target");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no executable jar in " + dir + "; ./benchmark-import builds it"));
        }
    }

    private static Process startGoalsService(Path jar, BenchInfrastructure infra, String database, AuthorizationServer identity, int port,
                                             Path log, int rows, long bytes) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", jar.toString(), "--pactos.imports.max-rows=" + Math.max(rows, 100_000),
                "--pactos.imports.max-bytes=" + Math.max(bytes + 1024, 33_554_432L)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().put("PACTOS_GOALS_DB_URL", infra.postgres().jdbcUrl(database));
        builder.environment().put("PACTOS_DB_USER", infra.postgres().user());
        builder.environment().put("PACTOS_DB_PASSWORD", infra.postgres().password());
        builder.environment().put("PACTOS_KAFKA_BOOTSTRAP_SERVERS", infra.bootstrapServers());
        builder.environment().put("PACTOS_OAUTH2_ISSUER", identity.issuer());
        builder.environment().put("PACTOS_OAUTH2_JWK_SET_URI", identity.jwkSetUri());
        builder.environment().put("PACTOS_OAUTH2_AUDIENCE", AuthorizationServer.AUDIENCE);
        builder.environment().put("PACTOS_LOG_FORMAT", "");
        builder.environment().put("PORT", Integer.toString(port));
        return builder.start();
    }

    private static void awaitHealthy(HttpClient http, String base, Process goals, Path log) throws InterruptedException {
        Polling.every(Duration.ofMillis(200), Duration.ofMinutes(3), () -> {
            if (!goals.isAlive()) {
                throw new IllegalStateException("goals-service exited; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                return health.statusCode() == 200 ? Optional.of(true) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        }).orElseThrow(() -> new IllegalStateException("goals-service did not become healthy; see " + log));
    }

    /** The plan, SDSP and the goals the rows name, as Planeación. */
    private static void seed(HttpClient http, String base, String token) throws IOException, InterruptedException {
        put(http, base + "/api/plans/plan-bench", token,
                "{\"name\":\"Valle Invencible\",\"territoryCode\":\"76\",\"startDate\":\"2020-01-01\",\"endDate\":\"2023-12-31\"}");
        put(http, base + "/api/dependencies/SDSP", token, "{\"name\":\"Secretaría de Desarrollo Social y Participación\"}");
        for (int g = 0; g < GOALS; g++) {
            put(http, base + "/api/goals/meta-bench-" + g, token, ("{\"planId\":\"plan-bench\",\"code\":\"MP-%d\",\"statement\":\"Meta %d\","
                    + "\"indicator\":\"Indicador\",\"unit\":\"número\",\"kind\":\"PRODUCT\",\"accumulation\":\"FLOW\",\"baseline\":0,"
                    + "\"target\":100000,\"dependency\":\"SDSP\"}").formatted(g, g));
        }
    }

    private static void put(HttpClient http, String url, String token, String body) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 && answer.statusCode() != 201) {
            throw new IllegalStateException("PUT " + url + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }
}
