package co.pactos.reporting.audit;

import co.pactos.events.EventJson;
import co.pactos.kit.audit.AuditKey;
import co.pactos.kit.audit.CanonicalJson;
import co.pactos.kit.audit.Checkpoint;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checkpoints and keys sent with a replay, as {@code GET /api/audit/checkpoints} and {@code GET /api/audit/keys} of
 * the command services give them (JSON arrays; several files of each may be sent, one per service): which checkpoint
 * bounds each source's log, and whether its Ed25519 signature verifies with the key it names.
 */
final class SignedCheckpoints {

    static final String CHECKPOINTS = "checkpoints";
    static final String KEYS = "keys";

    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private final Map<String, AuditKey> keys = new HashMap<>();
    private final Map<String, java.util.Set<Long>> positions = new HashMap<>();

    void addCheckpoints(byte[] json) {
        try {
            List<Checkpoint> read = EventJson.mapper().readValue(json, new TypeReference<List<Checkpoint>>() { });
            for (Checkpoint checkpoint : read) {
                if (checkpoint == null || checkpoint.origin() == null || checkpoint.hash() == null || checkpoint.signature() == null
                        || checkpoint.keyId() == null || checkpoint.signedAt() == null || checkpoint.position() < 1) {
                    throw new ExportRefused(CHECKPOINTS, "each checkpoint needs origin, position (1 or more), hash, signedAt, keyId and "
                            + "signature, as GET /api/audit/checkpoints gives them; one has not: " + checkpoint);
                }
                checkpoints.add(checkpoint);
                positions.computeIfAbsent(checkpoint.origin(), o -> new java.util.HashSet<>()).add(checkpoint.position());
            }
        } catch (IOException e) {
            throw new ExportRefused(CHECKPOINTS, "must be the JSON array GET /api/audit/checkpoints answers: " + ExportRefused.reason(e));
        }
    }

    void addKeys(byte[] json) {
        try {
            for (AuditKey key : EventJson.mapper().readValue(json, new TypeReference<List<AuditKey>>() { })) {
                if (key == null || key.keyId() == null || key.publicKey() == null) {
                    throw new ExportRefused(KEYS, "each key needs keyId, algorithm and publicKey, as GET /api/audit/keys gives them");
                }
                keys.put(key.keyId(), key);
            }
        } catch (IOException e) {
            throw new ExportRefused(KEYS, "must be the JSON array GET /api/audit/keys answers: " + ExportRefused.reason(e));
        }
    }

    /** Whether a checkpoint of {@code origin} was sent at {@code position} (whose hash the reader then keeps). */
    boolean signs(String origin, long position) {
        java.util.Set<Long> signed = positions.get(origin);
        return signed != null && signed.contains(position);
    }

    /** The positions at which checkpoints of {@code origin} were sent, in order. */
    long[] positions(String origin) {
        return positions.getOrDefault(origin, java.util.Set.of()).stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /**
     * The checkpoint that bounds {@code origin}'s log: the one at {@code position} when asked, else the latest one within
     * the {@code exported} events.
     */
    Checkpoint select(String origin, long exported, Long position) {
        List<Checkpoint> ofOrigin = checkpoints.stream().filter(c -> c.origin().equals(origin)).toList();
        if (ofOrigin.isEmpty()) {
            throw new ExportRefused(CHECKPOINTS, "no checkpoint of " + origin + " was sent; send GET /api/audit/checkpoints of the "
                    + "service whose log it is");
        }
        Optional<Checkpoint> chosen = position != null
                ? ofOrigin.stream().filter(c -> c.position() == position).findFirst()
                : ofOrigin.stream().filter(c -> c.position() <= exported).max(Comparator.comparingLong(Checkpoint::position));
        if (chosen.isEmpty()) {
            throw new ExportRefused(CHECKPOINTS, position != null
                    ? "no checkpoint of " + origin + " at position " + position + " was sent"
                    : "every checkpoint of " + origin + " sent is past the end of its exported log (position " + exported
                            + "); export the log again, or send an earlier checkpoint");
        }
        if (chosen.get().position() > exported) {
            throw new ExportRefused(CHECKPOINTS, "the checkpoint of " + origin + " at position " + chosen.get().position()
                    + " is past the end of its exported log (position " + exported + "); export the log again");
        }
        return chosen.get();
    }

    /** Checks the checkpoint's signature with the key it names, and that it signs the hash the log has at its position. */
    void verify(Checkpoint checkpoint, String hashAtPosition) {
        String which = "the checkpoint of " + checkpoint.origin() + " at position " + checkpoint.position();
        AuditKey key = keys.get(checkpoint.keyId());
        if (key == null) {
            throw new ExportRefused(KEYS, which + " names key " + checkpoint.keyId() + ", which was not sent; send GET /api/audit/keys "
                    + "of the service");
        }
        boolean valid;
        try {
            PublicKey publicKey = KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(key.publicKey())));
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(publicKey);
            signature.update(CanonicalJson.bytes(checkpoint.signed()));
            valid = signature.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new ExportRefused(KEYS, "key " + key.keyId() + " or " + which + "'s signature cannot be read: " + e.getMessage());
        }
        if (!valid) {
            throw new ExportRefused(CHECKPOINTS, which + ": its signature does not verify with key " + key.keyId());
        }
        if (!checkpoint.hash().equals(hashAtPosition)) {
            throw new ExportRefused(CHECKPOINTS, which + " signs hash " + checkpoint.hash() + ", but the exported log has "
                    + hashAtPosition + " there: the log is not the one that was signed");
        }
    }
}
