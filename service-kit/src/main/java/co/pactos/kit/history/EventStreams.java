package co.pactos.kit.history;

import co.pactos.events.EventJson;
import co.pactos.events.EventTypes;
import co.pactos.events.PactosEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an aggregate's whole stream from Axon's {@code domain_event_entry}, oldest first, in batches (never the whole
 * stream at once; not from a snapshot), each event read through the contract's upcasters ({@link EventJson#read}).
 */
public class EventStreams {

    /** Rows read per query: a goal with 30 000 reports is read in 60 queries, holding one batch at a time. */
    static final int BATCH = 500;

    private static final Map<String, EventTypes.Descriptor> BY_CLASS_NAME = EventTypes.all().stream()
            .collect(Collectors.toUnmodifiableMap(d -> d.type().getName(), Function.identity()));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    public EventStreams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Hands the aggregate's events of {@code types} to {@code consumer}, oldest first, until it answers false. */
    public void forEach(String aggregateId, Collection<Class<? extends PactosEvent>> types, Predicate<RecordedEvent> consumer) {
        List<String> typeNames = types.stream().map(Class::getName).toList();
        long last = -1;
        while (true) {
            List<RecordedEvent> batch = jdbc.sql("""
                            select event_identifier, sequence_number, time_stamp, payload_type, payload_revision, payload, meta_data
                            from domain_event_entry
                            where aggregate_identifier = :id and sequence_number > :last and payload_type in (:types)
                            order by sequence_number
                            limit :batch""")
                    .param("id", aggregateId)
                    .param("last", last)
                    .param("types", typeNames)
                    .param("batch", BATCH)
                    .query(EventStreams::read)
                    .list();
            for (RecordedEvent event : batch) {
                if (!consumer.test(event)) {
                    return;
                }
            }
            if (batch.size() < BATCH) {
                return;
            }
            last = batch.get(batch.size() - 1).sequence();
        }
    }

    private static RecordedEvent read(ResultSet row, int number) throws SQLException {
        EventTypes.Descriptor descriptor = BY_CLASS_NAME.get(row.getString("payload_type"));
        String revision = row.getString("payload_revision");
        PactosEvent event = EventJson.read(descriptor.name(), revision == null ? 1 : Integer.parseInt(revision), row.getBytes("payload"));
        return new RecordedEvent(row.getString("event_identifier"), row.getLong("sequence_number"), Instant.parse(row.getString("time_stamp")),
                descriptor.name(), event, metaData(row.getBytes("meta_data")));
    }

    /** Axon's metadata as JSON (its Jackson serializer); only text values are the caller's. */
    static Map<String, String> metaData(byte[] json) {
        Map<String, String> metaData = new HashMap<>();
        if (json == null || json.length == 0) {
            return metaData;
        }
        JsonNode tree = JSON.readTree(json);
        for (Map.Entry<String, JsonNode> entry : tree.properties()) {
            if (entry.getValue().isString()) {
                metaData.put(entry.getKey(), entry.getValue().asString());
            }
        }
        return metaData;
    }
}
