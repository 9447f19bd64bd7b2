package co.pactos.kit.history;

import co.pactos.events.PactosEvent;
import java.time.Instant;
import java.util.Map;

/**
 * An event as the event store holds it: its id, its place in its aggregate's stream, when it was recorded, the event read
 * at the contract's current revision, and the metadata the write gave it ({@code co.pactos.kit.web.Caller}'s keys).
 */
public record RecordedEvent(String eventId, long sequence, Instant recordedAt, String type, PactosEvent event, Map<String, String> metaData) {
}
