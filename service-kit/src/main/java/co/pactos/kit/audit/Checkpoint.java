package co.pactos.kit.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A signed head of a service's chain (API.md): {@code signature} is the base64 Ed25519 signature of the
 * RFC 8785 form of the other five members ({@link #signed()}).
 */
@Schema(description = "A signed head of the service's chain")
public record Checkpoint(
        @Schema(description = "The chain's origin: the service's CloudEvents source", example = "/pactos/goals-service") String origin,
        @Schema(description = "How many events of the log the chain held up to and including the one whose hash this is", example = "1000")
        long position,
        @Schema(description = "The hash of the event at position (lowercase hex SHA-256)") String hash,
        @Schema(description = "When it was signed (ISO-8601 instant)", example = "2026-06-30T23:59:59.123Z") String signedAt,
        @Schema(description = "The key that signed it (GET /api/audit/keys)") String keyId,
        @Schema(description = "Base64 Ed25519 signature of the RFC 8785 JSON of the checkpoint without signature") String signature) {

    /** What the signature covers: the checkpoint without {@code signature}. */
    public Map<String, Object> signed() {
        Map<String, Object> signed = new LinkedHashMap<>();
        signed.put("origin", origin);
        signed.put("position", position);
        signed.put("hash", hash);
        signed.put("signedAt", signedAt);
        signed.put("keyId", keyId);
        return signed;
    }

    /** The checkpoint as the Kafka topic carries it. */
    public String json() {
        Map<String, Object> whole = signed();
        whole.put("signature", signature);
        return CanonicalJson.string(whole);
    }
}
