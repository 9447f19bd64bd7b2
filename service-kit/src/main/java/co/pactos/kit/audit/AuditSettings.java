package co.pactos.kit.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The verifiable log's settings ({@code pactos.audit.*}).
 *
 * @param keyFile             where the Ed25519 signing key lives: a file with the PKCS#8 private key and the X.509 public key
 *                            in PEM (made, readable by its owner only, when missing). Empty: the key is generated once and
 *                            kept in the database (table {@code audit_signing_key}), which suits the local run and tests only:
 *                            whoever can write the database could then re-sign a forged chain. In production point it at a
 *                            secret mounted read-only (env {@code PACTOS_AUDIT_KEY_FILE}).
 * @param checkpointEvery     a checkpoint of the chain's head at least this often when the head moved (default 1 hour)
 * @param checkpointEvents    and whenever the head is this many events past the last checkpoint (default 1000)
 * @param maxExportLines      the largest {@code limit} of {@code GET /api/audit/events} (default 1 000 000)
 * @param exportPageLines     how many lines of that export are read with one query, holding a pooled connection (default 500)
 */
@ConfigurationProperties("pactos.audit")
public record AuditSettings(String keyFile, Duration checkpointEvery, Integer checkpointEvents, Integer maxExportLines,
                            Integer exportPageLines) {

    public AuditSettings {
        keyFile = keyFile == null || keyFile.isBlank() ? null : keyFile;
        checkpointEvery = checkpointEvery == null ? Duration.ofHours(1) : checkpointEvery;
        checkpointEvents = checkpointEvents == null ? 1000 : checkpointEvents;
        maxExportLines = maxExportLines == null ? 1_000_000 : maxExportLines;
        exportPageLines = exportPageLines == null ? 500 : exportPageLines;
        if (checkpointEvery.isNegative() || checkpointEvery.isZero()) {
            throw new IllegalArgumentException("pactos.audit.checkpoint-every must be positive, was " + checkpointEvery);
        }
        if (checkpointEvents < 1 || maxExportLines < 1 || exportPageLines < 1) {
            throw new IllegalArgumentException("pactos.audit.checkpoint-events, max-export-lines and export-page-lines must be at least 1");
        }
    }
}
