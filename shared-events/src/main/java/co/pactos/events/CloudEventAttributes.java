package co.pactos.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What travels beside an event's JSON: the CloudEvents 1.0 context attributes and the Pactos
 * extensions. On Kafka they are headers named {@code ce_<attribute>} (binary content mode of the
 * CloudEvents Kafka protocol binding).
 *
 * @param id           the event id (unique, from the event store)
 * @param source       the service that recorded it, e.g. {@code /pactos/goals-service}
 * @param type         the event type name, e.g. {@code co.pactos.goals.ProgressReported}
 * @param time         when the system recorded the event (recorded time)
 * @param subject      the aggregate id
 * @param revision     the revision of the event's JSON form (extension {@code revision})
 * @param sequence     the event's sequence within its aggregate (extension {@code sequence})
 * @param validTime    the date or period the fact is about (extension {@code validtime}, ISO-8601)
 * @param dependency   the dependency that caused it (extension {@code dependency}), may be null
 * @param actor        the user that caused it (extension {@code actor}), may be null
 * @param sourceSystem the posting system, e.g. SIGESI (extension {@code sourcesystem}), may be null
 * @param client       the OAuth2 client whose token made the write (extension {@code client}), may be null
 * @param onBehalfOf   the dependency the write was made for when it is not the token's own, e.g. Planeación
 *                     (dependency DAPD) loading an activity of SDSP (extension {@code onbehalfof}), may be null
 */
public record CloudEventAttributes(
        String id,
        String source,
        String type,
        Instant time,
        String subject,
        int revision,
        long sequence,
        String validTime,
        String dependency,
        String actor,
        String sourceSystem,
        String client,
        String onBehalfOf) {

    public static final String PREFIX = "ce_";
    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE_HEADER = "content-type";
    public static final String CONTENT_TYPE = "application/json";

    /** Without a client: events recorded before writes were authenticated. */
    public CloudEventAttributes(String id, String source, String type, Instant time, String subject, int revision, long sequence,
                                String validTime, String dependency, String actor, String sourceSystem) {
        this(id, source, type, time, subject, revision, sequence, validTime, dependency, actor, sourceSystem, null, null);
    }

    /** Without "on behalf of": events recorded before it was an attribute, or written for the token's own dependency. */
    public CloudEventAttributes(String id, String source, String type, Instant time, String subject, int revision, long sequence,
                                String validTime, String dependency, String actor, String sourceSystem, String client) {
        this(id, source, type, time, subject, revision, sequence, validTime, dependency, actor, sourceSystem, client, null);
    }

    /** The attributes as Kafka header names and values; absent optional attributes are left out. */
    public Map<String, String> toHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(PREFIX + "specversion", SPEC_VERSION);
        headers.put(PREFIX + "id", id);
        headers.put(PREFIX + "source", source);
        headers.put(PREFIX + "type", type);
        headers.put(PREFIX + "time", time.toString());
        headers.put(PREFIX + "subject", subject);
        headers.put(PREFIX + "revision", Integer.toString(revision));
        headers.put(PREFIX + "sequence", Long.toString(sequence));
        putIfPresent(headers, "validtime", validTime);
        putIfPresent(headers, "dependency", dependency);
        putIfPresent(headers, "actor", actor);
        putIfPresent(headers, "sourcesystem", sourceSystem);
        putIfPresent(headers, "client", client);
        putIfPresent(headers, "onbehalfof", onBehalfOf);
        headers.put(CONTENT_TYPE_HEADER, CONTENT_TYPE);
        return headers;
    }

    /** Reads the attributes back from header names and values. */
    public static CloudEventAttributes fromHeaders(Map<String, String> headers) {
        return new CloudEventAttributes(
                required(headers, "id"),
                required(headers, "source"),
                required(headers, "type"),
                Instant.parse(required(headers, "time")),
                required(headers, "subject"),
                Integer.parseInt(headers.getOrDefault(PREFIX + "revision", "1")),
                Long.parseLong(headers.getOrDefault(PREFIX + "sequence", "0")),
                headers.get(PREFIX + "validtime"),
                headers.get(PREFIX + "dependency"),
                headers.get(PREFIX + "actor"),
                headers.get(PREFIX + "sourcesystem"),
                headers.get(PREFIX + "client"),
                headers.get(PREFIX + "onbehalfof"));
    }

    private static void putIfPresent(Map<String, String> headers, String attribute, String value) {
        if (value != null) {
            headers.put(PREFIX + attribute, value);
        }
    }

    private static String required(Map<String, String> headers, String attribute) {
        String value = headers.get(PREFIX + attribute);
        if (value == null) {
            throw new IllegalArgumentException("missing CloudEvents attribute " + PREFIX + attribute);
        }
        return value;
    }
}
