package co.pactos.bench;

import co.pactos.events.EventJson;
import co.pactos.kit.audit.AuditLine;
import co.pactos.kit.audit.CanonicalJson;
import co.pactos.kit.audit.Checkpoint;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The audit replay ({@code POST /api/audit/replays}) of the log the topics were filled with: the same events (the generator
 * again, same seed) written as the two command services' audit exports, chained, with a checkpoint of each head signed
 * by a key of the benchmark's own; then one replay of the big pact's report, timed from the first byte sent to the answer.
 */
final class ReplayProbe {

    /** What the replay took and said. */
    record Replayed(long events, double seconds, String verdict, int changes, long exportBytes) {
        double eventsPerSecond() {
            return events / seconds;
        }
    }

    private ReplayProbe() {
    }

    static Replayed run(ServiceHttp http, EventGenerator generator, Path directory, String pactId) throws Exception {
        KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String keyId = "ed25519-benchmark-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Export> exports = new LinkedHashMap<>();
        long events = 0;
        while (generator.hasNext()) {
            EventGenerator.GeneratedEvent generated = generator.next();
            Export export = exports.computeIfAbsent(generated.attributes().source(), source -> Export.open(directory, source));
            export.append(generated);
            events++;
        }
        List<String> checkpoints = new ArrayList<>();
        long bytes = 0;
        for (Map.Entry<String, Export> export : exports.entrySet()) {
            export.getValue().close();
            bytes += Files.size(export.getValue().file);
            checkpoints.add(sign(new Checkpoint(export.getKey(), export.getValue().position, export.getValue().head,
                    Instant.now().toString(), keyId, null), key).json());
        }
        String keys = "[" + CanonicalJson.string(Map.of("keyId", keyId, "algorithm", "Ed25519", "publicKey",
                Base64.getEncoder().encodeToString(key.getPublic().getEncoded()))) + "]";

        String boundary = "pactos-benchmark-" + UUID.randomUUID();
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        for (Export export : exports.values()) {
            parts.add(text(part(boundary, "events", export.file.getFileName().toString())));
            parts.add(HttpRequest.BodyPublishers.ofFile(export.file));
            parts.add(text("\r\n"));
        }
        parts.add(text(part(boundary, "checkpoints", "checkpoints.json") + "[" + String.join(",", checkpoints) + "]\r\n"));
        parts.add(text(part(boundary, "keys", "keys.json") + keys + "\r\n--" + boundary + "--\r\n"));
        HttpRequest request = http.request("/api/audit/replays?pactId=" + ServiceHttp.encode(pactId) + "&period=plan",
                        Duration.ofMinutes(30))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new))).build();
        System.out.printf("  %,d events in %d exports (%,d MB); replaying the report of %s%n", events, exports.size(), bytes >> 20, pactId);
        long started = System.nanoTime();
        HttpResponse<String> response = http.client().send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - started) / 1e9;
        for (Export export : exports.values()) {
            Files.deleteIfExists(export.file);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the replay answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode answer = EventJson.mapper().readTree(response.body());
        return new Replayed(events, seconds, answer.path("verdict").asText(), answer.path("changes").size(), bytes);
    }

    private static String part(String boundary, String name, String filename) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    }

    private static HttpRequest.BodyPublisher text(String text) {
        return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }

    private static Checkpoint sign(Checkpoint unsigned, KeyPair key) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(key.getPrivate());
        signature.update(CanonicalJson.bytes(unsigned.signed()));
        return new Checkpoint(unsigned.origin(), unsigned.position(), unsigned.hash(), unsigned.signedAt(), unsigned.keyId(),
                Base64.getEncoder().encodeToString(signature.sign()));
    }

    /** One service's export being written: the chain's head and position so far. */
    private static final class Export {

        private final Path file;
        private final BufferedWriter out;
        private long position;
        private String head = AuditLine.GENESIS;

        private Export(Path file) throws IOException {
            this.file = file;
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }

        static Export open(Path directory, String source) {
            try {
                return new Export(directory.resolve("replay-" + source.replaceAll("[^a-z-]", "") + ".ndjson"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        void append(EventGenerator.GeneratedEvent generated) {
            Map<String, Object> line = AuditLine.of(generated.attributes(), EventJson.toBytes(generated.event()), ++position, head);
            head = AuditLine.hash(line);
            try {
                out.write(AuditLine.withHash(line, head));
                out.write('\n');
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        void close() throws IOException {
            out.close();
        }
    }
}
