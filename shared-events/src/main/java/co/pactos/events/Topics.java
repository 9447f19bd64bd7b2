package co.pactos.events;

/**
 * Kafka topics of the contract. Each keeps its events forever and is keyed by aggregate id, so the
 * order of one aggregate's events is kept within its partition.
 */
public final class Topics {

    public static final String GOALS = "pactos.goals.events";
    public static final String INVESTMENTS = "pactos.investments.events";
    /**
     * The signed checkpoints of both command services' chains (key = the chain's origin, value = the checkpoint's
     * JSON {@code {origin, position, hash, signedAt, keyId, signature}}, as {@code GET /api/audit/checkpoints} gives it).
     */
    public static final String AUDIT_CHECKPOINTS = "pactos.audit.checkpoints";

    private Topics() {
    }
}
