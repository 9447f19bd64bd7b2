package co.pactos.kit.audit;

import co.pactos.events.CloudEventAttributes;
import co.pactos.events.EventJson;
import co.pactos.events.EventTypes;
import co.pactos.kit.web.Caller;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A row of Axon's {@code domain_event_entry} as it is stored now, and its CloudEvents attributes read
 * from that row alone (never from a deserialized message), so that the chain, the relay and the export
 * describe the same bytes.
 */
public record StoredEvent(long globalIndex, String eventId, String aggregateId, long sequence, String payloadType,
                          String payloadRevision, byte[] payload, byte[] metaData, String timeStamp) {

    /** The columns {@link #of(ResultSet)} reads, for a select on {@code domain_event_entry} aliased {@code e}. */
    public static final String COLUMNS = "e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number, e.payload_type,"
            + " e.payload_revision, e.payload, e.meta_data, e.time_stamp";

    private static final Map<String, String> TYPE_NAMES = new ConcurrentHashMap<>();

    public static StoredEvent of(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getLong("global_index"), rs.getString("event_identifier"), rs.getString("aggregate_identifier"),
                rs.getLong("sequence_number"), rs.getString("payload_type"), rs.getString("payload_revision"), rs.getBytes("payload"),
                rs.getBytes("meta_data"), rs.getString("time_stamp"));
    }

    /** The attributes the relay puts in the Kafka headers and the export in the line; {@code source} names the service. */
    public CloudEventAttributes attributes(String source) {
        String type = typeName(payloadType);
        int revision = revision();
        JsonNode meta = AuditLine.json(metaData);
        return new CloudEventAttributes(eventId, source, type, time(), aggregateId, revision, sequence, validTime(type, revision),
                text(meta, Caller.META_DEPENDENCY), text(meta, Caller.META_ACTOR), text(meta, Caller.META_SOURCE_SYSTEM),
                text(meta, Caller.META_CLIENT), text(meta, Caller.META_ON_BEHALF_OF));
    }

    /** Axon writes the instant in ISO-8601; a row whose time does not read keeps the epoch, and its hash then fails. */
    private Instant time() {
        try {
            return Instant.parse(timeStamp);
        } catch (RuntimeException e) {
            return Instant.EPOCH;
        }
    }

    private int revision() {
        try {
            return payloadRevision == null ? 1 : Integer.parseInt(payloadRevision);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The valid time the event states, read through the contract (upcasters included); null where it cannot be read. */
    private String validTime(String type, int revision) {
        try {
            return EventJson.read(type, revision, payload).validTime().toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The contract's type name of a stored Java class name (e.g. {@code co.pactos.goals.ProgressReported}); the class name if unknown. */
    static String typeName(String payloadType) {
        return TYPE_NAMES.computeIfAbsent(payloadType, name -> EventTypes.all().stream()
                .filter(d -> d.type().getName().equals(name)).map(EventTypes.Descriptor::name).findFirst().orElse(name));
    }

    private static String text(JsonNode meta, String name) {
        JsonNode value = meta == null ? null : meta.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
