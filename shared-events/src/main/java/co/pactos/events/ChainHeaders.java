package co.pactos.events;

/**
 * The Kafka headers that carry an event's place in its service's chain (API.md, "The chain"), beside the
 * CloudEvents ones: a consumer rebuilds the event's audit line from the record ({@link CloudEventAttributes},
 * the value as {@code data}, these two), hashes it and compares with {@link #HASH}. Events relayed before the
 * chain existed have none of them.
 */
public final class ChainHeaders {

    /** The event's position in its source's log (1, 2, 3 ...). */
    public static final String POSITION = CloudEventAttributes.PREFIX + "position";
    /** The hash of the event at the position before (64 zeros for the first). */
    public static final String PREVHASH = CloudEventAttributes.PREFIX + "prevhash";
    /** Lowercase hex SHA-256 of the RFC 8785 form of the event's audit line without {@code hash}. */
    public static final String HASH = CloudEventAttributes.PREFIX + "hash";

    private ChainHeaders() {
    }
}
