package co.pactos.infra;

import co.pactos.infra.identity.TestIdentity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** For the import tests of the command services: uploads a spreadsheet to POST /api/imports/{kind} as multipart/form-data, as curl -F does, and reads the answer. */
public final class SpreadsheetUploads {

    /** What an import answered: for NDJSON, its lines; rows by their number. */
    public record Answer(int status, String contentType, byte[] body, List<JsonNode> lines) {

        public Map<Integer, JsonNode> rows() {
            return lines.stream().filter(line -> line.has("line")).collect(Collectors.toMap(line -> line.get("line").asInt(), line -> line));
        }

        public JsonNode summary() {
            return lines.get(lines.size() - 1).get("summary");
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SpreadsheetUploads() {
    }

    /** A checked-in fixture of the test's {@code src/test/resources/imports/}. */
    public static byte[] fixture(String name) {
        try (InputStream in = SpreadsheetUploads.class.getResourceAsStream("/imports/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Posts {@code file} as the part file of a form; {@code client} null sends no token. */
    public static Answer upload(String url, String client, String fileName, byte[] file, String accept) {
        String boundary = "----pactos" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(15))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return send(request, client, accept);
    }

    /** Posts {@code file} as the raw body with {@code contentType}. */
    public static Answer raw(String url, String client, String contentType, byte[] file) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(15)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)), client, null);
    }

    public static Answer get(String url, String client) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), client, null);
    }

    private static Answer send(HttpRequest.Builder request, String client, String accept) {
        if (client != null) {
            request.header("Authorization", "Bearer " + TestIdentity.token(client));
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("");
            List<JsonNode> lines = type.startsWith("application/x-ndjson")
                    ? new String(response.body(), StandardCharsets.UTF_8).lines().map(JSON::readTree).toList()
                    : List.of();
            return new Answer(response.statusCode(), type, response.body(), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The service properties of a test database emptied first: the fixtures' ids are fixed, so a database kept from an
     * earlier run (an existing PostgreSQL) would answer UNCHANGED where the test expects CREATED.
     */
    public static Map<String, String> freshDatabase(String database) {
        var postgres = TestInfrastructure.get().postgres();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.user(), postgres.password())) {
            connection.createStatement().execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop database " + database, e);
        }
        return TestInfrastructure.get().serviceProperties(database);
    }
}
