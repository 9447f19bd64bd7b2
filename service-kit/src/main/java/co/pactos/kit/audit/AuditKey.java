package co.pactos.kit.audit;

import io.swagger.v3.oas.annotations.media.Schema;

/** A public key that signs checkpoints (API.md). */
@Schema(description = "A public key that signs the service's checkpoints")
public record AuditKey(
        @Schema(description = "The id checkpoints name in keyId") String keyId,
        @Schema(description = "Always Ed25519", example = "Ed25519") String algorithm,
        @Schema(description = "Base64 X.509 SubjectPublicKeyInfo (DER)") String publicKey) {
}
