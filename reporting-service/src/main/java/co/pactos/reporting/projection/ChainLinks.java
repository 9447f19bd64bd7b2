package co.pactos.reporting.projection;

import co.pactos.kit.audit.AuditLine;
import co.pactos.kit.audit.ChainedRecord;
import co.pactos.reporting.projection.BatchWriter.Decoded;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether each event of a batch chains with its neighbours in its source's log (the content check, the
 * hash against the record itself, is made where records are decoded: {@link ChainedRecord#contentError}).
 *
 * <p>Topics have several partitions, so position p-1 of a source may arrive after p, or on another
 * partition, or in another poll. Each version therefore keeps every link it has accepted,
 * {@code chain_link (source, position, hash, prevhash)}, in the same transaction as the batch's rows, and
 * checks an arriving event against whatever of p-1, p and p+1 it has: p-1's hash must be its prevhash,
 * p+1's prevhash must be its hash, and p, if seen, must have its hash (a redelivery). The event whose
 * arrival shows a break is parked with both sides named; the neighbour that came first stays applied, as
 * nothing said it was wrong when it came. An event without chain headers (relayed before the chain existed)
 * is accepted as before. Cost: one lookup and one insert per poll, both by arrays.
 */
final class ChainLinks {

    private record Link(String hash, String prevhash) {
    }

    private ChainLinks() {
    }

    /** Made in the version's schema (the connection's search_path), with the writer's connection. */
    static void ensureTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    create table if not exists chain_link (
                        source   text     not null,
                        position bigint   not null,
                        hash     char(64) not null,
                        prevhash char(64) not null,
                        primary key (source, position))""");
        }
    }

    /** The batch with the events that do not chain turned into parked ones; the links of the others stored. */
    static List<Decoded> check(Connection connection, List<Decoded> batch) throws SQLException {
        List<ChainedRecord> chains = new ArrayList<>(batch.size());
        boolean any = false;
        for (Decoded event : batch) {
            ChainedRecord chain = event.parked() ? null : ChainedRecord.of(event.record());
            chains.add(chain);
            any |= chain != null;
        }
        if (!any) {
            return batch;
        }
        Map<String, Map<Long, Link>> known = known(connection, chains);
        List<Decoded> checked = new ArrayList<>(batch.size());
        List<ChainedRecord> accepted = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Decoded event = batch.get(i);
            ChainedRecord chain = chains.get(i);
            if (chain == null) {
                checked.add(event);
                continue;
            }
            Map<Long, Link> links = known.computeIfAbsent(chain.source(), s -> new HashMap<>());
            String broken = breakOf(chain, links);
            if (broken != null) {
                checked.add(new Decoded(event.record(), event.meta(), null, broken));
                continue;
            }
            if (!links.containsKey(chain.position())) {
                links.put(chain.position(), new Link(chain.hash(), chain.prevhash()));
                accepted.add(chain);
            }
            checked.add(event);
        }
        store(connection, accepted);
        return checked;
    }

    private static String breakOf(ChainedRecord chain, Map<Long, Link> links) {
        String where = "chain: position " + chain.position() + " of " + chain.source();
        Link same = links.get(chain.position());
        if (same != null && !same.hash().equals(chain.hash())) {
            return where + " already holds another event (hash " + same.hash() + "); this one has hash " + chain.hash();
        }
        if (chain.position() == 1 && !AuditLine.GENESIS.equals(chain.prevhash())) {
            return where + " is the first, but its prevhash is " + chain.prevhash() + ", not 64 zeros";
        }
        Link before = links.get(chain.position() - 1);
        if (before != null && !before.hash().equals(chain.prevhash())) {
            return where + " does not chain: its prevhash is " + chain.prevhash() + ", but position " + (chain.position() - 1)
                    + " has hash " + before.hash();
        }
        Link after = links.get(chain.position() + 1);
        if (after != null && !after.prevhash().equals(chain.hash())) {
            return where + " does not chain: its hash is " + chain.hash() + ", but position " + (chain.position() + 1)
                    + " (applied before it) names prevhash " + after.prevhash();
        }
        return null;
    }

    /** The stored links at p-1, p and p+1 of every chained event of the batch. */
    private static Map<String, Map<Long, Link>> known(Connection connection, List<ChainedRecord> chains) throws SQLException {
        List<String> sources = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        for (ChainedRecord chain : chains) {
            if (chain != null) {
                for (long p = chain.position() - 1; p <= chain.position() + 1; p++) {
                    sources.add(chain.source());
                    positions.add(p);
                }
            }
        }
        Map<String, Map<Long, Link>> known = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select l.source, l.position, l.hash, l.prevhash from chain_link l
                join unnest(?::text[], ?::bigint[]) as k(source, position) on l.source = k.source and l.position = k.position""")) {
            select.setArray(1, connection.createArrayOf("text", sources.toArray()));
            select.setArray(2, connection.createArrayOf("bigint", positions.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    known.computeIfAbsent(rs.getString(1), s -> new HashMap<>()).put(rs.getLong(2), new Link(rs.getString(3), rs.getString(4)));
                }
            }
        }
        return known;
    }

    private static void store(Connection connection, List<ChainedRecord> accepted) throws SQLException {
        if (accepted.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into chain_link (source, position, hash, prevhash)
                select * from unnest(?::text[], ?::bigint[], ?::text[], ?::text[]) on conflict do nothing""")) {
            insert.setArray(1, connection.createArrayOf("text", accepted.stream().map(ChainedRecord::source).toArray()));
            insert.setArray(2, connection.createArrayOf("bigint", accepted.stream().map(ChainedRecord::position).toArray()));
            insert.setArray(3, connection.createArrayOf("text", accepted.stream().map(ChainedRecord::hash).toArray()));
            insert.setArray(4, connection.createArrayOf("text", accepted.stream().map(ChainedRecord::prevhash).toArray()));
            insert.execute();
        }
    }
}
