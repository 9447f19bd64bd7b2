package co.pactos.kit.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signs and keeps the chain's checkpoints. When: after a batch that chained a period's closure (a
 * checkpoint at the closure's own position: the head as the period closed), whenever the head is
 * {@link AuditSettings#checkpointEvents()} past the last checkpoint, and at least every
 * {@link AuditSettings#checkpointEvery()} while the head moves ({@link CheckpointSchedule}).
 */
public class Checkpoints {

    /** The type name of a period's closure (goals-service); matched as text so the kit needs no such class. */
    public static final String PERIOD_CLOSED = "co.pactos.goals.PeriodClosed";

    private final JdbcTemplate jdbc;
    private final SigningKeys keys;
    private final String origin;
    private final int everyEvents;

    public Checkpoints(JdbcTemplate jdbc, SigningKeys keys, String origin, int everyEvents) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.origin = origin;
        this.everyEvents = everyEvents;
    }

    /** The checkpoints a batch calls for, signed and stored in the caller's transaction (the chain's lock held). */
    public List<Checkpoint> afterAppend(List<ChainedEvent> chained, EventChain.Head head) {
        List<Checkpoint> signed = new ArrayList<>();
        for (ChainedEvent event : chained) {
            if (event.fresh() && PERIOD_CLOSED.equals(event.attributes().type())) {
                signAt(event.position(), event.hash()).ifPresent(signed::add);
            }
        }
        if (head.position() - lastPosition() >= everyEvents) {
            signAt(head.position(), head.hash()).ifPresent(signed::add);
        }
        return signed;
    }

    /** A checkpoint of the head if it moved since the last one (the hourly one). */
    public Optional<Checkpoint> ofHead(EventChain.Head head) {
        return head.position() > lastPosition() ? signAt(head.position(), head.hash()) : Optional.empty();
    }

    /** Signs and stores a checkpoint at a position; empty when one is stored there already. */
    public Optional<Checkpoint> signAt(long position, String hash) {
        String signedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        Checkpoint unsigned = new Checkpoint(origin, position, hash, signedAt, keys.keyId(), null);
        Checkpoint checkpoint = new Checkpoint(origin, position, hash, signedAt, unsigned.keyId(),
                keys.sign(CanonicalJson.bytes(unsigned.signed())));
        int stored = jdbc.update("""
                insert into audit_checkpoint (position, origin, hash, signed_at, key_id, signature) values (?, ?, ?, ?, ?, ?)
                on conflict (position) do nothing""",
                checkpoint.position(), checkpoint.origin(), checkpoint.hash(), checkpoint.signedAt(), checkpoint.keyId(),
                checkpoint.signature());
        return stored == 1 ? Optional.of(checkpoint) : Optional.empty();
    }

    /** Every checkpoint, oldest first. */
    public List<Checkpoint> all() {
        return jdbc.query("select origin, position, hash, signed_at, key_id, signature from audit_checkpoint order by position",
                (rs, i) -> new Checkpoint(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)));
    }

    private long lastPosition() {
        Long last = jdbc.queryForObject("select max(position) from audit_checkpoint", Long.class);
        return last == null ? 0 : last;
    }
}
