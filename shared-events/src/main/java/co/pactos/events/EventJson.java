package co.pactos.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The JSON form of events: dates as ISO-8601 strings, decimals as plain numbers, unknown fields
 * ignored so that readers survive fields added by a newer revision.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = configure(JsonMapper.builder()).build();

    private EventJson() {
    }

    /** Applies the contract's settings to a mapper builder, for components that need their own mapper. */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] toBytes(PactosEvent event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + event.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static <T extends PactosEvent> T fromBytes(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + type.getSimpleName() + " from JSON", e);
        }
    }

    /** Reads an event named by its CloudEvents type, at the current revision; empty for a type this reader does not know. */
    public static java.util.Optional<PactosEvent> read(String typeName, byte[] json) {
        return EventTypes.byName(typeName).map(d -> fromBytes(json, d.type()));
    }

    /**
     * Reads an event of any revision this reader knows, through the upcasters of {@link EventUpcasters}.
     *
     * @throws UnreadableEvent for an unknown type, a revision without upcaster, or JSON that does not fit the record
     */
    public static PactosEvent read(String typeName, int revision, byte[] json) {
        EventTypes.Descriptor descriptor = EventTypes.byName(typeName)
                .orElseThrow(() -> new UnreadableEvent("unknown event type " + typeName));
        try {
            if (revision == descriptor.revision()) {
                return MAPPER.readValue(json, descriptor.type());
            }
            JsonNode tree = MAPPER.readTree(json);
            if (!(tree instanceof ObjectNode object)) {
                throw new UnreadableEvent(typeName + " revision " + revision + " is not a JSON object");
            }
            return MAPPER.treeToValue(EventUpcasters.upcast(typeName, revision, descriptor.revision(), object), descriptor.type());
        } catch (IOException e) {
            throw new UnreadableEvent("cannot read " + typeName + " revision " + revision + ": " + e.getMessage(), e);
        }
    }
}
