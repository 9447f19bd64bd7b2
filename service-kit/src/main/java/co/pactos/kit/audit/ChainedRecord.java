package co.pactos.kit.audit;

import co.pactos.events.ChainHeaders;
import co.pactos.events.CloudEventAttributes;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A Kafka record's place in its source's chain, read from its headers ({@link ChainHeaders}), and the
 * check a consumer makes on it alone: the audit line rebuilt from the record (its CloudEvents headers,
 * its value as {@code data}, its position and prevhash) must hash to its {@code ce_hash}.
 *
 * @param source   the chain's origin ({@code ce_source})
 * @param position the event's position in that chain
 */
public record ChainedRecord(String source, long position, String prevhash, String hash) {

    /** The record's chain headers; null when it has none (relayed before the chain existed). */
    public static ChainedRecord of(ConsumerRecord<String, byte[]> record) {
        String hash = text(record.headers().lastHeader(ChainHeaders.HASH));
        if (hash == null) {
            return null;
        }
        String position = text(record.headers().lastHeader(ChainHeaders.POSITION));
        long at;
        try {
            at = position == null ? -1 : Long.parseLong(position);
        } catch (NumberFormatException e) {
            at = -1;
        }
        return new ChainedRecord(text(record.headers().lastHeader(CloudEventAttributes.PREFIX + "source")), at,
                text(record.headers().lastHeader(ChainHeaders.PREVHASH)), hash);
    }

    /**
     * Why the record's content does not match its hash, or null when it does (or it carries no chain). Costs a
     * parse of the value and one SHA-256: the reporting consumer runs it where it decodes, in parallel for large polls.
     */
    public static String contentError(ConsumerRecord<String, byte[]> record) {
        ChainedRecord chain = of(record);
        if (chain == null) {
            return null;
        }
        if (chain.position() < 1 || chain.prevhash() == null || chain.prevhash().length() != 64) {
            return "chain headers unreadable: ce_position '" + text(record.headers().lastHeader(ChainHeaders.POSITION))
                    + "', ce_prevhash '" + chain.prevhash() + "'";
        }
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), text(header));
        }
        CloudEventAttributes attributes;
        try {
            attributes = CloudEventAttributes.fromHeaders(headers);
        } catch (RuntimeException e) {
            return "chain: unreadable CloudEvents headers: " + e.getMessage();
        }
        String computed = AuditLine.hash(AuditLine.of(attributes, record.value(), chain.position(), chain.prevhash()));
        return computed.equals(chain.hash()) ? null
                : "chain: the event's content does not match its hash (ce_hash " + chain.hash() + ", content hashes to " + computed
                        + ") at position " + chain.position() + " of " + chain.source();
    }

    private static String text(Header header) {
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
