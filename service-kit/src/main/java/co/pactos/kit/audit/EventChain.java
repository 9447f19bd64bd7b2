package co.pactos.kit.audit;

import co.pactos.events.CloudEventAttributes;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Chains a service's events: position 1, 2, 3 ... in the order the relay's streaming processor sees the
 * log, each row {@code (position, global_index, event_id, prevhash, hash)} in {@code audit_chain} (migration V3).
 *
 * <p>Why here and not in the command: writers are never serialized by the chain (a hash needs the
 * previous one), so thousands of writes a second stay possible; the chain follows the log a moment later,
 * in the relay's transaction, with its token, so a batch rolled back (Kafka away) is chained again the same
 * way, and a batch seen twice (a token reset) finds its events chained and is not chained twice. The
 * price: an event is open to an edit in PostgreSQL for the moment between its write and its chaining.
 *
 * <p>Each batch takes a transaction-scoped advisory lock, so two instances of a service (or the start-up
 * backfill) never chain at once.
 */
public class EventChain {

    /** Any constant: the advisory lock of the chain of this database. */
    private static final long LOCK = 0x70616374_61756469L;
    private static final Logger log = LoggerFactory.getLogger(EventChain.class);
    private static final int CHUNK = 1_000;

    private final JdbcTemplate jdbc;
    private final String source;

    /** @param source the CloudEvents source of the service, e.g. {@code /pactos/goals-service} (the chain's origin) */
    public EventChain(JdbcTemplate jdbc, String source) {
        this.jdbc = jdbc;
        this.source = source;
    }

    public String origin() {
        return source;
    }

    /** The last chained event: position 0 and {@link AuditLine#GENESIS} when nothing is chained. */
    public record Head(long position, String hash, long maxGlobalIndex) {
    }

    public Head head() {
        return jdbc.query("""
                select c.position, c.hash, (select max(global_index) from audit_chain) from audit_chain c
                order by c.position desc limit 1""",
                rs -> rs.next() ? new Head(rs.getLong(1), rs.getString(2), rs.getLong(3)) : new Head(0, AuditLine.GENESIS, -1));
    }

    /**
     * Chains the events of a batch, in the order given, inside the caller's transaction; answers each with its
     * place in the chain (the events chained before keep theirs). Events no longer stored are skipped.
     */
    public List<ChainedEvent> append(List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        lock();
        Head head = head();
        Map<String, StoredEvent> stored = new HashMap<>();
        jdbc.query(con -> {
            PreparedStatement select = con.prepareStatement("select " + StoredEvent.COLUMNS
                    + " from domain_event_entry e where e.event_identifier = any(?)");
            select.setArray(1, con.createArrayOf("varchar", eventIds.toArray()));
            return select;
        }, rs -> {
            StoredEvent event = StoredEvent.of(rs);
            stored.put(event.eventId(), event);
        });
        Map<String, Object[]> chainedBefore = chainedBefore(stored.values(), head);
        List<ChainedEvent> chained = new ArrayList<>(eventIds.size());
        List<ChainedEvent> fresh = new ArrayList<>();
        long position = head.position();
        String prevhash = head.hash();
        for (String id : eventIds) {
            StoredEvent event = stored.get(id);
            if (event == null) {
                log.warn("event {} was relayed but is not in the event store; not chained", id);
                continue;
            }
            CloudEventAttributes attributes = event.attributes(source);
            Object[] before = chainedBefore.get(id);
            if (before != null) {
                chained.add(new ChainedEvent(event, attributes, (Long) before[0], (String) before[1], (String) before[2], false));
                continue;
            }
            position++;
            String hash = AuditLine.hash(AuditLine.of(attributes, event.payload(), position, prevhash));
            ChainedEvent link = new ChainedEvent(event, attributes, position, prevhash, hash, true);
            chained.add(link);
            fresh.add(link);
            prevhash = hash;
        }
        insert(fresh);
        return chained;
    }

    /**
     * The events of a store that had events before the chain existed: chained from the first, in the order
     * of their global index, once (when the chain is empty). Runs in the caller's transaction.
     */
    public long backfill() {
        lock();
        if (head().position() > 0) {
            return 0;
        }
        List<ChainedEvent> chunk = new ArrayList<>(CHUNK);
        long[] position = {0};
        String[] prevhash = {AuditLine.GENESIS};
        jdbc.query(con -> {
            PreparedStatement select = con.prepareStatement("select " + StoredEvent.COLUMNS
                    + " from domain_event_entry e order by e.global_index");
            select.setFetchSize(CHUNK);
            return select;
        }, rs -> {
            StoredEvent event = StoredEvent.of(rs);
            CloudEventAttributes attributes = event.attributes(source);
            position[0]++;
            String hash = AuditLine.hash(AuditLine.of(attributes, event.payload(), position[0], prevhash[0]));
            chunk.add(new ChainedEvent(event, attributes, position[0], prevhash[0], hash, true));
            prevhash[0] = hash;
            if (chunk.size() == CHUNK) {
                insert(chunk);
                chunk.clear();
            }
        });
        insert(chunk);
        if (position[0] > 0) {
            log.info("chained the {} events recorded before the chain existed", position[0]);
        }
        return position[0];
    }

    /** Only events at or below the highest chained global index can have been chained: one query, and none for new events. */
    private Map<String, Object[]> chainedBefore(Iterable<StoredEvent> events, Head head) {
        List<String> candidates = new ArrayList<>();
        events.forEach(e -> {
            if (e.globalIndex() <= head.maxGlobalIndex()) {
                candidates.add(e.eventId());
            }
        });
        Map<String, Object[]> found = new HashMap<>();
        if (candidates.isEmpty()) {
            return found;
        }
        jdbc.query(con -> {
            PreparedStatement select = con.prepareStatement("select event_id, position, prevhash, hash from audit_chain where event_id = any(?)");
            select.setArray(1, con.createArrayOf("varchar", candidates.toArray()));
            return select;
        }, rs -> {
            found.put(rs.getString(1), new Object[] {rs.getLong(2), rs.getString(3), rs.getString(4)});
        });
        return found;
    }

    private void insert(List<ChainedEvent> links) {
        if (links.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into audit_chain (position, global_index, event_id, prevhash, hash) values (?, ?, ?, ?, ?)", links,
                links.size(), (ps, link) -> {
                    ps.setLong(1, link.position());
                    ps.setLong(2, link.event().globalIndex());
                    ps.setString(3, link.event().eventId());
                    ps.setString(4, link.prevhash());
                    ps.setString(5, link.hash());
                });
    }

    /** Held until the transaction ends. */
    void lock() {
        jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, LOCK);
    }
}
