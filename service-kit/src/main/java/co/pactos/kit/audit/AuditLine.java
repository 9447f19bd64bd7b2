package co.pactos.kit.audit;

import co.pactos.events.CloudEventAttributes;
import co.pactos.events.EventJson;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of the audit export (API.md, "The chain"): the event as a CloudEvents 1.0 JSON object with
 * the extension attributes its Kafka headers carry, its {@code position} in the service's log and the
 * {@code prevhash} of the line before; {@code hash} = SHA-256 of the line's RFC 8785 form without
 * {@code hash}. Built from the same {@link CloudEventAttributes} on the three sides that hash a line
 * (the chain, the export, a Kafka consumer), so that the three agree by construction.
 */
public final class AuditLine {

    /** The {@code prevhash} of the first event of a log. */
    public static final String GENESIS = "0".repeat(64);

    private AuditLine() {
    }

    /**
     * @param data the event's JSON as stored (or as carried on Kafka); bytes that are not one JSON value go as
     *             {@code data_base64}, so that a broken payload still yields a line, whose hash then fails
     */
    public static Map<String, Object> of(CloudEventAttributes event, byte[] data, long position, String prevhash) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("specversion", CloudEventAttributes.SPEC_VERSION);
        line.put("id", event.id());
        line.put("source", event.source());
        line.put("type", event.type());
        line.put("subject", event.subject());
        line.put("time", event.time().toString());
        line.put("revision", event.revision());
        line.put("sequence", event.sequence());
        putIfPresent(line, "validtime", event.validTime());
        putIfPresent(line, "dependency", event.dependency());
        putIfPresent(line, "actor", event.actor());
        putIfPresent(line, "sourcesystem", event.sourceSystem());
        putIfPresent(line, "client", event.client());
        putIfPresent(line, "onbehalfof", event.onBehalfOf());
        line.put("position", position);
        line.put("prevhash", prevhash);
        JsonNode json = json(data);
        if (json != null) {
            line.put("data", json);
        } else {
            line.put("data_base64", Base64.getEncoder().encodeToString(data == null ? new byte[0] : data));
        }
        return line;
    }

    /** Lowercase hex SHA-256 of the line's RFC 8785 form (the line must not hold {@code hash}). */
    public static String hash(Map<String, Object> line) {
        return sha256(CanonicalJson.bytes(line));
    }

    /** The line as the export writes it: its RFC 8785 form with {@code hash} among the members. */
    public static String withHash(Map<String, Object> line, String hash) {
        Map<String, Object> whole = new LinkedHashMap<>(line);
        whole.put("hash", hash);
        return CanonicalJson.string(whole);
    }

    /**
     * The line of a chained event whose row is gone from the event store: what the chain holds of it ({@code id},
     * {@code source}, {@code position}, {@code prevhash}, {@code hash}) and no {@code data} nor {@code data_base64}, which
     * every line of a stored event has. It never hashes to its {@code hash}: a verifier names the event as deleted.
     */
    public static String withoutContent(String eventId, String source, long position, String prevhash, String hash) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("specversion", CloudEventAttributes.SPEC_VERSION);
        line.put("id", eventId);
        line.put("source", source);
        line.put("position", position);
        line.put("prevhash", prevhash);
        line.put("hash", hash);
        return CanonicalJson.string(line);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** The bytes as one JSON value (decimals as BigDecimal, as the contract reads them), or null when they are not. */
    static JsonNode json(byte[] data) {
        if (data == null || data.length == 0) {
            return null;
        }
        try (JsonParser parser = EventJson.mapper().createParser(data)) {
            JsonNode node = EventJson.mapper().readTree(parser);
            return node != null && parser.nextToken() == null ? node : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void putIfPresent(Map<String, Object> line, String name, String value) {
        if (value != null) {
            line.put(name, value);
        }
    }

}
